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

        Expression<Func<MetricDossier, bool>> unrolled = MetricDossier.IsUnrolled;
        foreach (var (agency, start) in dirty)
        {
            unrolled = DossierSets.Or(unrolled, m => m.RolledAgencyId == agency && m.RolledBucket == start);
        }

        return new RolledRows(facts, unrolled, Clean(db.MetricDossierRollups.AsNoTracking(), agencies, dirty), Clean(db.MetricProcedureRollups.AsNoTracking(), agencies, dirty), buckets);
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
    /// predicate, over the clean buckets by its roll-up sum (<see cref="RolledFlag"/>).
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

        if (_rolled is not null)
        {
            var rolled = _rolled.Where(RolledExpressions.On<MetricDossierRollup, bool>(population));
            foreach (var flag in flags)
            {
                sums[flag] += await rolled.SumAsync(flag.Sum, cancellationToken);
            }
        }

        return sums;
    }

    /// <summary>The distinct procedure codes of the rows of <paramref name="population"/>.</summary>
    public async Task<HashSet<string>> ProcedureCodesAsync(Expression<Func<MetricDossier, bool>> population, CancellationToken cancellationToken)
    {
        var codes = (await _unrolled.Where(population).Select(m => m.ProcedureCode).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (_procedures is not null)
        {
            codes.UnionWith(await _procedures.Where(RolledExpressions.On<MetricProcedureRollup, bool>(population)).Select(r => r.ProcedureCode).Distinct().ToListAsync(cancellationToken));
        }

        return codes;
    }

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
        Expression<Func<MetricDossier, bool>> inBuckets = m => false;
        foreach (var start in starts)
        {
            var end = _buckets.Next(start);
            inBuckets = DossierSets.Or(inBuckets, m => m.ReceivedAt >= start && m.ReceivedAt < end);
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
    private static IQueryable<T> Clean<T>(IQueryable<T> rollups, IReadOnlyList<Guid>? agencies, List<(Guid Agency, DateTime Start)> dirty)
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
}
