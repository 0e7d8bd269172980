using MotCua.Common.Documents.Docx;
using MotCua.Modules.Organization;
using MotCua.Modules.Reports.Statistics;

namespace MotCua.Modules.Reports.ControlReports;

/// <summary>
/// <c>GET /reports/control/{id}.docx</c>, <c>.pdf</c> and <c>.xlsx</c>: a report of the reader's scope as Word, PDF and its
/// tables as a workbook (Policies.ReadReports; another agency's report answers 404 as an unknown one does).
/// </summary>
internal static class ControlReportEndpoints
{
    public static IEndpointRouteBuilder MapControlReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/control/{id:guid}.docx", (Guid id, ControlReportWork work, CancellationToken cancellationToken) => FileAsync(id, "docx", work, cancellationToken))
            .RequireAuthorization(Policies.ReadReports).ExcludeFromDescription();
        app.MapGet("/reports/control/{id:guid}.pdf", (Guid id, ControlReportWork work, CancellationToken cancellationToken) => FileAsync(id, "pdf", work, cancellationToken))
            .RequireAuthorization(Policies.ReadReports).ExcludeFromDescription();
        app.MapGet("/reports/control/{id:guid}.xlsx", (Guid id, ControlReportWork work, CancellationToken cancellationToken) => FileAsync(id, "xlsx", work, cancellationToken))
            .RequireAuthorization(Policies.ReadReports).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> FileAsync(Guid id, string extension, ControlReportWork work, CancellationToken cancellationToken)
    {
        if (await work.FindAsync(id, cancellationToken) is not { } report)
        {
            return TypedResults.NotFound();
        }

        var name = ControlReportDocuments.FileName(report, extension);
        return extension switch
        {
            "docx" => TypedResults.File(ControlReportDocuments.Docx(report, await work.GoverningBodyAsync(report, cancellationToken)), DocxRenderer.ContentType, name),
            "pdf" => TypedResults.File(ControlReportDocuments.Pdf(report, await work.GoverningBodyAsync(report, cancellationToken)), StatisticsDocuments.PdfContentType, name),
            _ => TypedResults.File(ControlReportDocuments.Xlsx(report), StatisticsDocuments.XlsxContentType, name),
        };
    }
}

/// <summary>The control reports' services (ADR-059).</summary>
internal static class ControlReportServices
{
    public static IServiceCollection AddControlReports(this IServiceCollection services)
    {
        services.AddScoped<ControlReportFiguresReader>();
        services.AddScoped<ControlReportWork>();
        return services;
    }
}
