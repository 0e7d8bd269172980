using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Common.Files;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Organization;
using MotCua.Modules.Reports.Statistics;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>
/// The files of the report obligations (ADR-060): the province's consolidated Biểu 06a as .xlsx
/// (<c>/reports/obligations/consolidated.xlsx</c>, the statistics table's writer) and the signed file of a version
/// (<c>/reports/obligations/{id}/files/{submission}</c>, a private download, for those who may see the obligation).
/// </summary>
internal static class ObligationsEndpoints
{
    /// <summary>Who reads the province's consolidated table and comparisons: the province-wide roles.</summary>
    public const string ProvinceReaders = $"{Roles.ProvinceOfficer},{Roles.SystemAdmin}";

    public static IEndpointRouteBuilder MapObligations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/obligations/consolidated.xlsx", ConsolidatedXlsxAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = ProvinceReaders })
            .ExcludeFromDescription();
        app.MapGet("/reports/obligations/{id:guid}/files/{submission:guid}", SignedFileAsync)
            .RequireAuthorization(Policies.ReadReports)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ConsolidatedXlsxAsync(
        [AsParameters] StatisticsQueryParameters query, ProvinceReports province, CancellationToken cancellationToken)
    {
        var (result, failures) = await province.ConsolidateAsync(query.Query, compare: false, cancellationToken);
        if (result is null)
        {
            return TypedResults.ValidationProblem(failures.ToProblemErrors(), title: ResourceText.Get<ReportsText>("Error_Title"));
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"tong-hop-bieu-06a-{result.Report.Criteria.Period.Key}.xlsx");
        return TypedResults.File(StatisticsDocuments.TableXlsx(result.Report), StatisticsDocuments.XlsxContentType, name);
    }

    private static async Task<IResult> SignedFileAsync(Guid id, Guid submission, HttpContext context, ReportObligations obligations, CancellationToken cancellationToken) =>
        await obligations.SignedFileAsync(id, submission, cancellationToken) is { } file
            ? PrivateDownload.Of(context, file.Content, file.ContentType, file.FileName)
            : Results.NotFound();
}
