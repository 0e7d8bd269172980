using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Rollups.Data;

namespace MotCua.Modules.Metrics.Rollups;

/// <summary>The roll-ups' cut-off stamp and the rows the job rolls up (ADR-061, addendum 07/12/2026).</summary>
internal sealed partial class MetricRollupsWriter
{
    /// <summary>
    /// The ended and judged rows no roll-up holds as they are: what each run looks for, through the partial index of exactly
    /// those rows (<see cref="MetricDossierConfiguration.ToRollIndex"/>), so that a run reads them and not every open row.
    /// </summary>
    public static IQueryable<MetricDossier> ToRoll(IQueryable<MetricDossier> rows) =>
        rows.AsNoTracking().Where(MetricDossier.IsUnrolled).Where(Rollable);

    /// <summary>
    /// When the stored roll-ups were counted with another statutory cut-off than the setting's (or with one not recorded),
    /// their buckets no longer split the periods the readers ask for: in one transaction every roll-up is dropped, every facts
    /// row released and the setting's cut-off stamped, so that this run counts every bucket again, and readers read the
    /// facts until it has. Returns how many facts rows were released.
    /// </summary>
    private async Task<int> CountAgainOnNewCutOffAsync(CancellationToken cancellationToken)
    {
        var cutOff = options.Value.StatutoryCutOffDay;
        var stamp = await db.MetricRollupStamps.SingleOrDefaultAsync(cancellationToken);
        var before = stamp?.CutOffDay;
        if (before == cutOff)
        {
            return 0;
        }

        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(ReleaseTimeout);
        int released;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.MetricDossierRollups.ExecuteDeleteAsync(cancellationToken);
            await db.MetricProcedureRollups.ExecuteDeleteAsync(cancellationToken);
            await db.MetricStatisticsRollups.ExecuteDeleteAsync(cancellationToken);
            released = await db.MetricDossiers.Where(m => m.RolledBucket != null || m.RolledSequence != null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.RolledAgencyId, (Guid?)null).SetProperty(m => m.RolledBucket, (DateTime?)null).SetProperty(m => m.RolledSequence, (int?)null), cancellationToken);
            if (stamp is null)
            {
                db.MetricRollupStamps.Add(MetricRollupStamp.Of(cutOff));
            }
            else
            {
                stamp.CountWith(cutOff);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }

        if (released > 0)
        {
            LogCountedAgain(logger, before, cutOff, released);
        }

        return released;
    }

    /// <summary>
    /// After every facts row went through the partial indexes of the rows not rolled up (released, then stamped again), they
    /// keep the pages of every entry for the few open rows still in them, and PostgreSQL's planner costs an index by its pages:
    /// it would read a period's facts rows instead, seconds for a large province. They are built again, concurrently so that
    /// intake and the readers do not wait (ADR-061, addendum "Compact after a full recount"). SQLite's planner costs an index
    /// by the row counts of <c>ANALYZE</c>, not its pages.
    /// </summary>
    private async Task CompactIndexesAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(ReleaseTimeout);
        try
        {
            foreach (var statement in Reindex)
            {
                await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
            }

            LogCompacted(logger, Reindex.Length);
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or OperationCanceledException)
        {
            // The roll-ups stand; only the planner's costs stay inflated. A rebuild stopped half-way leaves an invalid copy
            // ("…_ccnew") that every write would keep up to date: it is dropped, and the operator told (docs/operations.md).
            foreach (var statement in DropUnfinished)
            {
                await db.Database.ExecuteSqlRawAsync(statement, CancellationToken.None);
            }

            LogNotCompacted(logger, exception);
            if (exception is OperationCanceledException)
            {
                throw;
            }
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    /// <summary>The rebuild of the partial indexes every row enters when released and leaves when stamped.</summary>
    private static readonly string[] Reindex =
    [
        "REINDEX INDEX CONCURRENTLY \"" + MetricDossierConfiguration.UnrolledIndex + "\"",
        "REINDEX INDEX CONCURRENTLY \"" + MetricDossierConfiguration.ToRollIndex + "\"",
        "REINDEX INDEX CONCURRENTLY \"" + MetricDossierConfiguration.DirtyIndex + "\"",
    ];

    /// <summary>The invalid copies a stopped <c>REINDEX … CONCURRENTLY</c> leaves behind.</summary>
    private static readonly string[] DropUnfinished =
    [
        "DROP INDEX CONCURRENTLY IF EXISTS \"" + MetricDossierConfiguration.UnrolledIndex + "_ccnew\"",
        "DROP INDEX CONCURRENTLY IF EXISTS \"" + MetricDossierConfiguration.ToRollIndex + "_ccnew\"",
        "DROP INDEX CONCURRENTLY IF EXISTS \"" + MetricDossierConfiguration.DirtyIndex + "_ccnew\"",
    ];

    /// <summary>How long the statements over every facts row (the release, the indexes' rebuild) may run: minutes at ten million rows, not a request's 30 s.</summary>
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromHours(1);

    /// <summary>Whether the roll-ups may be read for periods split on <paramref name="buckets"/>' cut-off: they were counted with it.</summary>
    public static async Task<bool> CountedWithAsync(AppDbContext db, HalfMonthBuckets buckets, CancellationToken cancellationToken) =>
        await db.MetricRollupStamps.AsNoTracking().AnyAsync(s => s.CutOffDay == buckets.CutOffDay, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "After counting every roll-up again, {Count} partial indexes of the facts rows were built again")]
    private static partial void LogCompacted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "After counting every roll-up again, the partial indexes of the facts rows could not be built again; the 766 pages may read slowly on PostgreSQL until they are (REINDEX INDEX CONCURRENTLY, docs/operations.md)")]
    private static partial void LogNotCompacted(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The roll-ups were counted with the statutory cut-off day {Before} (null: not recorded) and the setting says {After}: {Rows} facts rows released, every bucket is counted again")]
    private static partial void LogCountedAgain(ILogger logger, int? before, int after, int rows);
}
