using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Modules.Reports.Statistics;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>
/// The province's view of a period's Biểu 06a obligations (ADR-060): every agency owing one with its status and, once
/// submitted, its reported figures against the live ones (cells that differ counted, linked to the comparison); and the
/// consolidated table — the versions in force summed by field or by agency — with its .xlsx.
/// </summary>
[Authorize(Roles = ObligationsEndpoints.ProvinceReaders)]
internal sealed class ConsolidatedModel(ProvinceReports province) : PageModel
{
    [FromQuery]
    public StatisticsQueryParameters Filter { get; set; } = new();

    public Consolidation? Result { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (result, failures) = await province.ConsolidateAsync(Filter.Query, compare: true, cancellationToken);
        Result = result;
        Problems = [.. failures.Select(f => f.Message)];
        return Page();
    }

    public string ExportLink => "/reports/obligations/consolidated.xlsx" + Filter.Query.QueryString();
}
