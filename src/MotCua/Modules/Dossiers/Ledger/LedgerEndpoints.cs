using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Dossiers.Forms;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Dossiers.Ledger;

/// <summary>
/// <c>GET /dossiers/ledger.xlsx</c> and <c>GET /dossiers/ledger.pdf</c>: the book page's selection as a file, for staff of
/// the agency (province-wide officers name it with <c>agency=</c>). Bad parameters and selections over
/// <see cref="LedgerBook.ExportLimit"/> entries get a 400 with the page's Vietnamese messages.
/// </summary>
internal static class LedgerEndpoints
{
    public static IEndpointRouteBuilder MapLedgerExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dossiers/ledger.xlsx", ([AsParameters] LedgerQuery query, LedgerBook book, FormRegimes regimes, IConfiguration configuration, IStringLocalizer<LedgerText> text, CancellationToken cancellationToken) =>
                ExportAsync(query, book, regimes, configuration, text, pdf: false, cancellationToken))
            .RequireAuthorization(Policies.Staff)
            .ExcludeFromDescription();
        app.MapGet("/dossiers/ledger.pdf", ([AsParameters] LedgerQuery query, LedgerBook book, FormRegimes regimes, IConfiguration configuration, IStringLocalizer<LedgerText> text, CancellationToken cancellationToken) =>
                ExportAsync(query, book, regimes, configuration, text, pdf: true, cancellationToken))
            .RequireAuthorization(Policies.Staff)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        LedgerQuery query, LedgerBook book, FormRegimes regimes, IConfiguration configuration, IStringLocalizer<LedgerText> text, bool pdf,
        CancellationToken cancellationToken)
    {
        var (agency, criteria, problems) = await book.OpenAsync(query, cancellationToken);
        if (agency is null || criteria is null)
        {
            return Problem(text, problems);
        }

        var extract = await book.ExportAsync(agency, criteria, cancellationToken);
        if (extract.Rows is not { } rows)
        {
            return Problem(text, [LedgerBook.TooMany(extract.Total)]);
        }

        var today = book.Today;
        var regime = LedgerDocuments.Regime(regimes, criteria, today);
        return pdf
            ? TypedResults.File(
                LedgerDocuments.Pdf(agency, criteria, rows, regime, configuration["Installation:PlaceName"] ?? "", today),
                "application/pdf",
                LedgerDocuments.FileName(agency, criteria, "pdf"))
            : TypedResults.File(LedgerDocuments.Xlsx(agency, criteria, rows, regime), LedgerDocuments.XlsxContentType, LedgerDocuments.FileName(agency, criteria, "xlsx"));
    }

    private static ValidationProblem Problem(IStringLocalizer<LedgerText> text, IReadOnlyList<RuleFailure> problems) =>
        TypedResults.ValidationProblem(problems.ToProblemErrors(), title: text["Error_Title"]);
}
