using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Reports.Obligations;

namespace MotCua.Modules.Reports;

/// <summary>How many periodic reports are missing after their due day and how many arrived late, with the lists behind them.</summary>
internal sealed record ReportObligationsDueCounts(int Overdue, int SubmittedLate)
{
    public const string OverdueUrl = "/reports/obligations?status=Overdue&sort=due";

    public const string SubmittedLateUrl = "/reports/obligations?status=SubmittedLate&sort=due";
}

/// <summary>The report obligations' figures for the province officer's home (ADR-055, ADR-060): every agency's, by the list's own status rule.</summary>
internal sealed class ReportObligationsDue(AppDbContext db, TimeProvider clock)
{
    public async Task<ReportObligationsDueCounts> CountsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new ReportObligationsDueCounts(
            await db.ReportObligations.CountAsync(ObligationList.Is(ObligationStatus.Overdue, now), cancellationToken),
            await db.ReportObligations.CountAsync(ObligationList.Is(ObligationStatus.SubmittedLate, now), cancellationToken));
    }
}
