using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Dossiers.Data;

/// <summary>
/// Seals the history events of every dossier being saved (ADR-027): the key is a service, so sealing happens here rather
/// than in the dossier's methods, and links each event to the one saved before it.
/// </summary>
internal sealed class DossierChainSealer(AuditKeyRing keys) : SavingInterceptor
{
    protected override void Saving(DbContext context)
    {
        foreach (var dossier in PendingChanges.Entities<Dossier>(context))
        {
            dossier.SealNewEvents(keys);
        }

        // An event whose dossier is not saved with it would be stored without a seal and break the chain for good.
        if (PendingChanges.Added<DossierEvent>(context).Any(e => !e.IsSealed))
        {
            throw new InvalidOperationException("A dossier event is being saved without its dossier; save the dossier that recorded it in the same unit of work.");
        }
    }
}
