using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MotCua.Modules.Workflows.Data;

/// <summary>
/// Renews the <see cref="ProcessStamp"/> in every save that adds, changes or removes an approved or superseded process
/// version (an approval supersedes the version in force), on whichever node saves it (ADR-018). Editing a draft leaves
/// the stamp alone: no dossier can run on a draft. Drops this node's in-force lists at once.
/// </summary>
internal sealed class ProcessStampInterceptor(ApprovedProcessCache cache) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        RenewIfInForceChanged(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RenewIfInForceChanged(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void RenewIfInForceChanged(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries<ProcessDefinition>().Any(IsInForceChange))
        {
            return;
        }

        var entry = context.ChangeTracker.Entries<ProcessStamp>().FirstOrDefault() ?? context.Attach(new ProcessStamp());
        entry.Entity.Renew();
        entry.State = EntityState.Modified;
        // This node's next lookup reads the stamp again rather than trusting its last read for up to a second.
        cache.Forget();
    }

    private static bool IsInForceChange(EntityEntry<ProcessDefinition> entry) =>
        entry.State switch
        {
            EntityState.Added => entry.Entity.Status != ProcessStatus.Draft,
            EntityState.Modified or EntityState.Deleted =>
                entry.Entity.Status != ProcessStatus.Draft || entry.Property(p => p.Status).OriginalValue != ProcessStatus.Draft,
            _ => false,
        };
}
