using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MotCua.Modules.Organization.Data;

/// <summary>Drops this node's <see cref="OrganizationNames"/> when a save adds, changes or removes an agency or a unit.</summary>
internal sealed class OrganizationNamesInterceptor(OrganizationNames names) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _saving = [];
    private int _pending;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Saved(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return Task.CompletedTask;
    }

    private void Saving(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is Agency or Unit))
        {
            names.Invalidate();
            _saving.AddOrUpdate(context, names);
            Interlocked.Increment(ref _pending);
        }
    }

    // Once more after the save: a request that read the names while this save was under way may have kept the old ones.
    // The counter spares every other save the table's lock.
    private void Saved(DbContext? context)
    {
        if (context is not null && Volatile.Read(ref _pending) > 0 && _saving.Remove(context))
        {
            Interlocked.Decrement(ref _pending);
            names.Invalidate();
        }
    }
}
