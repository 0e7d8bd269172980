using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Evaluation.Data;
using MotCua.Modules.Metrics.Facts;

namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>
/// Keeps the steps' facts (<see cref="MetricDossierStep"/>, ADR-058): the rows of the given dossiers are replaced by their
/// steps as the Dossiers module answers them (<see cref="DossierStepFacts"/>), on the context's connection and in its
/// current transaction — the save that changed the tasks (<see cref="MetricFactsSaves"/>) or a rebuild batch.
/// </summary>
internal static class StepFacts
{
    /// <summary>Replaces the rows of <paramref name="dossierIds"/> by <paramref name="steps"/> (theirs); returns how many dossiers were written.</summary>
    public static async Task<int> WriteAsync(AppDbContext db, IReadOnlyCollection<Guid> dossierIds, IReadOnlyCollection<DossierStepFigures> steps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (dossierIds.Count == 0)
        {
            return 0;
        }

        await db.MetricDossierSteps.Where(s => dossierIds.Contains(s.DossierId)).ExecuteDeleteAsync(cancellationToken);
        await MetricFactsUpsert.InsertAsync(db, [.. steps.Select(MetricDossierStep.Of)], cancellationToken);
        return dossierIds.Count;
    }

    /// <summary>Reads the steps of <paramref name="dossierIds"/> and writes them.</summary>
    public static async Task<int> RefreshAsync(AppDbContext db, DossierStepFacts source, IReadOnlyCollection<Guid> dossierIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return dossierIds.Count == 0 ? 0 : await WriteAsync(db, dossierIds, await source.OfAsync(db, dossierIds, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The rebuild (ADR-058): pages through the dossiers that have steps or rows and rewrites those whose rows differ
    /// from their steps (missing, changed, or of tasks that no longer exist); returns how many dossiers were rewritten.
    /// </summary>
    public static async Task<int> RebuildAsync(AppDbContext db, DossierStepFacts source, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var written = 0;
        var after = Guid.Empty;
        while (true)
        {
            var withSteps = await DossierStepFacts.DossiersWithStepsAsync(db, after, batchSize, cancellationToken);
            var until = withSteps.Count == batchSize ? withSteps[^1] : (Guid?)null;
            var stored = await db.MetricDossierSteps.AsNoTracking().Where(s => s.DossierId > after && (until == null || s.DossierId <= until)).ToListAsync(cancellationToken);
            var ids = withSteps.Union(stored.Select(s => s.DossierId)).ToList();
            var fresh = await source.OfAsync(db, ids, cancellationToken);
            var expected = fresh.ToLookup(f => f.DossierId);
            var actual = stored.Select(s => s.Figures()).ToLookup(f => f.DossierId);
            var differing = ids.Where(id => !expected[id].OrderBy(f => f.TaskId).SequenceEqual(actual[id].OrderBy(f => f.TaskId))).ToList();
            if (differing.Count > 0)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                written += await WriteAsync(db, differing, [.. fresh.Where(f => differing.Contains(f.DossierId))], cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            if (until is not { } last)
            {
                return written;
            }

            after = last;
        }
    }
}
