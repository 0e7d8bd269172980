using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>
/// Brings the facts rows up to date with the dossiers and the catalogue (ADR-049): writes a row for every dossier that has
/// none (received before the module existed, or its row deleted), rewrites the rows captured at an earlier event than the
/// dossier's last or counted for another agency than the dossier's competent one (M0044) or holding another history of its appointment (M0051, ADR-064) or of its apologies and extensions (M0054, ADR-066), writes the facts other aggregates hold where they differ (<see cref="DossierOutsideFacts"/>), and
/// rewrites the procedure versions' rows that are missing, differ or belong to no version any more, and the steps' rows that
/// differ from the dossiers' tasks (ADR-058). Pages through the
/// dossiers by id with <see cref="DossierFacts.FiguresAsync"/> and the versions with <see cref="ProcedureVersionFacts.PageAsync"/>;
/// each batch is one transaction of upserts that never replace a later capture, so it may run again, or on several nodes at once.
/// Last, every roll-up bucket is recounted from the facts (ADR-061).
/// </summary>
internal sealed class MetricsRebuild(AppDbContext db, DossierFacts dossiers, DossierStepFacts steps, Rollups.MetricRollupsWriter rollups, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>Rebuilds every row that is missing or behind; returns how many were written.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var written = 0;
        var after = Guid.Empty;
        while (await dossiers.FiguresAsync(after, BatchSize, cancellationToken) is { Count: > 0 } batch)
        {
            after = batch[^1].DossierId;
            var ids = batch.Select(f => f.DossierId).ToList();
            var stored = await db.MetricDossiers.AsNoTracking().Where(m => ids.Contains(m.DossierId)).ToDictionaryAsync(m => m.DossierId, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var outside = await DossierOutsideFacts.ReadAsync(db, ids, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var behind = batch.Where(f => !stored.TryGetValue(f.DossierId, out var row) || row.CapturedSequence < f.Sequence || row.ResolvingAgencyId != f.ResolvingAgencyId
                    || row.Dues != MetricDossier.DuesOf(f) || row.Apologies != MetricDossier.ApologiesOf(f))
                .Select(f => MetricDossier.Of(f, now)).ToList();
            foreach (var row in behind)
            {
                row.Record(outside[row.DossierId]);
            }

            await MetricFactsUpsert.WriteAsync(db, behind, cancellationToken);
            var differing = outside.Where(o => stored.TryGetValue(o.Key, out var row) && row.Outside() != o.Value).ToDictionary();
            await DossierOutsideFacts.WriteAsync(db, differing, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            written += behind.Count + differing.Keys.Count(id => behind.All(b => b.DossierId != id));
            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        written += await RebuildVersionsAsync(cancellationToken) + await Evaluation.StepFacts.RebuildAsync(db, steps, BatchSize, cancellationToken);
        await rollups.RebuildAsync(cancellationToken);
        return written;
    }

    /// <summary>Rewrites the procedure versions' rows that are missing or differ, and deletes those of versions that have no figures any more.</summary>
    private async Task<int> RebuildVersionsAsync(CancellationToken cancellationToken)
    {
        var written = 0;
        var after = Guid.Empty;
        while (true)
        {
            var batch = await ProcedureVersionFacts.PageAsync(db, after, BatchSize, cancellationToken);
            // The stored rows between the last version and the next page's first (or the end) that no version has any more.
            var until = batch.Count == BatchSize ? batch[^1].VersionId : (Guid?)null;
            var stored = await db.MetricProcedureVersions.AsNoTracking()
                .Where(v => v.VersionId > after && (until == null || v.VersionId <= until)).ToListAsync(cancellationToken);
            var storedIds = stored.Select(v => v.VersionId).ToList();
            var agencies = await db.MetricProcedureAgencies.AsNoTracking().Where(a => storedIds.Contains(a.VersionId)).ToListAsync(cancellationToken);
            var current = stored.ToDictionary(v => v.VersionId, v => v.Figures(agencies));
            var changed = batch.Where(f => !current.TryGetValue(f.VersionId, out var was) || !was.SameAs(f)).ToList();
            var gone = storedIds.Except(batch.Select(f => f.VersionId)).ToList();
            if (changed.Count + gone.Count > 0)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await ProcedureVersionFactsWriter.WriteAsync(db, gone, changed, clock.GetUtcNow().UtcDateTime, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                written += changed.Count + gone.Count;
            }

            if (until is not { } last)
            {
                return written;
            }

            after = last;
        }
    }
}
