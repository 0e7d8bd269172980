using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Modules.Metrics.Periods;

namespace MotCua.Modules.Metrics.Live.Rankings;

/// <summary>
/// The public Bộ chỉ số 766 scoreboard (as the national portal publishes "Bộ chỉ số phục vụ người dân, doanh nghiệp"): each
/// agency's total and nhóm points for the current month, quarter (default) or year. Aggregates only: no dossier, no person,
/// no link to a list.
/// </summary>
[AllowAnonymous]
internal sealed class PublicModel(Rankings766 rankings) : PageModel
{
    [FromQuery(Name = "ky")]
    public string? Ky { get; set; }

    public PeriodKind Kind { get; private set; } = PeriodKind.Quarter;

    public Ranking766? Ranking { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // An unknown value shows the quarter, as no value does: a public page does not argue about its query.
        Kind = Ky?.Trim() switch { "thang" => PeriodKind.Month, "nam" => PeriodKind.Year, _ => PeriodKind.Quarter };
        Ranking = await rankings.PublicAsync(Kind, cancellationToken);
    }
}
