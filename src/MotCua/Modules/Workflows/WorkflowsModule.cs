using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Common.Data;
using MotCua.Modules.Workflows.Data;
using MotCua.Modules.Workflows.DemoData;

namespace MotCua.Modules.Workflows;

/// <summary>
/// Internal processes (quy trình nội bộ giải quyết TTHC): versioned step graphs per procedure version and agency,
/// the rules they must satisfy, the control officers' pages to prepare and approve them, and <see cref="WorkflowCatalog"/>
/// for the dossier module (ADR-010).
/// </summary>
internal static class WorkflowsModule
{
    public static WebApplicationBuilder AddWorkflows(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<WorkflowCatalog>();
        builder.Services.AddSingleton<ApprovedProcessCache>();
        builder.Services.AddSingleton<IInterceptor, ProcessStampInterceptor>();
        builder.Services.AddScoped<IDemoSeeder, WorkflowSeeder>();
        return builder;
    }

    public static WebApplication MapWorkflows(this WebApplication app) => app;
}
