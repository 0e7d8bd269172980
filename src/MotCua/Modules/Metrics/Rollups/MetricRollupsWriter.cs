using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Rollups.Data;

namespace MotCua.Modules.Metrics.Rollups;

/// <summary>
/// Keeps the roll-ups (ADR-061) after the judging job: recounts each bucket (competent agency × half-month of reception)
/// that is dirty — a row rolled into it has been captured or changed since (<see cref="MetricDossier.IsUnrolled"/>) — or
/// that holds ended and judged rows never rolled up. A bucket is recounted in one transaction: the ended and judged rows that
/// belong to it and no roll-up holds are stamped with its key and their sequence (which, on PostgreSQL, locks them until the
/// commit), the rows once rolled into it that belong elsewhere now are released, and its roll-up rows are replaced by the
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

    private async Task RecountAsync(Guid agency, DateTime start, CancellationToken cancellationToken)
    {
        var end = Buckets.Next(start);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only the rows no roll-up holds are written: the bucket's ended and judged rows are stamped — unless another bucket's
        // roll-up still counts them (moved here since), which waits for that bucket's recount to release them — then the rows
        // once rolled into it that belong elsewhere now (reopened, moved to another agency or half-month) are released.
        await db.MetricDossiers.Where(m => m.ResolvingAgencyId == agency && m.ReceivedAt >= start && m.ReceivedAt < end).Where(Rollable).Where(MetricDossier.IsUnrolled)
            .Where(m => m.RolledBucket == null || (m.RolledAgencyId == agency && m.RolledBucket == start))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.RolledAgencyId, agency).SetProperty(m => m.RolledBucket, start).SetProperty(m => m.RolledSequence, m => (int?)m.CapturedSequence), cancellationToken);
        await db.MetricDossiers.Where(m => m.RolledAgencyId == agency && m.RolledBucket == start).Where(MetricDossier.IsUnrolled)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.RolledAgencyId, (Guid?)null).SetProperty(m => m.RolledBucket, (DateTime?)null), cancellationToken);
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
