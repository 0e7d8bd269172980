using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Catalog.Data;

/// <summary>
/// Renews the <see cref="CatalogStamp"/> in every save that adds, changes or removes data the public search shows, so the
/// stamp moves in the same transaction as the data on whichever node saves it (ADR-008); drops this node's
/// <see cref="PublishedVersionCache"/> at once (ADR-018).
/// </summary>
internal sealed class CatalogStampInterceptor(PublishedVersionCache versions) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        RenewIfCatalogChanged(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RenewIfCatalogChanged(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void RenewIfCatalogChanged(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries().Any(IsCatalogChange))
        {
            return;
        }

        var entry = context.ChangeTracker.Entries<CatalogStamp>().FirstOrDefault() ?? context.Attach(new CatalogStamp());
        entry.Entity.Renew();
        entry.State = EntityState.Modified;
        // This node's next lookup reads the stamp again rather than trusting its last read for up to a second.
        versions.Forget();
    }

    private static bool IsCatalogChange(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is Procedure or ProcedureVersion or ProcedureVersionAgency or ProcedureVersionLevel or ProcedureField
            or Agency or AdministrativeLevel;
}
