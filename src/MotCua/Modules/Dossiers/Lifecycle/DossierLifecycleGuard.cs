using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers.Lifecycle;

/// <summary>
/// Refuses, in every environment, to save a new dossier event that the lifecycle handlers were not told of (ADR-038):
/// an event added straight to the context would leave the applicant, the citizen's inbox and the metrics without it.
/// </summary>
internal sealed class DossierLifecycleGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is not null
            && PendingChanges.Entries<DossierEvent>(context).FirstOrDefault(e => e.State == EntityState.Added && !e.Entity.IsFollowed) is { } missed)
        {
            throw new InvalidOperationException(
                $"Dossier event {missed.Entity.Action} of {missed.Entity.DossierId} is being saved without the lifecycle handlers; stage it with DossierLifecycle.Stage.");
        }
    }
}
