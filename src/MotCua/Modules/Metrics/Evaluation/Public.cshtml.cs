using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Time;
using MotCua.Modules.Metrics.Periods;

namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>
/// The published TT 01/2018 results (Điều 15: công khai kết quả): each unit's indicators, total, rating and place for the
/// current quarter (default) or year. Units only — no officer, no dossier, no link to a list (ADR-058).
/// </summary>
[AllowAnonymous]
internal sealed class PublicModel(EvaluationResults results, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "ky")]
    public string? Ky { get; set; }

    public PeriodKind Kind { get; private set; } = PeriodKind.Quarter;

    public EvaluationReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // An unknown value shows the quarter, as no value does: a public page does not argue about its query.
        Kind = Ky?.Trim() == "nam" ? PeriodKind.Year : PeriodKind.Quarter;
        var today = VietnamTime.Today(clock);
        var period = ReportPeriods.Of(Kind, today.Year, Kind == PeriodKind.Quarter ? ((today.Month - 1) / 3) + 1 : 1, PeriodCalendar.Calendar);
        Report = await results.ComputeAsync(null, period, OfficerFilter.None, cancellationToken);
    }
}
