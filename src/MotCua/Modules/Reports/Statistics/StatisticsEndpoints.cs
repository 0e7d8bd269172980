using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using MotCua.Common.Documents.Docx;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Reports.Statistics;

/// <summary>The statistics table as JSON for an integrated system (<c>GET /api/v1/reports/statistics</c>).</summary>
internal sealed record StatisticsTableJson(
    StatisticsPeriodJson Period, string Layout, string LayoutName, string Grouping, string ResolvedRule, Guid? AgencyId, string Scope, string? Procedure,
    IReadOnlyList<StatisticsColumnJson> Columns, IReadOnlyList<StatisticsRowJson> Rows, StatisticsRowJson Total);

/// <summary>The period: its key (2026-Q4), label with the days, calendar name, first and last day.</summary>
internal sealed record StatisticsPeriodJson(string Key, string Label, string Calendar, DateOnly From, DateOnly To);

/// <summary>A column: its number on the form ((1) STT, (2) the row label, (3)… the figures) and header.</summary>
internal sealed record StatisticsColumnJson(int Number, string Name);

/// <summary>A row: its number (null for the total), key (field code or agency id), label and the figures of columns (3)… in order.</summary>
internal sealed record StatisticsRowJson(int? Number, string? Key, string Label, IReadOnlyList<long> Values);

/// <summary>
/// <c>GET /reports/statistics.xlsx</c>, <c>.docx</c>, <c>.pdf</c> and <c>GET /reports/statistics/dossiers.xlsx</c> (the pages' table and list as files,
/// Policies.ReadReports) and <c>GET /api/v1/reports/statistics</c> (service accounts: always the key's own agency, ADR-012,
/// as the rest of the API). Bad parameters answer 400 with the pages' Vietnamese messages; a page's file for another agency 400.
/// </summary>
internal static class StatisticsEndpoints
{
    private static readonly TextParameter Period = new(StatisticsQuery.PeriodField)
    {
        MaxLength = 10, Example = "2026-Q4", Description = "Kỳ báo cáo: 2026-Q4, 2026-11, 2026-H1 or 2026; or tu/den. None: the quarter holding today.",
    };

    private static readonly DateParameter From = new(StatisticsQuery.FromField, FirstDay, LastDay) { Description = "First day of a custom period, with den." };
    private static readonly DateParameter To = new(StatisticsQuery.ToField, FirstDay, LastDay) { Description = "Last day of a custom period, with tu." };
    private static readonly TextParameter Calendar = new(StatisticsQuery.CalendarField)
    {
        Values = [StatisticsQuery.StatutoryCalendar, StatisticsQuery.CalendarYear], Description = "statutory (15th→14th, NĐ 09/2019 Điều 12; default) or calendar.",
    };

    private static readonly TextParameter Procedure = new(StatisticsQuery.ProcedureField)
    {
        MaxLength = StatisticsQuery.MaxProcedureLength, Example = "1.000362", Description = "A procedure code, to count only its dossiers.",
    };

    private static readonly TextParameter Layout = new(StatisticsQuery.LayoutField)
    {
        Values = [StatisticsQuery.Form06a, StatisticsQuery.Detailed], Description = "06a (Biểu 06a, 13 columns; default) or detailed.",
    };

    private static readonly TextParameter Group = new(StatisticsQuery.GroupField)
    {
        Values = [StatisticsQuery.ByField, StatisticsQuery.ByAgency], Description = "field (lĩnh vực; default) or agency.",
    };

    private static DateOnly FirstDay => new(TypedValues.FirstYear, 1, 1);

    private static DateOnly LastDay => new(TypedValues.LastYear, 12, 31);

    public static IEndpointRouteBuilder MapStatistics(this IEndpointRouteBuilder app)
    {
        foreach (var format in Enum.GetValues<TableFormat>())
        {
            app.MapGet("/reports/statistics." + format.ToString().ToLowerInvariant(), ([AsParameters] StatisticsQueryParameters query, DossierStatistics statistics, CancellationToken cancellationToken) =>
                    TableFileAsync(query, format, statistics, cancellationToken))
                .RequireAuthorization(Policies.ReadReports)
                .ExcludeFromDescription();
        }

        app.MapGet("/reports/statistics/dossiers.xlsx", DossiersXlsxAsync).RequireAuthorization(Policies.ReadReports).ExcludeFromDescription();
        app.MapGet("/api/v1/reports/statistics", TableJsonAsync)
            .RequireAuthorization(Policies.IntegrationApi)
            .WithTags("Reports")
            .WithParameters(Period, From, To, Calendar, Procedure, Layout, Group)
            .WithName("GetDossierStatistics")
            .WithSummary("The dossier statistics table (Biểu 06a or the detailed layout) of the caller's agency for a period")
            .WithDescription("Counted from the dossiers' facts (ADR-053): received in the period, carried over, resolved early / on time / late and in hand "
                + "in time / overdue at the period end by the legal time limit (ngày hẹn trả in force), never the Bộ chỉ số 766 statistic. "
                + "`columns` are numbered as on the form; `rows[].values` and `total.values` hold columns (3) onwards in order. "
                + "The figures are always those of the key's agency, as for the rest of the API.")
            .Produces<StatisticsTableJson>()
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> TableFileAsync(
        StatisticsQueryParameters query, TableFormat format, DossierStatistics statistics, CancellationToken cancellationToken)
    {
        var (criteria, failures) = await statistics.OpenAsync(query.Query, cancellationToken);
        if (criteria is null)
        {
            return Invalid(failures);
        }

        var report = await statistics.ReportAsync(criteria, cancellationToken);
        var name = StatisticsDocuments.FileName(criteria, extension: format.ToString().ToLowerInvariant());
        return format switch
        {
            TableFormat.Docx => TypedResults.File(StatisticsDocuments.TableDocx(report, await statistics.IssuerAsync(criteria, cancellationToken)), DocxRenderer.ContentType, name),
            TableFormat.Pdf => TypedResults.File(StatisticsDocuments.TablePdf(report, await statistics.IssuerAsync(criteria, cancellationToken)), StatisticsDocuments.PdfContentType, name),
            _ => TypedResults.File(StatisticsDocuments.TableXlsx(report), StatisticsDocuments.XlsxContentType, name),
        };
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> DossiersXlsxAsync(
        [AsParameters] StatisticsQueryParameters query, string? row, string? col, DossierStatistics statistics, CancellationToken cancellationToken)
    {
        var (criteria, failures) = await statistics.OpenAsync(query.Query, cancellationToken);
        var problems = new List<RuleFailure>(failures);
        var column = StatisticsQueryReading.Number(col, "col", 3, 99, "Column", problems);
        if (criteria is null || column is null)
        {
            return Invalid(problems);
        }

        var (page, cellFailures) = await statistics.CellExportAsync(criteria, row, column.Value, cancellationToken);
        return page is null
            ? Invalid(cellFailures)
            : TypedResults.File(StatisticsDocuments.DossiersXlsx(criteria, page), StatisticsDocuments.XlsxContentType, StatisticsDocuments.FileName(criteria, "-ho-so"));
    }

    private static async Task<Results<Ok<StatisticsTableJson>, ValidationProblem>> TableJsonAsync(
        string? ky, string? tu, string? den, string? lich, string? procedure, string? layout, string? group,
        DossierStatistics statistics, CancellationToken cancellationToken)
    {
        var (criteria, failures) = await statistics.OpenAsync(new StatisticsQuery(ky, tu, den, lich, null, procedure, layout, group), cancellationToken);
        if (criteria is null)
        {
            return Invalid(failures);
        }

        var report = await statistics.ReportAsync(criteria, cancellationToken);
        var table = report.Table;
        var headers = table.Layout.Headers(table.Grouping);
        return TypedResults.Ok(new StatisticsTableJson(
            new StatisticsPeriodJson(criteria.Period.Key, criteria.Period.Label, criteria.Period.CalendarName, criteria.Period.First, criteria.Period.Last),
            StatisticsQueryReading.LayoutValue(table.Layout),
            table.Layout.Name,
            StatisticsQueryReading.GroupValue(table.Grouping),
            report.Rule.ToString(),
            criteria.AgencyId,
            criteria.ScopeName,
            criteria.ProcedureCode,
            [.. headers.Select((h, i) => new StatisticsColumnJson(i + 1, h))],
            [.. table.Rows.Select((r, i) => new StatisticsRowJson(i + 1, report.RowKeys[i].Key, r.Label, r.Values))],
            new StatisticsRowJson(null, null, table.Total.Label, table.Total.Values)));
    }

    private static ValidationProblem Invalid(IReadOnlyList<RuleFailure> failures) =>
        TypedResults.ValidationProblem(failures.ToProblemErrors(), title: ResourceText.Get<ReportsText>("Error_Title"));

    /// <summary>The table's files: <c>/reports/statistics.xlsx</c>, <c>.docx</c> and <c>.pdf</c>.</summary>
    private enum TableFormat
    {
        Xlsx,
        Docx,
        Pdf,
    }
}


/// <summary>The statistics query bound from the query string as text (read by <see cref="StatisticsQueryReading"/>).</summary>
internal sealed class StatisticsQueryParameters
{
    [FromQuery(Name = StatisticsQuery.PeriodField)]
    public string? Ky { get; set; }

    [FromQuery(Name = StatisticsQuery.FromField)]
    public string? Tu { get; set; }

    [FromQuery(Name = StatisticsQuery.ToField)]
    public string? Den { get; set; }

    [FromQuery(Name = StatisticsQuery.CalendarField)]
    public string? Lich { get; set; }

    [FromQuery(Name = StatisticsQuery.AgencyField)]
    public string? Agency { get; set; }

    [FromQuery(Name = StatisticsQuery.ProcedureField)]
    public string? Procedure { get; set; }

    [FromQuery(Name = StatisticsQuery.LayoutField)]
    public string? Layout { get; set; }

    [FromQuery(Name = StatisticsQuery.GroupField)]
    public string? Group { get; set; }

    public StatisticsQuery Query => new(Ky, Tu, Den, Lich, Agency, Procedure, Layout, Group);
}
