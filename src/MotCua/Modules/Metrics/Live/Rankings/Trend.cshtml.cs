using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Common.Time;
using MotCua.Common.Web.Charts;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Metrics.Live.Rankings;

/// <summary>
/// A scope's Bộ chỉ số 766 in each of the last 12 calendar months, the current one last: the total and each nhóm, as a chart
/// with its table. Same readers and scope rules as the 766 page (ADR-054 §6).
/// </summary>
[Authorize(Roles = $"{Roles.ProvinceOfficer},{Roles.SystemAdmin},{Roles.ControlOfficer},{Roles.AgencyLeader}")]
internal sealed class TrendModel(Live766Scopes scopes, Rankings766 rankings, TimeProvider clock) : Live766PageModel
{
    public Trend766? Trend { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(new Live766Query(Scope, Agency, Field, Procedure, null, null, null), cancellationToken);
        if (request.Forbidden)
        {
            return Forbid();
        }

        Problems = request.Problems.Select(p => p.Message).ToList();
        if (request.IsValid)
        {
            Trend = await rankings.TrendAsync(request.Scope!, VietnamTime.Today(clock), cancellationToken);
        }

        return Page();
    }

    /// <summary>The chart of the totals (line) and each nhóm's points (bars), the table beside it.</summary>
    public ChartModel Chart(Func<string, string> text, bool groups)
    {
        ArgumentNullException.ThrowIfNull(text);
        var months = Trend?.Months ?? [];
        var labels = months.Select(m => m.Period.First.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var axis = months.Select(m => m.Period.First.ToString("MM", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return groups
            ? new ChartModel("trend-groups", text("Trend_GroupsTitle"), text("Trend_GroupsDescription"), ChartKind.Bar, labels,
                [.. (Trend?.Groups ?? []).Select((g, i) => new ChartSeries(string.Format(System.Globalization.CultureInfo.CurrentCulture, text("Trend_Group"), g.Group), [.. months.Select(m => i < m.Groups.Count ? (double)m.Groups[i] : 0d)]))],
                text("Trend_Month"), axis)
            : new ChartModel("trend-total", text("Trend_TotalTitle"), text("Trend_TotalDescription"), ChartKind.Line, labels,
                [new ChartSeries(text("Trend_Total"), [.. months.Select(m => (double)m.Total)])], text("Trend_Month"), axis);
    }

    /// <summary>The 766 page of the same scope for one month.</summary>
    public string MonthLink(TrendMonth month) =>
        "/metrics/766" + QueryString.Create(Live766Query.Of(Trend!.Scope, month.Period).Parameters()).ToUriComponent();
}
