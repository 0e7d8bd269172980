using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Organization.Auditing;

/// <summary>One administrative change: who did what to which record, and when (UTC).</summary>
internal sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTime AtUtc { get; set; }

    public Guid? UserId { get; set; }

    public string UserName { get; set; } = "";

    /// <summary>Stable action name, e.g. <c>AgencyCreated</c>, <c>PersonLocked</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>Entity type name, e.g. <c>Agency</c>, <c>Unit</c>, <c>AppUser</c>.</summary>
    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    /// <summary>Human-readable description of the change; personal numbers are masked (<see cref="AuditMask"/>).</summary>
    public string Summary { get; set; } = "";
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(60);
        builder.Property(e => e.EntityType).HasMaxLength(60);
        builder.Property(e => e.EntityId).HasMaxLength(100);
        builder.Property(e => e.Summary).HasMaxLength(2000);
        builder.HasIndex(e => e.AtUtc);
    }
}
