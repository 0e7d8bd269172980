using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Organization.Data;

/// <summary>
/// A level of government (cấp hành chính) as data: since 1/7/2025 local government has two levels (tỉnh, xã);
/// the district level (huyện) stays representable for historic records with its end date.
/// </summary>
internal sealed class AdministrativeLevel
{
    public Guid Id { get; set; }

    /// <summary>Stable code: <c>BO</c> (ministry), <c>TINH</c>, <c>HUYEN</c>, <c>XA</c>.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public int SortOrder { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}

internal sealed class AdministrativeLevelConfiguration : IEntityTypeConfiguration<AdministrativeLevel>
{
    public void Configure(EntityTypeBuilder<AdministrativeLevel> builder)
    {
        builder.ToTable("AdministrativeLevels");
        builder.Property(l => l.Code).HasMaxLength(20);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.HasIndex(l => l.Code).IsUnique();
    }
}
