using MotCua.Common.Web;
using MotCua.Modules.Reports.ControlReports;
using MotCua.Modules.Reports.Obligations;
using MotCua.Modules.Reports.Statistics;

namespace MotCua.Modules.Reports;

/// <summary>
/// The periodic reports (issue 13 §5; ROADMAP module 11), read from the Metrics module's facts: first the dossier
/// statistics table (Biểu 06a and the detailed layout) with the dossiers behind each figure, as pages, .xlsx and API (ADR-053).
/// </summary>
internal static class ReportsModule
{
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<StatisticsRowKeys>();
        builder.Services.AddScoped<DossierStatistics>();
        builder.Services.AddMenu<ReportsMenu>();
        builder.Services.AddControlReports();
        builder.AddObligations();
        return builder;
    }

    public static WebApplication MapReports(this WebApplication app)
    {
        app.MapStatistics();
        app.MapControlReports();
        app.MapObligations();
        return app;
    }
}
