using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Reports.Statistics;

/// <summary>
/// The dossiers behind one figure of the statistics table (a row — or the total — and a column), paged in reception
/// order (ADR-048: the figure is the count), each with why it counts; exportable to .xlsx.
/// </summary>
[Authorize(Policy = Policies.ReadReports)]
internal sealed class DossiersModel(DossierStatistics statistics) : PageModel
{
    /// <summary>The table's query (<c>ky</c>, <c>tu</c>, <c>den</c>, <c>lich</c>, <c>agency</c>, <c>procedure</c>, <c>layout</c>, <c>group</c>).</summary>
    [FromQuery]
    public StatisticsQueryParameters Filter { get; set; } = new();

    [FromQuery(Name = "row")]
    public string? Row { get; set; }

    [FromQuery(Name = "col")]
    public string? Col { get; set; }

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    [FromQuery(Name = "after")]
    public string? AfterText { get; set; }

    [FromQuery(Name = "before")]
    public string? BeforeText { get; set; }

    public StatisticsCriteria? Criteria { get; private set; }

    public StatisticsCellPage? Cell { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public StatisticsQuery Query => Filter.Query;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (criteria, failures) = await statistics.OpenAsync(Query, cancellationToken);
        var problems = new List<RuleFailure>(failures);
        var column = StatisticsQueryReading.Number(Col, "col", 3, 99, "Column", problems);
        var page = StatisticsQueryReading.Number(PageText, "page", 1, 1_000_000, "Page", problems, blank: 1);
        var after = Key("after", AfterText, problems);
        var before = Key("before", BeforeText, problems);
        if (after is not null && before is not null)
        {
            problems.Add(StatisticsQueryReading.Problem("before", "Key"));
        }

        if (criteria is not null && column is not null && page is not null && problems.Count == failures.Count)
        {
            var cursor = after is { } a ? new StatisticsCursor(KeyStep.After, a, page.Value) : before is { } b ? new StatisticsCursor(KeyStep.Before, b, page.Value) : StatisticsCursor.First;
            var (cell, cellFailures) = await statistics.CellAsync(criteria, Row, column.Value, cursor, cancellationToken);
            problems.AddRange(cellFailures);
            Criteria = criteria;
            Cell = cell;
        }

        Problems = [.. problems.Select(p => p.Message)];
        return Page();
    }

    public string TableLink => "/reports/statistics" + Query.QueryString();

    public string ExportLink => "/reports/statistics/dossiers.xlsx" + Query.QueryString(new("row", Row), new("col", Col));

    /// <summary>The pager: the pages before and after this one, by key (ADR-048).</summary>
    public StepLinks Pager(string label) => new(
        Cell!.PageNumber,
        Cell.HasPrevious && Cell.FirstId is { } first ? StepLink("before", first, Cell.PageNumber - 1) : null,
        Cell.HasNext && Cell.LastId is { } last ? StepLink("after", last, Cell.PageNumber + 1) : null,
        label);

    private string StepLink(string direction, Guid key, int page) =>
        "/reports/statistics/dossiers" + Query.QueryString(
            new("row", Row), new("col", Col), new(direction, key.ToString()), new("page", page <= 1 ? null : page.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A dossier id of the pager's <c>after</c> / <c>before</c>; blank is none.</summary>
    private static Guid? Key(string name, string? text, List<RuleFailure> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Guid.TryParse(text.Trim(), out var key))
        {
            return key;
        }

        problems.Add(StatisticsQueryReading.Problem(name, "Key"));
        return null;
    }
}
