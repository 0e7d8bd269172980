using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Common.Jobs;
using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>The facts layer's services (ADR-049): the capture with each dossier change, its save, the rebuild, and the judging.</summary>
internal static class MetricFactsRegistration
{
    public static IServiceCollection AddMetricFacts(this IServiceCollection services)
    {
        services.AddDossierLifecycleHandler<MetricFactsHandler>();
        services.AddSingleton<DossierStepFacts>();
        services.AddSingleton<IInterceptor, MetricFactsSaves>();
        services.AddScoped<MetricsRebuild>();
        services.AddScheduledJob<MetricsRebuildJob>();
        services.AddScoped<MetricsJudge>();
        services.AddScoped<Rollups.MetricRollupsWriter>();
        services.AddScheduledJob<MetricsJudgeJob>();
        return services;
    }
}
