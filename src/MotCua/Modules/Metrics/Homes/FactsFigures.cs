using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Periods;

namespace MotCua.Modules.Metrics.Homes;

/// <summary>
/// The dossiers a period's on-time rate counts (ADR-055): those ended in the period (up to now) and those still in hand
/// now, each judged under both notions of ADR-028 — the legal status against the appointment in force, and the Bộ chỉ số
/// 766 statistic against the printed appointment moved by supplements. A dossier counts as on time when it is early or on
/// time; an open one is judged "so far", at now.
/// </summary>
internal sealed record OnTimeFigures(int Counted, int Ended, int Open, int LegalOnTime, int StatisticOnTime, int Extended, int Apologised)
{
    public static OnTimeFigures None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public int LegalLate => Counted - LegalOnTime;

    public int StatisticLate => Counted - StatisticOnTime;

    /// <summary>Tỷ lệ đúng hạn by the legal status; null when nothing is counted.</summary>
    public decimal? LegalRate => Counted == 0 ? null : (decimal)LegalOnTime / Counted;

    /// <summary>Tỷ lệ đúng hạn by the 766 statistic (chỉ số 2.1); null when nothing is counted.</summary>
    public decimal? StatisticRate => Counted == 0 ? null : (decimal)StatisticOnTime / Counted;
}

/// <summary>Dossiers received in a period and, of them, submitted online.</summary>
internal sealed record ReceivedFigures(int Received, int Online)
{
    public decimal? OnlineRate => Received == 0 ? null : (decimal)Online / Received;
}

/// <summary>One month of the trend: dossiers received, and dossiers ended on time by the legal status (as judged).</summary>
internal sealed record MonthFigures(DateOnly Month, int Received, int EndedOnTime);

/// <summary>
/// The home pages' figures, read from the facts table <c>MetricDossiers</c> only (ADR-049, ADR-055), for one agency or
/// for every agency (null). Ended dossiers use the verdicts the judging job stored for their last capture; the rows not
/// judged yet and the open dossiers are judged here, at now, with the agency's calendar through
/// <see cref="DossierFacts.Judge"/> — the dossier page's own rules.
/// </summary>
internal sealed class FactsFigures(AppDbContext db, DossierFacts dossiers, CalendarProvider calendars, TimeProvider clock)
{
    /// <summary>The on-time figures of <paramref name="period"/>: ended in it by now, or in hand now.</summary>
    public async Task<OnTimeFigures> OnTimeAsync(Guid? agencyId, ReportPeriod period, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var utcNow = now.UtcDateTime;
        var (from, to) = (period.StartUtc, period.EndUtc);
        var rows = Scoped(agencyId);
        var ended = rows.Where(m => m.EndedAt >= from && m.EndedAt < to && m.EndedAt <= utcNow && m.ReceivedAt != null);
        var judged = ended.Where(m => m.JudgedSequence == m.CapturedSequence && m.LegalClass != null && m.StatisticClass != null);
        var stored = await judged.GroupBy(m => 1).Select(g => new
        {
            Count = g.Count(),
            Legal = g.Count(m => m.LegalClass != OnTimeClass.Late),
            Statistic = g.Count(m => m.StatisticClass != OnTimeClass.Late),
        }).SingleOrDefaultAsync(cancellationToken);
        var inHand = rows.Where(m => m.ReceivedAt != null && m.ReceivedAt <= utcNow && (m.EndedAt == null || m.EndedAt > utcNow));
        var (extended, apologised) = (0, 0);
        foreach (var part in (IQueryable<MetricDossier>[])[ended, inHand])
        {
            var marks = await part.GroupBy(m => 1)
                .Select(g => new { Extended = g.Count(m => m.ExtensionCount > 0), Apologised = g.Count(m => m.ApologyCount > 0) })
                .SingleOrDefaultAsync(cancellationToken);
            extended += marks?.Extended ?? 0;
            apologised += marks?.Apologised ?? 0;
        }

        // What the stored verdicts cannot say: rows captured since the last judging, and every dossier still in hand.
        var toJudge = await ended.Where(m => !(m.JudgedSequence == m.CapturedSequence && m.LegalClass != null && m.StatisticClass != null)).ToListAsync(cancellationToken);
        toJudge.AddRange(await inHand.ToListAsync(cancellationToken));
        var (judgedHere, legal, statistic, open) = (0, 0, 0, 0);
        foreach (var row in toJudge)
        {
            var calendar = await calendars.GetAsync(row.AgencyId, cancellationToken);
            var isOpen = row.EndedAt is not { } end || end > utcNow;
            if (dossiers.Judge(row.Figures(), calendar, isOpen ? now : row.EndedAt!.Value.AsInstant()) is not { } verdict)
            {
                continue;
            }

            judgedHere++;
            open += isOpen ? 1 : 0;
            legal += verdict.LegalClass != OnTimeClass.Late ? 1 : 0;
            statistic += verdict.StatisticClass != OnTimeClass.Late ? 1 : 0;
        }

        var storedCount = stored?.Count ?? 0;
        return new OnTimeFigures(
            storedCount + judgedHere,
            storedCount + judgedHere - open,
            open,
            (stored?.Legal ?? 0) + legal,
            (stored?.Statistic ?? 0) + statistic,
            extended,
            apologised);
    }

    /// <summary>Dossiers received (ngày tiếp nhận) in <paramref name="period"/>, and of them online.</summary>
    public async Task<ReceivedFigures> ReceivedAsync(Guid? agencyId, ReportPeriod period, CancellationToken cancellationToken)
    {
        var (from, to) = (period.StartUtc, period.EndUtc);
        var counts = await Scoped(agencyId).Where(m => m.ReceivedAt >= from && m.ReceivedAt < to)
            .GroupBy(m => 1).Select(g => new ReceivedFigures(g.Count(), g.Count(m => m.Channel == SubmissionChannel.Online)))
            .SingleOrDefaultAsync(cancellationToken);
        return counts ?? new ReceivedFigures(0, 0);
    }

    /// <summary>The last <paramref name="months"/> calendar months up to this one: received, and ended on time by the stored legal verdict.</summary>
    public async Task<IReadOnlyList<MonthFigures>> TrendAsync(Guid? agencyId, int months, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - months);
        var result = new List<MonthFigures>(months);
        var rows = Scoped(agencyId);
        for (var month = first; month <= today; month = month.AddMonths(1))
        {
            var (from, to) = (VietnamTime.StartOfLocalDayUtc(month), VietnamTime.StartOfLocalDayUtc(month.AddMonths(1)));
            var received = await rows.CountAsync(m => m.ReceivedAt >= from && m.ReceivedAt < to, cancellationToken);
            var onTime = await rows.CountAsync(
                m => m.EndedAt >= from && m.EndedAt < to && m.ReceivedAt != null && (m.LegalClass == OnTimeClass.Early || m.LegalClass == OnTimeClass.OnTime),
                cancellationToken);
            result.Add(new MonthFigures(month, received, onTime));
        }

        return result;
    }

    /// <summary>The procedures with the most dossiers received since <paramref name="since"/>, most first (ties by code).</summary>
    public async Task<IReadOnlyList<(string Code, int Count)>> TopProceduresAsync(Guid? agencyId, DateTime since, int take, CancellationToken cancellationToken)
    {
        var top = await Scoped(agencyId).Where(m => m.ReceivedAt >= since)
            .GroupBy(m => m.ProcedureCode).Select(g => new { Code = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Code).Take(take)
            .ToListAsync(cancellationToken);
        return [.. top.Select(t => (t.Code, t.Count))];
    }

    private IQueryable<MetricDossier> Scoped(Guid? agencyId)
    {
        var rows = db.MetricDossiers.AsNoTracking();
        return agencyId is { } id ? rows.CountedFor(id) : rows;
    }
}
