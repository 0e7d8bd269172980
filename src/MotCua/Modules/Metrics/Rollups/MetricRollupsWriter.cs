using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Rollups.Data;

namespace MotCua.Modules.Metrics.Rollups;

/// <summary>
/// Keeps the roll-ups (ADR-061) after the judging job: recounts each bucket (competent agency × half-month of reception)
/// that is dirty — a row rolled into it has been captured or changed since (<see cref="MetricDossier.IsUnrolled"/>) — or
/// that holds ended and judged rows never rolled up. A bucket is recounted in one transaction, under its lock on PostgreSQL:
/// the rows once rolled into it that changed since or belong elsewhere now are released, the ended and judged rows that
/// belong to it and no roll-up holds are stamped with its key and their sequence, and its roll-up rows are replaced by the
/// count of the stamped rows. A row still stamped is not written again: every change to it clears the stamp (and so makes
/// its bucket dirty, read from the facts until recounted), so a stamped row holds what was counted. Readers take a bucket
/// from the roll-ups only while it is clean, so a bucket being recounted is read from the facts.
/// </summary>
internal sealed partial class MetricRollupsWriter(AppDbContext db, IOptions<MetricsOptions> options, ILogger<MetricRollupsWriter> logger)
{
    /// <summary>How many pending rows are read at a time to find the buckets to recount.</summary>
    public const int BatchSize = 2000;

    private HalfMonthBuckets Buckets => new(options.Value.StatutoryCutOffDay);

    /// <summary>Recounts every dirty bucket and every bucket with ended and judged rows not rolled up; returns how many buckets were recounted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var released = await CountAgainOnNewCutOffAsync(cancellationToken);
        var done = new HashSet<(Guid, DateTime)>();
        foreach (var bucket in await DirtyAsync(db.MetricDossiers, cancellationToken))
        {
            await RecountAsync(bucket.Agency, bucket.Start, cancellationToken);
            done.Add(bucket);
        }

        while (true)
        {
            var pending = await ToRoll(db.MetricDossiers)
                .Select(m => new { m.ResolvingAgencyId, m.ReceivedAt }).Take(BatchSize).ToListAsync(cancellationToken);
            var buckets = pending.Select(p => (p.ResolvingAgencyId, Buckets.Start(p.ReceivedAt!.Value))).Distinct().Where(done.Add).ToList();
            if (buckets.Count == 0)
            {
                // Every row read belongs to a bucket recounted in this run: a row changed meanwhile waits for the next run.
                break;
            }

            foreach (var (agency, start) in buckets)
            {
                await RecountAsync(agency, start, cancellationToken);
            }
        }

        if (released > 0)
        {
            await CompactIndexesAsync(cancellationToken);
        }

        return done.Count;
    }

    /// <summary>Recounts every bucket of every agency from its first reception to its last (the rebuild, after the facts are rewritten).</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var released = await CountAgainOnNewCutOffAsync(cancellationToken);
        var spans = await db.MetricDossiers.AsNoTracking().Where(m => m.ReceivedAt != null)
            .GroupBy(m => m.ResolvingAgencyId).Select(g => new { Agency = g.Key, First = g.Min(m => m.ReceivedAt)!.Value, Last = g.Max(m => m.ReceivedAt)!.Value })
            .ToListAsync(cancellationToken);
        var rolled = await db.MetricDossierRollups.AsNoTracking().Select(r => new { r.ResolvingAgencyId, r.ReceivedAt }).Distinct().ToListAsync(cancellationToken);
        var buckets = spans.SelectMany(s => Between(s.Agency, s.First, s.Last)).Concat(rolled.Select(r => (r.ResolvingAgencyId, r.ReceivedAt))).ToHashSet();
        foreach (var (agency, start) in buckets)
        {
            await RecountAsync(agency, start, cancellationToken);
        }

        if (released > 0)
        {
            await CompactIndexesAsync(cancellationToken);
        }

        return buckets.Count;
    }

    /// <summary>The buckets a changed row was rolled into (of the given rows), through their partial index (<c>IX_MetricDossiers_Dirty</c>).</summary>
    public static async Task<List<(Guid Agency, DateTime Start)>> DirtyAsync(IQueryable<MetricDossier> rows, CancellationToken cancellationToken) =>
        [.. (await rows.AsNoTracking().Where(m => m.RolledBucket != null).Where(MetricDossier.IsUnrolled)
            .Select(m => new { m.RolledAgencyId, m.RolledBucket }).Distinct().ToListAsync(cancellationToken))
            .Select(b => (b.RolledAgencyId!.Value, b.RolledBucket!.Value))];

    /// <summary>A facts row as the statistics table reads it.</summary>
    private static readonly Func<MetricDossier, DossierFact> AsFact = MetricFacts.Projection.Compile();

    /// <summary>The tally of an ended row at a period end after its end: the state and legal class it ended with (ADR-065).</summary>
    private static readonly Func<DossierFact, TallyFact> EndedTally = StatisticsRows.Tally(DateTime.MinValue, DateTime.MaxValue, [], [], []).Compile();

    /// <summary>The rows a roll-up holds: ended, judged on their current capture with a statistic class, and received.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<MetricDossier, bool>> Rollable =
        m => m.EndedAt != null && m.JudgedSequence == m.CapturedSequence && m.StatisticClass != null && m.ReceivedAt != null;

    private IEnumerable<(Guid, DateTime)> Between(Guid agency, DateTime first, DateTime last)
    {
        for (var at = Buckets.Start(first); at <= last; at = Buckets.Next(at))
        {
            yield return (agency, at);
        }
    }

    /// <summary>
    /// On PostgreSQL, holds the bucket's lock until the transaction ends, so that two recounts of one bucket (the daily
    /// rebuild on one node, the judging job on another) run one after the other: a recount writes only the rows no roll-up
    /// holds, often none, so the rows' own locks no longer order them, and two overlapping ones would both insert the
    /// bucket's roll-up rows. SQLite has one writer at a time.
    /// </summary>
    private async Task LockAsync(Guid agency, DateTime start, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var key = BitConverter.ToInt64(agency.ToByteArray(), 0) ^ start.Ticks;
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }
    }

    private async Task RecountAsync(Guid agency, DateTime start, CancellationToken cancellationToken)
    {
        var end = Buckets.Next(start);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(agency, start, cancellationToken);
        // Only the rows no roll-up holds as they are are written: the rows once rolled into the bucket that changed since, or
        // that no longer belong to it (a safety net: every change clears the stamp), are released; then its ended and judged
        // rows not stamped are stamped — not one another bucket's roll-up still counts (moved here since), which waits for
        // that bucket's recount to release it.
        await db.MetricDossiers.Where(m => m.RolledAgencyId == agency && m.RolledBucket == start)
            .Where(DossierSets.Or(MetricDossier.IsUnrolled, DossierSets.Not(DossierSets.And(m => m.ResolvingAgencyId == agency && m.ReceivedAt >= start && m.ReceivedAt < end, Rollable))))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.RolledAgencyId, (Guid?)null).SetProperty(m => m.RolledBucket, (DateTime?)null).SetProperty(m => m.RolledSequence, (int?)null), cancellationToken);
        await db.MetricDossiers.Where(m => m.ResolvingAgencyId == agency && m.ReceivedAt >= start && m.ReceivedAt < end).Where(Rollable).Where(MetricDossier.IsUnrolled)
            .Where(m => m.RolledBucket == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.RolledAgencyId, agency).SetProperty(m => m.RolledBucket, start).SetProperty(m => m.RolledSequence, m => (int?)m.CapturedSequence), cancellationToken);
        var rows = await db.MetricDossiers.AsNoTracking()
            .Where(m => m.RolledAgencyId == agency && m.RolledBucket == start && m.RolledSequence == m.CapturedSequence).ToListAsync(cancellationToken);
        await db.MetricDossierRollups.Where(r => r.ResolvingAgencyId == agency && r.ReceivedAt == start).ExecuteDeleteAsync(cancellationToken);
        await db.MetricProcedureRollups.Where(r => r.ResolvingAgencyId == agency && r.ReceivedAt == start).ExecuteDeleteAsync(cancellationToken);
        await db.MetricStatisticsRollups.Where(r => r.ResolvingAgencyId == agency && r.ReceivedAt == start).ExecuteDeleteAsync(cancellationToken);
        db.MetricDossierRollups.AddRange(MetricDossierRollup.Of(agency, start, rows, Buckets));
        db.MetricProcedureRollups.AddRange(MetricProcedureRollup.Of(agency, start, rows));
        db.MetricStatisticsRollups.AddRange(MetricStatisticsRollup.Of(agency, start, rows.Select(AsFact), EndedTally, Buckets));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await transaction.CommitAsync(cancellationToken);
    }
}
