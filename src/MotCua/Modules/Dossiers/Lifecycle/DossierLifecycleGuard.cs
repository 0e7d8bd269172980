using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers.Lifecycle;

/// <summary>
/// Refuses, in every environment, to save a new dossier event that the lifecycle handlers were not told of (ADR-038):
/// an event added straight to the context would leave the applicant, the citizen's inbox and the metrics without it.
/// </summary>
internal sealed class DossierLifecycleGuard : SavingInterceptor
{
    protected override void Saving(DbContext context)
    {
        if (PendingChanges.Added<DossierEvent>(context).FirstOrDefault(e => !e.IsFollowed) is { } missed)
        {
            throw new InvalidOperationException(
                $"Dossier event {missed.Action} of {missed.DossierId} is being saved without the lifecycle handlers; stage it with DossierLifecycle.Stage.");
        }
    }
}
