using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>
/// Brings the facts rows up to date with the dossiers (ADR-049): writes a row for every dossier that has none (received
/// before the module existed, or its row deleted) and rewrites the rows captured at an earlier event than the dossier's
/// last. Pages through the dossiers by id with <see cref="DossierFacts.FiguresAsync"/>; each batch is one transaction of
/// upserts that never replace a later capture, so it may run again, or on several nodes at once.
/// </summary>
internal sealed class MetricsRebuild(AppDbContext db, DossierFacts dossiers, TimeProvider clock)
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
            var captured = await db.MetricDossiers.AsNoTracking().Where(m => ids.Contains(m.DossierId))
                .ToDictionaryAsync(m => m.DossierId, m => m.CapturedSequence, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var behind = batch.Where(f => !captured.TryGetValue(f.DossierId, out var sequence) || sequence < f.Sequence)
                .Select(f => MetricDossier.Of(f, now)).ToList();
            if (behind.Count > 0)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await MetricFactsUpsert.WriteAsync(db, behind, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                written += behind.Count;
            }

            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        return written;
    }
}
