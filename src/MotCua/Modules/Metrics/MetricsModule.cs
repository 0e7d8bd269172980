using MotCua.Modules.Metrics.Evaluation;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Homes;
using MotCua.Modules.Metrics.Live;

namespace MotCua.Modules.Metrics;

/// <summary>
/// The figures agencies are scored and report on (issue 13; ROADMAP modules 9 and 11): Bộ chỉ số 766 (QĐ 766/QĐ-TTg), the
/// TT 01/2018/TT-VPCP evaluation of officers and units, and the periodic statistics, all read from one layer of facts
/// kept with every dossier change.
/// </summary>
internal static class MetricsModule
{
    public static WebApplicationBuilder AddMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMetricFacts();
        builder.Services.AddStaffHomes();
        builder.Services.AddLive766();
        builder.Services.AddScoped<Live.Rankings.Rankings766>();
        builder.Services.AddScoped<ReportIndicators>();
        builder.Services.AddEvaluation();
        builder.Services.AddScoped<MetricStatistics>();
        return builder;
    }

    public static WebApplication MapMetrics(this WebApplication app)
    {
        app.MapLive766();
        app.MapEvaluation();
        return app;
    }
}
