using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Common.Data;
using MotCua.Modules.Organization.ServiceAccounts;

namespace MotCua.Modules.Organization.Data;

/// <summary>
/// Drops this node's <see cref="OrganizationNames"/> and <see cref="ApiKeyCache"/> when a save adds, changes or removes an
/// agency, a unit or a service account (ADR-018, ADR-012).
/// </summary>
internal sealed class OrganizationNamesInterceptor(OrganizationNames names, ApiKeyCache keys) : SavingInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _saving = [];
    private int _pending;

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

    protected override void Saving(DbContext context)
    {
        if (PendingChanges.Entries(context).Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is Agency or Unit or ServiceAccount))
        {
            Invalidate();
            _saving.AddOrUpdate(context, keys);
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
            Invalidate();
        }
    }

    private void Invalidate()
    {
        names.Invalidate();
        keys.Invalidate();
    }
}
