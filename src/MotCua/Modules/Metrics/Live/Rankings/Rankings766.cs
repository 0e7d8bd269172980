using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Metrics.Homes;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Metrics.Live.Rankings;

/// <summary>
/// One agency's place in a ranking: its total and each nhóm's points, as <see cref="Live766"/> scores it alone; ranked among
/// the agencies of its own cấp (<see cref="LevelName"/>: cấp tỉnh, cấp huyện, cấp xã), like with like.
/// </summary>
internal sealed record AgencyRank(int Rank, Guid AgencyId, string AgencyName, decimal Total, IReadOnlyList<decimal> Groups, string LevelCode = "", string LevelName = "");

/// <summary>A nhóm's heading in a ranking or a trend: its number, name and maximum.</summary>
internal sealed record RankGroup(int Group, string Name, decimal MaxPoints);

/// <summary>The agencies of the province ranked on Bộ chỉ số 766 for a kỳ báo cáo, by the total or by one nhóm.</summary>
internal sealed record Ranking766(ReportPeriod Period, string SetId, IReadOnlyList<RankGroup> Groups, decimal MaxTotal, int? ByGroup, IReadOnlyList<AgencyRank> Rows, DateTime JudgedAt);

/// <summary>One month of a scope's trend: the total and each nhóm's points.</summary>
internal sealed record TrendMonth(ReportPeriod Period, decimal Total, IReadOnlyList<decimal> Groups);

/// <summary>A scope's Bộ chỉ số 766 month by month.</summary>
internal sealed record Trend766(Scope766 Scope, IReadOnlyList<RankGroup> Groups, IReadOnlyList<TrendMonth> Months);

/// <summary>
/// Rankings and trends of Bộ chỉ số 766 (ADR-054, "Rankings, trend and the public scoreboard"): each agency, each month is
/// scored by <see cref="Live766.ComputeAsync"/> alone, the very figures its own 766 page shows, so a ranking never disagrees
/// with the page; that is one set of aggregate statements per agency (or month).
/// </summary>
internal sealed class Rankings766(AppDbContext db, Live766 live, HomeFiguresCache cache, TimeProvider clock)
{
    /// <summary>How many months the trend shows, the current one last.</summary>
    public const int TrendMonths = 12;

    /// <summary>The active agencies ranked for <paramref name="period"/>; null before QĐ 766 applied.</summary>
    public async Task<Ranking766?> RankAsync(ReportPeriod period, int? byGroup, CancellationToken cancellationToken)
    {
        if (live.SetFor(period) is not { } set)
        {
            return null;
        }

        var directory = OrganizationDirectory.Of(db);
        var agencies = await directory.Agencies.Where(a => a.IsActive)
            .Join(directory.Levels, a => a.LevelId, l => l.Id, (a, l) => new { a.Id, a.Name, Level = l.Code, LevelName = l.Name, l.SortOrder })
            .OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var levels = agencies.ToDictionary(a => a.Id, a => (a.Level, a.LevelName, a.SortOrder));
        var scored = new List<(Guid Id, string Name, decimal Total, IReadOnlyList<decimal> Groups)>();
        IReadOnlyList<RankGroup> groups = [];
        foreach (var agency in agencies)
        {
            var result = await live.ComputeAsync(new Scope766(agency.Id, agency.Name, null, null, null), period, cancellationToken);
            if (result is null)
            {
                continue;
            }

            groups = [.. result.Score.Groups.Select(g => new RankGroup(g.Group, g.Name, g.MaxPoints))];
            scored.Add((agency.Id, agency.Name, result.Score.Total, [.. result.Score.Groups.Select(g => g.Points)]));
        }

        var index = byGroup is { } g0 ? groups.Select((g, i) => (g, i)).Where(x => x.g.Group == g0).Select(x => (int?)x.i).FirstOrDefault() : null;
        decimal Key((Guid Id, string Name, decimal Total, IReadOnlyList<decimal> Groups) row) => index is { } i ? row.Groups[i] : row.Total;
        // Communes are ranked among communes, provincial agencies among provincial agencies (cấp tỉnh, cấp huyện, cấp xã in turn).
        var rows = new List<AgencyRank>();
        foreach (var level in scored.GroupBy(r => levels[r.Id]).OrderBy(g => g.Key.SortOrder).ThenBy(g => g.Key.Level, StringComparer.Ordinal))
        {
            var ordered = level.OrderByDescending(Key).ThenByDescending(r => r.Total).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();

            // Equal points share a place, the next place skips as many (1, 1, 3).
            var first = rows.Count;
            for (var i = 0; i < ordered.Count; i++)
            {
                var rank = i > 0 && Key(ordered[i]) == Key(ordered[i - 1]) ? rows[first + i - 1].Rank : i + 1;
                rows.Add(new AgencyRank(rank, ordered[i].Id, ordered[i].Name, ordered[i].Total, ordered[i].Groups, level.Key.Level, level.Key.LevelName));
            }
        }

        return new Ranking766(period, set.Id, groups, groups.Sum(g => g.MaxPoints), index is null ? null : byGroup, rows, live.JudgedAt(period));
    }

    /// <summary>The public scoreboard's ranking of the current month, quarter or year, kept as the home figures are (ADR-055 §6).</summary>
    public async Task<Ranking766?> PublicAsync(PeriodKind kind, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var number = kind switch { PeriodKind.Month => today.Month, PeriodKind.Quarter => ((today.Month - 1) / 3) + 1, _ => 1 };
        var period = ReportPeriods.Of(kind, today.Year, number, PeriodCalendar.Calendar);
        var key = FormattableString.Invariant($"chi-so-766:{period.Key}:{today:yyyy-MM-dd}");
        return (await cache.GetAsync(key, async () => new Boxed(await RankAsync(period, null, cancellationToken)))).Value;
    }

    /// <summary>The last <see cref="TrendMonths"/> calendar months up to the one of <paramref name="lastDay"/>, each scored alone.</summary>
    public async Task<Trend766> TrendAsync(Scope766 scope, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var months = new List<TrendMonth>();
        IReadOnlyList<RankGroup> groups = [];
        var first = new DateOnly(lastDay.Year, lastDay.Month, 1).AddMonths(-(TrendMonths - 1));
        for (var m = 0; m < TrendMonths; m++)
        {
            var month = first.AddMonths(m);
            var period = ReportPeriods.Of(PeriodKind.Month, month.Year, month.Month, PeriodCalendar.Calendar);
            if (await live.ComputeAsync(scope, period, cancellationToken) is not { } result)
            {
                continue;
            }

            groups = [.. result.Score.Groups.Select(g => new RankGroup(g.Group, g.Name, g.MaxPoints))];
            months.Add(new TrendMonth(period, result.Score.Total, [.. result.Score.Groups.Select(g => g.Points)]));
        }

        return new Trend766(scope, groups, months);
    }

    /// <summary>The cache keeps non-null values; a ranking before QĐ 766 is null.</summary>
    private sealed record Boxed(Ranking766? Value);
}
