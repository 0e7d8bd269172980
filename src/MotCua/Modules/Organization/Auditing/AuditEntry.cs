using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Organization.Auditing;

/// <summary>
/// One administrative change: who did what to which record, and when (UTC). The entries form one keyed chain (ADR-027):
/// each is sealed with an HMAC over its content and the previous entry's seal; <see cref="AuditChainHead"/> holds the end.
/// </summary>
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

    /// <summary>1 for the first entry of the chain, then +1; null only for an entry written before the chain existed and not yet sealed.</summary>
    public long? Sequence { get; private set; }

    public string? PreviousHash { get; private set; }

    /// <summary>The id of the key (<see cref="AuditKeyRing"/>) the entry was sealed with.</summary>
    public string? KeyId { get; private set; }

    /// <summary>HMAC-SHA256 (hex) of the entry's fields, its key id and the previous entry's seal.</summary>
    public string? Hash { get; private set; }

    /// <summary>Appends the entry at the end of the chain and moves the head past it.</summary>
    public void Seal(AuditChainHead head, AuditKeyRing keys)
    {
        Sequence = head.Count + 1;
        PreviousHash = head.LastHash;
        KeyId = keys.CurrentId;
        Hash = ComputeHash(keys.Current);
        head.Advance(this, keys);
    }

    public string ComputeHash(byte[] key)
    {
        using var c = new Canonical("audit-entry/1");
        c.Add(Id);
        c.Add(AtUtc);
        c.Add(UserId);
        c.Add(UserName);
        c.Add(Action);
        c.Add(EntityType);
        c.Add(EntityId);
        c.Add(Summary);
        c.Add(Sequence ?? 0);
        c.Add(KeyId);
        c.Add(PreviousHash);
        return c.Hmac(key);
    }
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
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.KeyId).HasMaxLength(AuditKeyRing.MaxIdLength);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => e.AtUtc);
        // Two saves that append at once cannot both take the same place in the chain.
        builder.HasIndex(e => e.Sequence).IsUnique();
    }
}
