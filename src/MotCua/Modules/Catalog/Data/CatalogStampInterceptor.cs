using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MotCua.Common.Data;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Catalog.Data;

/// <summary>
/// Renews the <see cref="CatalogStamp"/> in every save that adds, changes or removes data the public search shows
/// (ADR-008); drops this node's <see cref="PublishedVersionCache"/> at once (ADR-018).
/// </summary>
internal sealed class CatalogStampInterceptor(PublishedVersionCache versions) : StampInterceptor<CatalogStamp>
{
    protected override bool ChangesStampedData(DbContext context) => PendingChanges.Entries(context).Any(IsCatalogChange);

    protected override void ForgetLocalCopy() => versions.Forget();

    private static bool IsCatalogChange(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is Procedure or ProcedureVersion or ProcedureVersionAgency or ProcedureVersionLevel or ProcedureField
            or Agency or AdministrativeLevel;
}
