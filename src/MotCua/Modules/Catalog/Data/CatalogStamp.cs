using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Common.Data;

namespace MotCua.Modules.Catalog.Data;

/// <summary>
/// The one-row marker of the catalogue's state: every save that touches catalogue data writes a new value in the same
/// transaction, so each app node can tell with one small read whether its in-memory search index is still current (ADR-008).
/// </summary>
internal sealed class CatalogStamp : IStampRow
{
    /// <summary>The key of the only row, inserted by the migration.</summary>
    public const int RowId = 1;

    public int Id { get; private set; } = RowId;

    public Guid Value { get; private set; }

    /// <summary>Marks the catalogue as changed; any new value differs from every value a node may have indexed.</summary>
    public void Renew() => Value = Guid.NewGuid();

    /// <summary>The current value: one primary-key read.</summary>
    public static Task<Guid> ReadAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.CatalogStamps.AsNoTracking().Where(s => s.Id == RowId).Select(s => s.Value).SingleAsync(cancellationToken);
}

internal sealed class CatalogStampConfiguration : IEntityTypeConfiguration<CatalogStamp>
{
    public void Configure(EntityTypeBuilder<CatalogStamp> builder)
    {
        builder.ToTable("CatalogStamps");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
