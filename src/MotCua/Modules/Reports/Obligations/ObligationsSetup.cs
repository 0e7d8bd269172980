using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Files;
using MotCua.Common.Jobs;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>The report obligations' wiring (ADR-060): settings, the signed files' store and the services.</summary>
internal static class ObligationsSetup
{
    public static WebApplicationBuilder AddObligations(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ObligationsOptions>().BindConfiguration(ObligationsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddFileStore(ReportObligations.StoreKey, sp => sp.GetRequiredService<IOptions<ObligationsOptions>>().Value.FilePath);
        builder.Services.AddScoped<ReportObligations>();
        builder.Services.AddScoped<ObligationList>();
        builder.Services.AddScoped<ProvinceReports>();
        builder.Services.AddScoped<ReportObligationsDue>();
        builder.Services.AddScoped<IDemoSeeder, DemoData.ObligationsSeeder>();
        builder.Services.AddScoped<ObligationReminders>();
        builder.Services.AddScheduledJob<ObligationsJob>();
        return builder;
    }
}
