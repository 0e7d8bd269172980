using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Validation;
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
        if (criteria is not null && column is not null && page is not null)
        {
            var (cell, cellFailures) = await statistics.CellAsync(criteria, Row, column.Value, page.Value, cancellationToken);
            problems.AddRange(cellFailures);
            Criteria = criteria;
            Cell = cell;
        }

        Problems = [.. problems.Select(p => p.Message)];
        return Page();
    }

    public string TableLink => "/reports/statistics" + Query.QueryString();

    public string ExportLink => "/reports/statistics/dossiers.xlsx" + Query.QueryString(new("row", Row), new("col", Col));

    public string PageLink(int page) =>
        "/reports/statistics/dossiers" + Query.QueryString(new("row", Row), new("col", Col), new("page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture)));
}
