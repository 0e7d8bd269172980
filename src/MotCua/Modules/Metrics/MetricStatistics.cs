using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Rollups;
using MotCua.Modules.Metrics.Rollups.Data;
using MotCua.Modules.Metrics.Statistics;

namespace MotCua.Modules.Metrics;

/// <summary>
/// The dossiers the dossier statistics table counts (ADR-053, ADR-065) as other modules read them: the facts rows of a
/// scope and period, and their tallies counted — from the statistics roll-up for the clean buckets when the period starts
/// on a bucket boundary and ends on one or after now, from the facts rows for every other row.
/// </summary>
internal sealed class MetricStatistics(AppDbContext db, IOptions<MetricsOptions> options, TimeProvider clock)
{
    /// <summary>
    /// The rows of <paramref name="agencyId"/> (its competent agency's; null: every agency), narrowed to a procedure, that the
    /// table of [<paramref name="start"/>, <paramref name="end"/>) counts; <paramref name="fromRollups"/> false counts every
    /// row from its facts row, as the roll-up's reconciliation compares.
    /// </summary>
    public async Task<StatisticsRows> RowsAsync(Guid? agencyId, string? procedureCode, DateTime start, DateTime end, bool fromRollups, CancellationToken cancellationToken)
    {
        var buckets = new HalfMonthBuckets(options.Value.StatutoryCutOffDay);
        var onBoundaries = buckets.IsBoundary(start) && (buckets.IsBoundary(end) || end > clock.GetUtcNow().UtcDateTime);
        if (!fromRollups || procedureCode is not null || !onBoundaries)
        {
            return new StatisticsRows(db.MetricDossiers, agencyId, procedureCode, start, end, null, null);
        }

        var dirty = (await MetricRollupsWriter.DirtyAsync(db.MetricDossiers, cancellationToken)).Where(d => agencyId is null || d.Agency == agencyId).ToList();
        if (dirty.Count > RolledRows.MostDirtyBuckets)
        {
            return new StatisticsRows(db.MetricDossiers, agencyId, procedureCode, start, end, null, null);
        }

        var rolled = RolledRows.Clean(db.MetricStatisticsRollups.AsNoTracking(), agencyId is { } id ? [id] : null, dirty);
        return new StatisticsRows(db.MetricDossiers, agencyId, procedureCode, start, end, RolledRows.Unrolled(dirty), rolled);
    }
}

/// <summary>
/// The facts rows one statistics table counts, and how it counts them: each row once, from the roll-up of its bucket when
/// the bucket is clean and the row was not changed after the period end (<see cref="ChangedAfterEnd"/>), else from its
/// facts row reduced to its tally (<see cref="Tally"/>).
/// </summary>
internal sealed class StatisticsRows
{
    private readonly IQueryable<MetricDossier> _rows;
    private readonly Guid? _agencyId;
    private readonly string? _procedureCode;
    private readonly DateTime _start;
    private readonly DateTime _end;
    private readonly Expression<Func<MetricDossier, bool>>? _unrolled;
    private readonly IQueryable<MetricStatisticsRollup>? _rolled;

    internal StatisticsRows(
        IQueryable<MetricDossier> rows, Guid? agencyId, string? procedureCode, DateTime start, DateTime end,
        Expression<Func<MetricDossier, bool>>? unrolled, IQueryable<MetricStatisticsRollup>? rolled)
    {
        (_rows, _agencyId, _procedureCode, _start, _end, _unrolled, _rolled) = (rows.AsNoTracking(), agencyId, procedureCode, start, end, unrolled, rolled);
    }

    /// <summary>True when clean buckets are counted from the roll-up.</summary>
    public bool FromRollups => _rolled is not null;

    /// <summary>Every facts row of the scope the table counts: received before the period end and not ended before its start.</summary>
    public IQueryable<DossierFact> Scoped => Scope(_rows);

    /// <summary>
    /// The rows of the scope open at the period end whose stored figures are not those of the period end (ADR-064, ADR-066):
    /// their appointment moved, their supplement was completed, or they were extended or apologised for, after it. They are judged as they stood then
    /// (<see cref="MetricFacts.FiguresAsync"/>), so the roll-up never counts them: this is the one test of a row changed
    /// after the period end, on the facts rows and, by the same expression, on the roll-up's stand-ins.
    /// </summary>
    public static Expression<Func<MetricDossier, bool>> ChangedAfterEnd(DateTime end) =>
        m => (m.EndedAt == null || m.EndedAt >= end) && m.ChangedAt > end;

    /// <summary>
    /// The rows ended before the period end and changed after it (ADR-066 addendum): the only change an ended dossier takes
    /// is an apology, so their apology split is not that of the period end. The roll-up keeps only whether an apology was
    /// issued, not when (<see cref="CountAsync"/> moves those it holds from "with" to "without" as they stood).
    /// </summary>
    // NĐ 61/2018 Điều 19 khoản 9: the letter of apology may be sent until the result is returned, also after a late end.
    public static Expression<Func<MetricDossier, bool>> ApologisedAfterEnd(DateTime end) =>
        m => m.EndedAt < end && m.ChangedAt > end;

    /// <summary>
    /// The rows of <see cref="Scoped"/> read as they stood at the period end: those <see cref="ChangedAfterEnd"/> or
    /// <see cref="ApologisedAfterEnd"/> holds for, i.e. changed after it (through the partial index of moved appointments).
    /// </summary>
    public IQueryable<DossierFact> Changed => Scope(_rows.Where(DossierSets.Or(ChangedAfterEnd(_end), ApologisedAfterEnd(_end))));

    /// <summary>
    /// A facts row reduced to its tally at the end of [<paramref name="start"/>, <paramref name="end"/>) (ADR-053): the state
    /// from the first end reached before the period end (in the statistic's priority at equal instants: result, return,
    /// stop, withdrawal), or a supplement requested before it and still awaited; the legal class of an ended dossier as
    /// judged at its end, and of an open one against the appointment in force at the period end (the clock standing at a
    /// pending request); for those changed after the period end (<see cref="ChangedAfterEnd"/>), as judged in
    /// <paramref name="awaiting"/> and <paramref name="late"/>; for every row changed after it, ended or not
    /// (<see cref="Changed"/>), apologised for by then as <paramref name="apologised"/> says.
    /// </summary>
    public static Expression<Func<DossierFact, TallyFact>> Tally(DateTime start, DateTime end, List<Guid> awaiting, List<Guid> late, List<Guid> apologised) => f => new TallyFact
    {
        DossierId = f.DossierId,
        Code = f.Code,
        ProcedureCode = f.ProcedureCode,
        AgencyId = f.ResolvingAgencyId,
        VersionId = f.ProcedureVersionId,
        ReceivedAt = f.ReceivedAt!.Value,
        DueAt = f.DueAt,
        EndedAt = f.EndedAt,
        PendingSupplementSince = f.PendingSupplementSince,
        CarriedOver = f.ReceivedAt < start,
        Channel = f.Channel,
        State = f.EndedAt != null && f.EndedAt < end
            ? (f.EndedAt == f.FinishedAt || f.EndedAt == f.ReturnedAt
                ? (f.Outcome == DossierOutcome.Refused ? (int)DossierTallyState.Refused : (int)DossierTallyState.Finished)
                : f.EndedAt == f.StoppedAt ? (int)DossierTallyState.Stopped
                : (int)DossierTallyState.Withdrawn)
            : f.ChangedAt > end ? (awaiting.Contains(f.DossierId) ? (int)DossierTallyState.AwaitingSupplement : (int)DossierTallyState.Processing)
            : f.PendingSupplementSince != null && f.PendingSupplementSince <= end ? (int)DossierTallyState.AwaitingSupplement
            : (int)DossierTallyState.Processing,
        // NĐ 61/2018 Điều 19 khoản 4: while the applicant completes the dossier the clock stands at the request.
        Time = f.EndedAt != null && f.EndedAt < end
            ? (f.LegalClass == OnTimeClass.Early ? (int)OnTimeClass.Early
                : f.LegalClass == OnTimeClass.OnTime ? (int)OnTimeClass.OnTime
                : f.LegalClass == OnTimeClass.Late ? (int)OnTimeClass.Late
                : f.EndedAt > f.DueAt ? (int)OnTimeClass.Late : (int)OnTimeClass.OnTime)
            : f.ChangedAt > end ? (late.Contains(f.DossierId) ? (int)OnTimeClass.Late : (int)OnTimeClass.OnTime)
            : (f.PendingSupplementSince != null && f.PendingSupplementSince <= end ? f.PendingSupplementSince : end) > f.DueAt
                ? (int)OnTimeClass.Late : (int)OnTimeClass.OnTime,
        // NĐ 61/2018 Điều 19 khoản 9: an apology issued after the period end, also for a dossier ended late in it, is not counted then.
        Apologised = f.ChangedAt > end ? apologised.Contains(f.DossierId) : f.ApologyCount > 0,
    };

    /// <summary>
    /// The tallies of the scope with their counts: the rows read from the facts in one grouped query, the clean buckets'
    /// roll-up rows in another; the rows changed after the period end judged as in <paramref name="awaiting"/> and <paramref name="late"/>.
    /// </summary>
    public async Task<List<TallyCount>> CountAsync(List<Guid> awaiting, List<Guid> late, List<Guid> apologised, CancellationToken cancellationToken)
    {
        var facts = _unrolled is null ? _rows : _rows.Where(DossierSets.Or(_unrolled, ChangedAfterEnd(_end)));
        var counts = await Scope(facts).Select(Tally(_start, _end, awaiting, late, apologised))
            .GroupBy(f => new { f.AgencyId, f.VersionId, f.CarriedOver, f.Channel, f.State, f.Time, f.Apologised })
            .Select(g => new TallyCount(g.Key.AgencyId, g.Key.VersionId, g.Key.CarriedOver, g.Key.Channel, g.Key.State, g.Key.Time, g.Key.Apologised, g.Count()))
            .ToListAsync(cancellationToken);
        if (_rolled is null)
        {
            return counts;
        }

        var rolled = await RolledTallies().ToListAsync(cancellationToken);
        var restated = await ApologyRestatementsAsync(apologised, cancellationToken);
        return [.. counts.Concat(rolled).Concat(restated).GroupBy(c => c with { Count = 0 }).Select(g => g.Key with { Count = g.Sum(c => c.Count) })
            .Where(c => c.Count != 0)];
    }

    /// <summary>
    /// The rows the roll-up counts as apologised for that were not by the period end (<see cref="ApologisedAfterEnd"/>):
    /// the roll-up holds the flag, not its instant, so each such row of a clean bucket is taken out of its apologised tally
    /// and counted in the same tally without the apology (<paramref name="apologised"/> lists the rows apologised for by then).
    /// </summary>
    private async Task<List<TallyCount>> ApologyRestatementsAsync(List<Guid> apologised, CancellationToken cancellationToken)
    {
        var unrolled = _unrolled!;
        var rolledRows = Expression.Lambda<Func<MetricDossier, bool>>(Expression.Not(unrolled.Body), unrolled.Parameters);
        var withoutThen = await Scope(_rows.Where(rolledRows).Where(ApologisedAfterEnd(_end)).Where(m => m.ApologyCount > 0))
            .Select(Tally(_start, _end, [], [], apologised))
            .Where(f => !f.Apologised)
            .GroupBy(f => new { f.AgencyId, f.VersionId, f.CarriedOver, f.Channel, f.State, f.Time })
            .Select(g => new TallyCount(g.Key.AgencyId, g.Key.VersionId, g.Key.CarriedOver, g.Key.Channel, g.Key.State, g.Key.Time, false, g.Count()))
            .ToListAsync(cancellationToken);
        return [.. withoutThen.SelectMany(c => new[] { c, c with { Apologised = true, Count = -c.Count } })];
    }

    /// <summary>
    /// The clean buckets' rows the table counts, reduced to their tally as <see cref="Tally"/> reduces a facts row: ended
    /// before the period end with the state and class they ended with; open at it (not <see cref="ChangedAfterEnd"/>) judged
    /// on the stand-ins of the pending request and the appointment.
    /// </summary>
    private IQueryable<TallyCount> RolledTallies()
    {
        var (start, end) = (_start, _end);
        var changed = RolledExpressions.On<MetricStatisticsRollup, bool>(ChangedAfterEnd(end));
        var unchanged = Expression.Lambda<Func<MetricStatisticsRollup, bool>>(Expression.Not(changed.Body), changed.Parameters);
        return _rolled!.Where(r => r.ReceivedAt < end && r.EndedAt >= start).Where(unchanged)
            .Select(r => new
            {
                r.ResolvingAgencyId,
                r.ProcedureVersionId,
                CarriedOver = r.ReceivedAt < start,
                r.Channel,
                Open = r.EndedAt >= end,
                Awaiting = r.PendingSupplementSince != null && r.PendingSupplementSince <= end,
                r.State,
                r.Time,
                Late = r.DueAt < end,
                r.PendingLate,
                r.Apologised,
                r.Count,
            })
            .Select(r => new
            {
                r.ResolvingAgencyId,
                r.ProcedureVersionId,
                r.CarriedOver,
                r.Channel,
                State = !r.Open ? r.State : r.Awaiting ? (int)DossierTallyState.AwaitingSupplement : (int)DossierTallyState.Processing,
                // NĐ 61/2018 Điều 19 khoản 4: while the applicant completes the dossier the clock stands at the request.
                Time = !r.Open ? r.Time : (r.Awaiting ? r.PendingLate : r.Late) ? (int)OnTimeClass.Late : (int)OnTimeClass.OnTime,
                r.Apologised,
                r.Count,
            })
            .GroupBy(r => new { r.ResolvingAgencyId, r.ProcedureVersionId, r.CarriedOver, r.Channel, r.State, r.Time, r.Apologised })
            .Select(g => new TallyCount(g.Key.ResolvingAgencyId, g.Key.ProcedureVersionId, g.Key.CarriedOver, g.Key.Channel, g.Key.State, g.Key.Time, g.Key.Apologised, g.Sum(r => r.Count)));
    }

    private IQueryable<DossierFact> Scope(IQueryable<MetricDossier> rows)
    {
        var (start, end) = (_start, _end);
        var facts = rows.Select(MetricFacts.Projection).Where(f => f.ReceivedAt != null && f.ReceivedAt < end && (f.EndedAt == null || f.EndedAt >= start));
        if (_agencyId is { } agencyId)
        {
            facts = facts.CountedFor(agencyId);
        }

        if (_procedureCode is { } code)
        {
            facts = facts.Where(f => f.ProcedureCode == code);
        }

        return facts;
    }
}

/// <summary>How many dossiers of one competent agency and procedure version share a tally.</summary>
internal sealed record TallyCount(Guid AgencyId, Guid VersionId, bool CarriedOver, SubmissionChannel Channel, int State, int Time, bool Apologised, int Count);

/// <summary>A dossier's facts reduced to what the statistics table reads at a period end (<see cref="StatisticsRows.Tally"/>).</summary>
internal sealed record TallyFact
{
    public Guid DossierId { get; init; }

    public string? Code { get; init; }

    public string ProcedureCode { get; init; } = "";

    /// <summary>The agency the dossier's figures count for (its competent agency): the unit a row of Biểu 06a is.</summary>
    public Guid AgencyId { get; init; }

    public Guid VersionId { get; init; }

    public DateTime ReceivedAt { get; init; }

    public DateTime? DueAt { get; init; }

    public DateTime? EndedAt { get; init; }

    public DateTime? PendingSupplementSince { get; init; }

    public bool CarriedOver { get; init; }

    public SubmissionChannel Channel { get; init; }

    /// <summary>A <see cref="DossierTallyState"/>.</summary>
    public int State { get; init; }

    /// <summary>An <see cref="OnTimeClass"/> by the legal notion.</summary>
    public int Time { get; init; }

    public bool Apologised { get; init; }
}
