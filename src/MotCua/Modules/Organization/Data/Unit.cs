using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Organization.Data;

/// <summary>A unit (phòng, ban) inside an agency.</summary>
internal sealed class Unit
{
    public Guid Id { get; set; }

    public Guid AgencyId { get; set; }

    public Agency? Agency { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsActive { get; set; } = true;
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("Units");
        builder.Property(u => u.Code).HasMaxLength(50);
        builder.Property(u => u.Name).HasMaxLength(300);
        builder.HasIndex(u => new { u.AgencyId, u.Code }).IsUnique();
        builder.HasOne(u => u.Agency).WithMany(a => a.Units).HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
