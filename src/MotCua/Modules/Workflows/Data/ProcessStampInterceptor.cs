using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MotCua.Common.Data;

namespace MotCua.Modules.Workflows.Data;

/// <summary>
/// Renews the <see cref="ProcessStamp"/> in every save that adds, changes or removes an approved or superseded process
/// version (an approval supersedes the version in force), on whichever node saves it (ADR-018). Editing a draft leaves
/// the stamp alone: no dossier can run on a draft. Drops this node's in-force lists at once.
/// </summary>
internal sealed class ProcessStampInterceptor(ApprovedProcessCache cache) : StampInterceptor<ProcessStamp>
{
    protected override bool ChangesStampedData(DbContext context) => PendingChanges.Entries<ProcessDefinition>(context).Any(IsInForceChange);

    protected override void ForgetLocalCopy() => cache.Forget();

    private static bool IsInForceChange(EntityEntry<ProcessDefinition> entry) =>
        entry.State switch
        {
            EntityState.Added => entry.Entity.Status != ProcessStatus.Draft,
            EntityState.Modified or EntityState.Deleted =>
                entry.Entity.Status != ProcessStatus.Draft || entry.Property(p => p.Status).OriginalValue != ProcessStatus.Draft,
            _ => false,
        };
}
