using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Dossiers.Integrity;

/// <summary>
/// A day's anchor (ADR-027): the ends of every dossier history and of the admin audit chain folded into one hash, sealed
/// and linked to the previous anchor. A copy leaves the database (e-mail to the system administrators, a file), so a
/// later rewrite of the database can be compared with what was recorded outside it.
/// </summary>
internal sealed class AuditAnchor
{
    private AuditAnchor()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The local (UTC+7) day the anchor stands for.</summary>
    public DateOnly Day { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public int DossierCount { get; private set; }

    /// <summary>The events of all dossiers together.</summary>
    public long EventCount { get; private set; }

    /// <summary>SHA-256 fold, in dossier id order, of each dossier's id, event count and last seal (<see cref="ChainFold"/>).</summary>
    public string DossierRoot { get; private set; } = "";

    public long AuditCount { get; private set; }

    public string AuditHead { get; private set; } = "";

    public string PreviousHash { get; private set; } = AuditChainHead.GenesisHash;

    public string KeyId { get; private set; } = "";

    /// <summary>HMAC-SHA256 (hex) of everything above.</summary>
    public string Hash { get; private set; } = "";

    public static AuditAnchor Create(DateOnly day, DateTime createdAt, ChainFold dossiers, long auditCount, string auditHead, string previousHash, AuditKeyRing keys)
    {
        var anchor = new AuditAnchor
        {
            Id = Guid.CreateVersion7(),
            Day = day,
            CreatedAt = createdAt,
            DossierCount = dossiers.Count,
            EventCount = dossiers.Events,
            DossierRoot = dossiers.Root,
            AuditCount = auditCount,
            AuditHead = auditHead,
            PreviousHash = previousHash,
            KeyId = keys.CurrentId,
        };
        anchor.Hash = anchor.ComputeHash(keys.Current);
        return anchor;
    }

    public string ComputeHash(byte[] key)
    {
        using var c = new Canonical("audit-anchor/1");
        c.Add(Day);
        c.Add(CreatedAt);
        c.Add(DossierCount);
        c.Add(EventCount);
        c.Add(DossierRoot);
        c.Add(AuditCount);
        c.Add(AuditHead);
        c.Add(PreviousHash);
        c.Add(KeyId);
        return c.Hmac(key);
    }

    /// <summary>The text that leaves the database: enough to compare a later state with, and the seal.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"MotCua audit anchor {Day:yyyy-MM-dd}");
        text.AppendLine(CultureInfo.InvariantCulture, $"created-at: {CreatedAt:yyyy-MM-ddTHH:mm:ss.ffffffZ}");
        text.AppendLine(CultureInfo.InvariantCulture, $"dossiers: {DossierCount}");
        text.AppendLine(CultureInfo.InvariantCulture, $"dossier-events: {EventCount}");
        text.AppendLine(CultureInfo.InvariantCulture, $"dossier-root: {DossierRoot}");
        text.AppendLine(CultureInfo.InvariantCulture, $"audit-entries: {AuditCount}");
        text.AppendLine(CultureInfo.InvariantCulture, $"audit-head: {AuditHead}");
        text.AppendLine(CultureInfo.InvariantCulture, $"previous-anchor: {PreviousHash}");
        text.AppendLine(CultureInfo.InvariantCulture, $"key-id: {KeyId}");
        text.AppendLine(CultureInfo.InvariantCulture, $"hmac-sha256: {Hash}");
        return text.ToString();
    }
}

internal sealed class AuditAnchorConfiguration : IEntityTypeConfiguration<AuditAnchor>
{
    public void Configure(EntityTypeBuilder<AuditAnchor> builder)
    {
        builder.ToTable("AuditAnchors");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => a.Day).IsUnique();
        builder.Property(a => a.DossierRoot).HasMaxLength(64);
        builder.Property(a => a.AuditHead).HasMaxLength(64);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.KeyId).HasMaxLength(AuditKeyRing.MaxIdLength);
        builder.Property(a => a.Hash).HasMaxLength(64);
    }
}
