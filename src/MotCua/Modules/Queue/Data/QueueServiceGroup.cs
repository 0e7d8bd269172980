using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Queue.Data;

/// <summary>A service group of a one-stop desk's queue (nhóm lĩnh vực at the ticket kiosk): its tickets carry its letter.</summary>
internal sealed class QueueServiceGroup
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; }

    public Guid AgencyId { get; set; }

    public Agency? Agency { get; set; }

    /// <summary>The letter the group's ticket numbers start with (A, B…), unique within the agency.</summary>
    public string Letter { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Position on the kiosk.</summary>
    public int Position { get; set; }

    public bool IsActive { get; set; } = true;
}

internal sealed class QueueServiceGroupConfiguration : IEntityTypeConfiguration<QueueServiceGroup>
{
    public void Configure(EntityTypeBuilder<QueueServiceGroup> builder)
    {
        builder.ToTable("QueueServiceGroups");
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Letter).HasMaxLength(2);
        builder.Property(g => g.Name).HasMaxLength(QueueServiceGroup.NameMaxLength);
        builder.HasIndex(g => new { g.AgencyId, g.Letter }).IsUnique();
        builder.HasOne(g => g.Agency).WithMany().HasForeignKey(g => g.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
