using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Catalog.Data;

/// <summary>A field (lĩnh vực) of the national catalogue, e.g. <c>Hộ tịch</c>, <c>Việc làm</c>.</summary>
internal sealed class ProcedureField
{
    public Guid Id { get; set; }

    /// <summary>Stable code, e.g. <c>HOTICH</c>.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;
}

internal sealed class ProcedureFieldConfiguration : IEntityTypeConfiguration<ProcedureField>
{
    public void Configure(EntityTypeBuilder<ProcedureField> builder)
    {
        builder.ToTable("ProcedureFields");
        builder.Property(f => f.Code).HasMaxLength(20);
        builder.Property(f => f.Name).HasMaxLength(300);
        builder.HasIndex(f => f.Code).IsUnique();
    }
}
