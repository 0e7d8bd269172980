using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Reports.Statistics;

/// <summary>
/// The dossier statistics table (Biểu 06a or the detailed layout) of the officer's agency, or of any agency or the whole
/// province for the province-wide roles, for a report period: each figure links to the dossiers behind it; .xlsx, .docx, PDF and print.
/// </summary>
[Authorize(Policy = Policies.ReadReports)]
internal sealed class IndexModel(DossierStatistics statistics) : PageModel
{
    /// <summary>The table's query (<c>ky</c>, <c>tu</c>, <c>den</c>, <c>lich</c>, <c>agency</c>, <c>procedure</c>, <c>layout</c>, <c>group</c>).</summary>
    [FromQuery]
    public StatisticsQueryParameters Filter { get; set; } = new();

    public StatisticsReport? Report { get; private set; }

    /// <summary>What is wrong with the query, in the user's language.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The agencies a province-wide officer may choose; empty for everyone else.</summary>
    public IReadOnlyList<StatisticsAgency> Agencies { get; private set; } = [];

    public StatisticsQuery Query => Filter.Query;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (statistics.CanChooseAgency)
        {
            Agencies = await statistics.AgenciesAsync(cancellationToken);
        }

        var (criteria, failures) = await statistics.OpenAsync(Query, cancellationToken);
        Problems = [.. failures.Select(f => f.Message)];
        if (criteria is not null)
        {
            Report = await statistics.ReportAsync(criteria, cancellationToken);
        }

        return Page();
    }

    /// <summary>The dossiers behind column <paramref name="column"/> of the row with <paramref name="rowKey"/> (null: the total row).</summary>
    public string CellLink(string? rowKey, int column) =>
        "/reports/statistics/dossiers" + Query.QueryString(new("row", rowKey), new("col", column.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string ExportLink => "/reports/statistics.xlsx" + Query.QueryString();

    public string DocxLink => "/reports/statistics.docx" + Query.QueryString();

    public string PdfLink => "/reports/statistics.pdf" + Query.QueryString();
}
