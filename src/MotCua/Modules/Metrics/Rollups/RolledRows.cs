using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Rollups.Data;

namespace MotCua.Modules.Metrics.Rollups;

/// <summary>
/// The facts rows of a scope as the 766 reader counts them (ADR-061): each row once, from the roll-up of its bucket when
/// that bucket is clean (every row rolled into it unchanged since), else from the facts row itself — the rows never rolled
/// up (open, not judged yet, not received), those captured or changed since their bucket was counted, and every row rolled
/// into a dirty bucket. A figure's predicates (<see cref="DossierSets"/>, <see cref="PeriodMembership"/>) run on both sides
/// unchanged (<see cref="RolledExpressions"/>); they answer on the roll-ups as on the rows when the period's bounds are
/// bucket boundaries, or when the period runs (no row has ended or been received after now). Without roll-ups
/// (<see cref="FactsOnly"/>) every row is read from the facts.
/// </summary>
internal sealed class RolledRows
{
    /// <summary>Beyond this many dirty buckets (a calendar change sends many back), the reader counts from the facts alone until the job catches up.</summary>
    public const int MostDirtyBuckets = 200;

    private readonly IQueryable<MetricDossier> _facts;
    private readonly Expression<Func<MetricDossier, bool>> _unrolledRows;
    private readonly IQueryable<MetricDossier> _unrolled;
    private readonly IQueryable<MetricDossierRollup>? _rolled;
    private readonly IQueryable<MetricProcedureRollup>? _procedures;
    private readonly HalfMonthBuckets _buckets;

    private RolledRows(
        IQueryable<MetricDossier> facts, Expression<Func<MetricDossier, bool>> unrolled, IQueryable<MetricDossierRollup>? rolled, IQueryable<MetricProcedureRollup>? procedures,
        HalfMonthBuckets buckets)
    {
        (_facts, _unrolledRows, _rolled, _procedures, _buckets) = (facts, unrolled, rolled, procedures, buckets);
        _unrolled = facts.Where(unrolled);
    }

    /// <summary>True when clean buckets are read from the roll-ups.</summary>
    public bool FromRollups => _rolled is not null;

    /// <summary>Every row of the scope read from the facts.</summary>
    public static RolledRows FactsOnly(IQueryable<MetricDossier> facts) => new(facts, m => true, null, null, default);

    /// <summary>
    /// The rows of <paramref name="facts"/> (the scope's facts rows: the competent agency one of <paramref name="agencies"/>, or any
    /// for null) with the clean buckets of those agencies read from the roll-ups; the facts alone when too many buckets are dirty
    /// or the roll-ups were counted with another statutory cut-off than <paramref name="buckets"/>'.
    /// </summary>
    public static async Task<RolledRows> OfAsync(
        AppDbContext db, IQueryable<MetricDossier> facts, IReadOnlyList<Guid>? agencies, HalfMonthBuckets buckets, CancellationToken cancellationToken)
    {
        if (!await MetricRollupsWriter.CountedWithAsync(db, buckets, cancellationToken))
        {
            // Counted with another statutory cut-off (or not recorded): the judging job counts them again first.
            return FactsOnly(facts);
        }

        var dirty = (await MetricRollupsWriter.DirtyAsync(db.MetricDossiers, cancellationToken))
            .Where(d => agencies is null || agencies.Contains(d.Agency)).ToList();
        if (dirty.Count > MostDirtyBuckets)
        {
            return FactsOnly(facts);
        }

        return new RolledRows(facts, Unrolled(dirty), Clean(db.MetricDossierRollups.AsNoTracking(), agencies, dirty), Clean(db.MetricProcedureRollups.AsNoTracking(), agencies, dirty), buckets);
    }

    /// <summary>The rows read from the facts: never rolled up, changed since, or rolled into one of the <paramref name="dirty"/> buckets.</summary>
    public static Expression<Func<MetricDossier, bool>> Unrolled(IEnumerable<(Guid Agency, DateTime Start)> dirty)
    {
        Expression<Func<MetricDossier, bool>> unrolled = MetricDossier.IsUnrolled;
        foreach (var (agency, start) in dirty)
        {
            unrolled = DossierSets.Or(unrolled, m => m.RolledAgencyId == agency && m.RolledBucket == start);
        }

        return unrolled;
    }

    /// <summary>How many rows of <paramref name="population"/> fall in each combination of <paramref name="predicates"/> (bit i = predicate i).</summary>
    public Task<Dictionary<int, int>> CountFlagsAsync(
        Expression<Func<MetricDossier, bool>> population, Expression<Func<MetricDossier, bool>>[] predicates, CancellationToken cancellationToken) =>
        CountFlagsAsync(_rolled, population, predicates, cancellationToken);

    /// <summary>As <see cref="CountFlagsAsync(Expression{Func{MetricDossier, bool}}, Expression{Func{MetricDossier, bool}}[], CancellationToken)"/> for predicates that read the procedure: the clean buckets from the procedures' roll-up.</summary>
    public Task<Dictionary<int, int>> CountProcedureFlagsAsync(
        Expression<Func<MetricDossier, bool>> population, Expression<Func<MetricDossier, bool>>[] predicates, CancellationToken cancellationToken) =>
        CountFlagsAsync(_procedures, population, predicates, cancellationToken);

    /// <summary>
    /// How many rows of <paramref name="population"/> each static flag holds for: over the rows read from the facts by its
    /// predicate, over the clean buckets by its roll-up sum (<see cref="RolledFlag"/>) — one statement for every flag's sum.
    /// </summary>
    public async Task<Dictionary<RolledFlag, int>> SumAsync(
        Expression<Func<MetricDossier, bool>> population, IReadOnlyList<RolledFlag> flags, CancellationToken cancellationToken)
    {
        var counts = await Live766.CountFlagsAsync(_unrolled.Where(population), [.. flags.Select(f => f.Predicate)], cancellationToken);
        var sums = new Dictionary<RolledFlag, int>();
        for (var i = 0; i < flags.Count; i++)
        {
            var bit = 1 << i;
            sums[flags[i]] = counts.Where(c => (c.Key & bit) != 0).Sum(c => c.Value);
        }

        if (_rolled is not null && flags.Count > 0)
        {
            var rolled = await _rolled.Where(RolledExpressions.On<MetricDossierRollup, bool>(population))
                .GroupBy(r => 1).Select(Sums(flags)).FirstOrDefaultAsync(cancellationToken);
            for (var i = 0; i < flags.Count && rolled is not null; i++)
            {
                sums[flags[i]] += rolled[i];
            }
        }

        return sums;
    }

    /// <summary>
    /// How many rows of <paramref name="population"/> there are per procedure and combination of <paramref name="predicates"/>
    /// (bit i = predicate i), the clean buckets from the procedures' roll-up: the per-procedure figures of 3.2, 3.4 and 3.5.
    /// </summary>
    public async Task<Dictionary<(string Code, int Flags), int>> CountByProcedureAsync(
        Expression<Func<MetricDossier, bool>> population, Expression<Func<MetricDossier, bool>>[] predicates, CancellationToken cancellationToken)
    {
        var key = ProcedureFlags.Of(DossierSets.Flags(predicates));
        var counts = (await _unrolled.Where(population).GroupBy(key).Select(g => new { g.Key.Code, g.Key.Flags, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => (g.Code, g.Flags), g => g.Count);
        if (_procedures is not null)
        {
            var groups = await _procedures.Where(RolledExpressions.On<MetricProcedureRollup, bool>(population))
                .GroupBy(RolledExpressions.On<MetricProcedureRollup, ProcedureFlags>(key))
                .Select(g => new { g.Key.Code, g.Key.Flags, Count = g.Sum(r => r.Count) }).ToListAsync(cancellationToken);
            foreach (var group in groups)
            {
                counts[(group.Code, group.Flags)] = counts.GetValueOrDefault((group.Code, group.Flags)) + group.Count;
            }
        }

        return counts;
    }

    /// <summary>Every facts row of <paramref name="population"/>, whatever the roll-ups hold: for a figure the roll-ups do not keep (2.2's times).</summary>
    public IQueryable<MetricDossier> FactsOf(Expression<Func<MetricDossier, bool>> population) => _facts.Where(population);

    /// <summary>
    /// The facts rows of <paramref name="population"/> among which are all those <see cref="PeriodMembership.Undecided"/> at
    /// <paramref name="at"/>: the rows read from the facts, and the rows of the clean buckets whose roll-up holds undecided ones.
    /// </summary>
    public async Task<IQueryable<MetricDossier>> UndecidedAmongAsync(Expression<Func<MetricDossier, bool>> population, DateTime at, CancellationToken cancellationToken)
    {
        if (_rolled is null)
        {
            return _facts.Where(population);
        }

        var starts = await _rolled.Where(RolledExpressions.On<MetricDossierRollup, bool>(DossierSets.And(population, PeriodMembership.Undecided(at))))
            .Select(r => r.ReceivedAt).Distinct().ToListAsync(cancellationToken);
        // Of a clean bucket's rows, those rolled up are ended and judged: only the ones not plain can be undecided, read through their index.
        Expression<Func<MetricDossier, bool>> inBuckets = m => false;
        foreach (var start in starts)
        {
            var end = _buckets.Next(start);
            inBuckets = DossierSets.Or(inBuckets, DossierSets.And(m => m.ReceivedAt >= start && m.ReceivedAt < end, MetricDossier.IsNotPlain));
        }

        return _facts.Where(population).Where(DossierSets.Or(_unrolledRows, inBuckets));
    }

    /// <summary>The rows read from the facts and the roll-up rows of <paramref name="rolled"/> (each standing for its count), grouped by the flags.</summary>
    private async Task<Dictionary<int, int>> CountFlagsAsync<TRollup>(
        IQueryable<TRollup>? rolled, Expression<Func<MetricDossier, bool>> population, Expression<Func<MetricDossier, bool>>[] predicates, CancellationToken cancellationToken)
        where TRollup : class, ICountedRollup
    {
        var counts = await Live766.CountFlagsAsync(_unrolled.Where(population), predicates, cancellationToken);
        if (rolled is not null)
        {
            var groups = await rolled.Where(RolledExpressions.On<TRollup, bool>(population))
                .GroupBy(RolledExpressions.On<TRollup, int>(DossierSets.Flags(predicates)))
                .Select(g => new { g.Key, Count = g.Sum(r => r.Count) }).ToListAsync(cancellationToken);
            foreach (var group in groups)
            {
                counts[group.Key] = counts.GetValueOrDefault(group.Key) + group.Count;
            }
        }

        return counts;
    }

    /// <summary>The rows of <paramref name="rollups"/> of the scope's agencies outside the dirty buckets.</summary>
    public static IQueryable<T> Clean<T>(IQueryable<T> rollups, IReadOnlyList<Guid>? agencies, List<(Guid Agency, DateTime Start)> dirty)
    {
        var row = Expression.Parameter(typeof(T), "r");
        var agency = Expression.Property(row, nameof(MetricDossierRollup.ResolvingAgencyId));
        var received = Expression.Property(row, nameof(MetricDossierRollup.ReceivedAt));
        Expression clean = Expression.Constant(true);
        foreach (var (id, start) in dirty)
        {
            clean = Expression.AndAlso(clean, Expression.Not(Expression.AndAlso(Expression.Equal(agency, Expression.Constant(id)), Expression.Equal(received, Expression.Constant(start)))));
        }

        if (agencies is not null)
        {
            clean = Expression.AndAlso(clean, Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], Expression.Constant(agencies.ToList()), agency));
        }

        return rollups.Where(Expression.Lambda<Func<T, bool>>(clean, row));
    }

    /// <summary>The grouping's sum of each flag's roll-up column, in the order of <paramref name="flags"/>.</summary>
    private static Expression<Func<IGrouping<int, MetricDossierRollup>, int[]>> Sums(IReadOnlyList<RolledFlag> flags)
    {
        var group = Expression.Parameter(typeof(IGrouping<int, MetricDossierRollup>), "g");
        var sum = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Sum) && m.IsGenericMethod
            && m.GetParameters()[1].ParameterType == typeof(Func<,>).MakeGenericType(m.GetGenericArguments()[0], typeof(int))).MakeGenericMethod(typeof(MetricDossierRollup));
        return Expression.Lambda<Func<IGrouping<int, MetricDossierRollup>, int[]>>(
            Expression.NewArrayInit(typeof(int), flags.Select(f => Expression.Call(sum, group, f.Sum))), group);
    }

    /// <summary>A procedure and a combination of flags: the key of <see cref="CountByProcedureAsync"/>'s groups.</summary>
    private sealed class ProcedureFlags
    {
        public string Code { get; init; } = "";

        public int Flags { get; init; }

        /// <summary>The row's procedure with the value of <paramref name="flags"/>.</summary>
        public static Expression<Func<MetricDossier, ProcedureFlags>> Of(Expression<Func<MetricDossier, int>> flags)
        {
            var row = flags.Parameters[0];
            return Expression.Lambda<Func<MetricDossier, ProcedureFlags>>(
                Expression.MemberInit(
                    Expression.New(typeof(ProcedureFlags)),
                    Expression.Bind(typeof(ProcedureFlags).GetProperty(nameof(Code))!, Expression.Property(row, nameof(MetricDossier.ProcedureCode))),
                    Expression.Bind(typeof(ProcedureFlags).GetProperty(nameof(Flags))!, flags.Body)),
                row);
        }
    }
}
