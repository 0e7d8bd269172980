using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Dossiers.Data;

/// <summary>
/// Seals the history events of every dossier being saved (ADR-027): the key is a service, so sealing happens here rather
/// than in the dossier's methods, and links each event to the one saved before it.
/// </summary>
internal sealed class DossierChainSealer(AuditKeyRing keys) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Seal(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Seal(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Seal(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<Dossier>())
        {
            entry.Entity.SealNewEvents(keys);
        }
    }
}
