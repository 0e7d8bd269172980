using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using MotCua.Common.Data;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>
/// Writes the facts rows a dossier change overwrites (tracked as modified by <see cref="MetricFactsHandler"/>) as upserts
/// (<see cref="MetricFactsUpsert"/>) at the start of the save, in the save's transaction (ADR-049): an update of a row that
/// does not exist would fail the whole save as a concurrency conflict. When the caller has no transaction, one is opened
/// here and committed with the save; when it has, a savepoint is taken. A failed save undoes the upserts, so the dossier
/// change and its facts are saved together or not at all.
/// The same transaction carries the facts that follow rows of other aggregates (ADR-049, "Facts from other aggregates"):
/// when the save adds, changes or removes an <see cref="IDossierFactsSource"/> (a fee request, a result file, a rating),
/// the dossier's <see cref="DossierOutsideFacts"/> are read back and written once Entity Framework has written the save
/// (a task, <see cref="IDossierStepsSource"/>, has its dossier's steps written again only — a new one's step row in the
/// save itself);
/// when it changes the catalogue, the facts of the versions it touches (<see cref="ProcedureVersionFactsWriter"/>); the
/// dossier's steps (a task is such a row) are written again with them (<see cref="Evaluation.StepFacts"/>, ADR-058).
/// </summary>
/// <remarks>
/// Entity Framework tells a failed save to <see cref="SaveChangesFailedAsync"/>, rolls a concurrency conflict back to
/// its savepoint (<see cref="IDbTransactionInterceptor.RolledBackToSavepointAsync"/>), and tells nothing when an
/// interceptor after this one throws:
/// then the transaction opened here is rolled back by the next save of the context, or when the context is reset or disposed.
/// </remarks>
internal sealed class MetricFactsSaves(TimeProvider clock, DossierStepFacts steps) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private const string Savepoint = "MetricFacts";

    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && (Overwritten(context).Count > 0 || Sources<IDossierFactsSource>(context, s => s.DossierId).Count > 0
            || Sources<IDossierStepsSource>(context, s => s.DossierId).Count > 0 || ProcedureVersionFacts.Pending(context) is not null))
        {
            throw new InvalidOperationException("Dossier facts are written by SaveChangesAsync only; save a dossier change asynchronously.");
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext db)
        {
            return result;
        }

        // A save of this context that never reached its end (an interceptor after this one threw) is undone first.
        await UndoAsync(db, restore: true, cancellationToken);
        if (result.HasResult)
        {
            return result;
        }

        var entries = Overwritten(db);
        var outside = Sources<IDossierFactsSource>(db, s => s.DossierId);
        // A dossier whose save only adds tasks gets their step rows in the same save (a dossier received: no read, no
        // savepoint); one whose tasks change, or whose outside facts do, has its steps read back and written after it.
        var tasks = StepSources(db);
        var stepped = tasks.Where(t => !t.New).Select(t => t.Source.DossierId).Union(outside).ToList();
        var added = tasks.Where(t => t.New && !stepped.Contains(t.Source.DossierId)).Select(t => t.Source).ToList();
        if (added.Count > 0)
        {
            // A save tried again finds its step rows listed already.
            var listed = PendingChanges.Entries<Evaluation.Data.MetricDossierStep>(db).Select(e => e.Entity).Concat(db.NewRows.OfType<Evaluation.Data.MetricDossierStep>())
                .Select(r => r.TaskId).ToHashSet();
            foreach (var step in await steps.OfNewAsync(added, cancellationToken))
            {
                if (!listed.Contains(step.TaskId))
                {
                    db.AddNew(Evaluation.Data.MetricDossierStep.Of(step));
                }
            }
        }

        var catalog = ProcedureVersionFacts.Pending(db);
        if (entries.Count == 0 && stepped.Count == 0 && catalog is null)
        {
            return result;
        }

        var database = db.Database;
        var owned = database.CurrentTransaction is null ? await database.BeginTransactionAsync(cancellationToken) : null;
        var pending = new Pending(owned ?? database.CurrentTransaction!, owned is not null, [.. entries.Select(e => e.Entity)], outside, stepped, catalog);
        _pending.AddOrUpdate(db, pending);
        try
        {
            if (owned is null)
            {
                await pending.Transaction.CreateSavepointAsync(Savepoint, cancellationToken);
            }

            await MetricFactsUpsert.WriteAsync(db, pending.Rows, cancellationToken);
        }
        catch
        {
            await UndoAsync(db, restore: false, CancellationToken.None);
            throw;
        }

        foreach (var entry in entries)
        {
            entry.State = EntityState.Detached;
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext context && _pending.TryGetValue(context, out var pending))
        {
            try
            {
                // Read after Entity Framework wrote the save, in its transaction: the owners' answers include this save's rows.
                if (pending.Outside.Count > 0)
                {
                    await DossierOutsideFacts.WriteAsync(context, await DossierOutsideFacts.ReadAsync(context, pending.Outside, cancellationToken), cancellationToken);
                }

                await Evaluation.StepFacts.RefreshAsync(context, steps, pending.Stepped, cancellationToken);

                if (pending.Catalog is { } catalog)
                {
                    await ProcedureVersionFactsWriter.WriteAsync(
                        context, catalog.VersionIds, await ProcedureVersionFacts.OfAsync(context, catalog, cancellationToken), clock.GetUtcNow().UtcDateTime, cancellationToken);
                }
            }
            catch
            {
                await UndoAsync(context, restore: false, CancellationToken.None);
                throw;
            }

            _pending.Remove(context);
            if (pending.Owned)
            {
                await pending.Transaction.CommitAsync(cancellationToken);
                await pending.Transaction.DisposeAsync();
            }
            else
            {
                await pending.Transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
            }
        }

        return result;
    }

    /// <summary>
    /// A concurrency conflict reaches no failure callback: Entity Framework rolls the save back to its own savepoint and
    /// throws. That rollback is the moment to undo the upserts (the rows stay out of the unit of work, which the caller
    /// drops after a conflict).
    /// </summary>
    async Task IDbTransactionInterceptor.RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken) =>
        await UndoAsync(eventData.Context, restore: false, cancellationToken);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        UndoAsync(eventData.Context, restore: true, cancellationToken);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        UndoAsync(eventData.Context, restore: true, CancellationToken.None);

    private static List<EntityEntry<MetricDossier>> Overwritten(DbContext context) =>
        [.. PendingChanges.Entries<MetricDossier>(context).Where(e => e.State == EntityState.Modified)];

    /// <summary>The tasks the save adds (new), changes or removes.</summary>
    private static List<(IDossierStepsSource Source, bool New)> StepSources(DbContext context) =>
        [.. PendingChanges.Entries(context).Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is IDossierStepsSource).Select(e => ((IDossierStepsSource)e.Entity, e.State == EntityState.Added))
            .Concat(context is AppDbContext { NewRows: { Count: > 0 } rows } ? rows.OfType<IDossierStepsSource>().Select(s => (s, true)) : [])];

    /// <summary>The dossiers whose rows of type <typeparamref name="TSource"/> the save adds, changes or removes.</summary>
    private static List<Guid> Sources<TSource>(DbContext context, Func<TSource, Guid> dossier) =>
        [.. PendingChanges.Entries(context).Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity).OfType<TSource>()
            .Concat(context is AppDbContext { NewRows: { Count: > 0 } rows } ? rows.OfType<TSource>() : [])
            .Select(dossier).Distinct()];

    /// <summary>Rolls back what the pending save of <paramref name="context"/> wrote here, and (<paramref name="restore"/>) tracks its rows as modified again.</summary>
    private async Task UndoAsync(DbContext? context, bool restore, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        _pending.Remove(context);
        if (context.Database.CurrentTransaction == pending.Transaction)
        {
            if (pending.Owned)
            {
                await pending.Transaction.RollbackAsync(cancellationToken);
                await pending.Transaction.DisposeAsync();
            }
            else
            {
                await pending.Transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
            }
        }

        if (restore)
        {
            // The caller finds the rows as it left them: saved by its next attempt, or dropped with the unit of work.
            foreach (var row in pending.Rows.Where(r => context.Entry(r).State == EntityState.Detached))
            {
                context.Entry(row).State = EntityState.Modified;
            }
        }
    }

    /// <param name="Transaction">The transaction the upserts ran in.</param>
    /// <param name="Owned">Opened here (committed with the save) rather than the caller's (a savepoint).</param>
    /// <param name="Outside">The dossiers whose facts from other aggregates are written after the save.</param>
    /// <param name="Stepped">The dossiers whose step facts are written again after the save (a task changed, or an outside fact).</param>
    /// <param name="Catalog">What the save changes in the catalogue, whose versions' facts are written after it.</param>
    private sealed record Pending(IDbContextTransaction Transaction, bool Owned, List<MetricDossier> Rows, List<Guid> Outside, List<Guid> Stepped, CatalogChange? Catalog);
}
