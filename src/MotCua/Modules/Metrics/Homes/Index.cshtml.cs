using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Web.Charts;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Metrics.Homes;

/// <summary>
/// Trang làm việc: the home a staff member lands on after sign-in (ADR-055) — <c>/home</c> shows the home of their
/// highest role, <c>/home/{slug}</c> another of their homes. A home the person has no role for is refused; people with
/// no home (system administrators) are sent to the administration page.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class IndexModel(StaffHomeReader reader) : PageModel
{
    public StaffHome Home { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? kind, CancellationToken cancellationToken)
    {
        var homes = StaffHomes.Of(User);
        if (kind is null)
        {
            if (homes.Count == 0)
            {
                return User.IsInRole(Roles.SystemAdmin) ? Redirect("/admin") : Forbid();
            }

            Home = await reader.ReadAsync(User, homes[0], cancellationToken);
            return Page();
        }

        if (!StaffHomes.TryParse(kind, out var chosen))
        {
            return NotFound();
        }

        if (!homes.Contains(chosen))
        {
            return Forbid();
        }

        Home = await reader.ReadAsync(User, chosen, cancellationToken);
        return Page();
    }

    /// <summary>The leaders' 12-month trend as a chart model, with its texts.</summary>
    public ChartModel Trend(Func<string, string> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trend = Home.Figures?.Trend ?? [];
        return new ChartModel(
            "trend",
            text("Home_TrendTitle"),
            text("Home_TrendDescription"),
            ChartKind.Bar,
            [.. trend.Select(m => m.Month.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))],
            [new ChartSeries(text("Home_TrendReceived"), [.. trend.Select(m => (double)m.Received)]),
             new ChartSeries(text("Home_TrendEndedOnTime"), [.. trend.Select(m => (double)m.EndedOnTime)])],
            text("Home_TrendMonth"),
            [.. trend.Select(m => m.Month.ToString("MM", System.Globalization.CultureInfo.InvariantCulture))]);
    }

    /// <summary>The dossier list of the days of <paramref name="period"/> (by receipt day).</summary>
    public static string DossiersReceivedUrl(Periods.ReportPeriod period) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/dossiers?from={period.First:yyyy-MM-dd}&to={period.Last:yyyy-MM-dd}");
}
