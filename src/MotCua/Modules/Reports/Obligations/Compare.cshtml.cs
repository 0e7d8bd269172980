using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>
/// Reported vs live (ADR-060; the seed 004 lesson): an agency's submitted Biểu 06a beside the figures counted from the facts
/// for the same agency and period, every cell that differs flagged with both values and the difference, and each live
/// figure linking to the dossiers behind it. The agency sees its own; the province every agency's.
/// </summary>
[Authorize(Policy = Policies.ReadReports)]
internal sealed class CompareModel(ReportObligations obligations, ProvinceReports province) : PageModel
{
    [FromQuery(Name = "submission")]
    public string? Submission { get; set; }

    public ObligationFile? Obligation { get; private set; }

    public Comparison? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Obligation = await obligations.FileAsync(id, cancellationToken);
        if (Obligation is null)
        {
            return NotFound();
        }

        Guid? chosen = Guid.TryParse(Submission?.Trim(), out var submissionId) ? submissionId : null;
        Result = await province.CompareAsync(Obligation, chosen, cancellationToken);
        return Page();
    }

    /// <summary>The dossiers behind the live figure of column <paramref name="column"/> (row <paramref name="rowKey"/>; null: total).</summary>
    public string LiveLink(string? rowKey, int column) =>
        "/reports/statistics/dossiers" + Result!.Live.Criteria.Query.QueryString(new("row", rowKey), new("col", column.ToString(CultureInfo.InvariantCulture)));
}
