using System.Security.Claims;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;
using MotCua.Modules.Portal;
using MotCua.Modules.Queue;

namespace MotCua.Modules.Metrics.Homes;

/// <summary>
/// A scope's figures from the facts (ADR-055): this month's and this quarter's on-time rate under both notions, the
/// dossiers received (and online) this month, quarter and year, this quarter's ratings, and the last 12 months.
/// </summary>
internal sealed record ScopeFigures(
    ReportPeriod Month,
    ReportPeriod Quarter,
    ReportPeriod Year,
    OnTimeFigures MonthOnTime,
    OnTimeFigures QuarterOnTime,
    ReceivedFigures MonthReceived,
    ReceivedFigures QuarterReceived,
    ReceivedFigures YearReceived,
    RatingCounts QuarterRatings,
    IReadOnlyList<MonthFigures> Trend);

/// <summary>What one home shows; a section is null when the home does not show it.</summary>
/// <param name="ScopeName">The agency the figures are of; null for the province.</param>
internal sealed record StaffHome(
    HomeKind Kind,
    IReadOnlyList<HomeKind> Homes,
    string? ScopeName,
    DeskCounts? Desk,
    QueueDay? Queue,
    IReadOnlyDictionary<WorklistView, int>? Worklist,
    OverdueTasks? Overdue,
    ScopeFigures? Figures,
    PetitionsDueCounts? Petitions);

/// <summary>Reads a home's sections for the signed-in officer, each from the module that owns it, within the officer's agency scope.</summary>
internal sealed class StaffHomeReader(
    AppDbContext db,
    IAgencyScope scope,
    DossierWorklists worklists,
    QueueDesk queue,
    PetitionsDue petitions,
    DossierRatings ratings,
    FactsFigures facts,
    HomeFiguresCache cache,
    OrganizationNames names,
    TimeProvider clock)
{
    /// <summary>Months the leaders' trend covers.</summary>
    public const int TrendMonths = 12;

    public async Task<StaffHome> ReadAsync(ClaimsPrincipal user, HomeKind kind, CancellationToken cancellationToken)
    {
        // The province's home reads every agency; every other home its officer's agency only (ADR-005).
        var agencyId = kind == HomeKind.Province && scope.IsProvinceWide ? null : scope.AgencyId;
        var scopeName = agencyId is { } id ? (await names.GetAsync(db, [id], [], cancellationToken)).Agencies.GetValueOrDefault(id) : null;
        var home = new StaffHome(kind, StaffHomes.Of(user), scopeName, null, null, null, null, null, null);
        if (kind != HomeKind.Province && agencyId is null)
        {
            return home;
        }

        switch (kind)
        {
            case HomeKind.Counter:
                return home with
                {
                    Desk = await worklists.DeskAsync(user, cancellationToken),
                    Queue = await queue.DayAsync(agencyId!.Value, queue.Today, cancellationToken),
                    Worklist = await worklists.CountAsync(user, cancellationToken),
                };
            case HomeKind.Specialist:
                return home with { Worklist = await worklists.CountAsync(user, cancellationToken) };
            case HomeKind.UnitLeader or HomeKind.AgencyLeader:
                return home with
                {
                    Worklist = await worklists.CountAsync(user, cancellationToken),
                    Overdue = await worklists.OverdueAsync(user, cancellationToken),
                    Figures = await FiguresAsync(agencyId, cancellationToken),
                    Petitions = await petitions.CountsAsync(agencyId, cancellationToken),
                };
            default:
                return home with
                {
                    Figures = await FiguresAsync(agencyId, cancellationToken),
                    Petitions = await petitions.CountsAsync(agencyId, cancellationToken),
                };
        }
    }

    /// <summary>The scope's figures, kept for <see cref="MetricsOptions.HomeFiguresCacheDuration"/>.</summary>
    public Task<ScopeFigures> FiguresAsync(Guid? agencyId, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var key = $"scope:{agencyId?.ToString() ?? "province"}:{today:yyyy-MM-dd}";
        return cache.GetAsync(key, async () =>
        {
            var month = ReportPeriods.Containing(PeriodKind.Month, today, PeriodCalendar.Calendar);
            var quarter = ReportPeriods.Containing(PeriodKind.Quarter, today, PeriodCalendar.Calendar);
            var year = ReportPeriods.Containing(PeriodKind.Year, today, PeriodCalendar.Calendar);
            return new ScopeFigures(
                month,
                quarter,
                year,
                await facts.OnTimeAsync(agencyId, month, cancellationToken),
                await facts.OnTimeAsync(agencyId, quarter, cancellationToken),
                await facts.ReceivedAsync(agencyId, month, cancellationToken),
                await facts.ReceivedAsync(agencyId, quarter, cancellationToken),
                await facts.ReceivedAsync(agencyId, year, cancellationToken),
                await ratings.CountsAsync(agencyId is { } id ? [id] : null, quarter.StartUtc, quarter.EndUtc, cancellationToken),
                await facts.TrendAsync(agencyId, TrendMonths, cancellationToken));
        });
    }
}
