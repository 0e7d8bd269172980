using MotCua.Common.Hosting;
using MotCua.DemoYear;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Citizens;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Fees;
using MotCua.Modules.Integration;
using MotCua.Modules.Integrity;
using MotCua.Modules.Metrics;
using MotCua.Modules.Notifications;
using MotCua.Modules.Organization;
using MotCua.Modules.Portal;
using MotCua.Modules.Queue;
using MotCua.Modules.Reports;
using MotCua.Modules.Workflows;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatform();
builder.AddOrganization();
builder.AddCitizens();
builder.AddCalendar();
builder.AddCatalog();
builder.AddDossiers();
builder.AddIntegrity();
builder.AddIntegration();
builder.AddFees();
builder.AddWorkflows();
builder.AddNotifications();
builder.AddQueue();
builder.AddPortal();
builder.AddFeedback();
builder.AddMetrics();
builder.AddReports();
builder.AddDemoYear();

var app = builder.Build();

// A maintenance command (e.g. verify-audit, see docs/operations.md) runs instead of the web server.
if (await app.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

await app.MigrateAndSeedAsync();

app.UsePlatform();
app.MapOrganization();
app.MapCalendar();
app.MapCatalog();
app.MapDossiers();
app.MapIntegration();
app.MapFees();
app.MapWorkflows();
app.MapPortal();
app.MapFeedback();
app.MapReports();
app.MapMetrics();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that test hosts can start the application.</summary>
public partial class Program;
