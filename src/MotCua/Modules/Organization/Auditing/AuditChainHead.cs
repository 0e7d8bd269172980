using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Organization.Auditing;

/// <summary>
/// The end of the admin audit chain (one row): how many entries it holds and the last seal, itself sealed, so removing
/// entries from the end and rolling the count back needs the key. It also records whether the one-time sealing of the
/// histories written before the keyed chain (ADR-027) has finished.
/// </summary>
internal sealed class AuditChainHead
{
    public const int TheId = 1;

    /// <summary>The "previous hash" of the first entry of any chain.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditChainHead()
    {
    }

    public int Id { get; private set; }

    /// <summary>How many entries the chain holds.</summary>
    public long Count { get; private set; }

    public string LastHash { get; private set; } = GenesisHash;

    /// <summary>True once the dossier histories written before the keyed chain were sealed (<c>LegacyChainSeal</c>).</summary>
    public bool HistoriesSealed { get; private set; }

    public string KeyId { get; private set; } = "";

    /// <summary>
    /// HMAC-SHA256 (hex) of the count, the last seal and the flag. Every change renews it, so as the concurrency token it
    /// keeps two saves from both moving the head from the same state.
    /// </summary>
    public string Hash { get; private set; } = "";

    public static AuditChainHead Start(AuditKeyRing keys)
    {
        var head = new AuditChainHead { Id = TheId };
        head.Reseal(keys);
        return head;
    }

    public void Advance(AuditEntry entry, AuditKeyRing keys)
    {
        Count = entry.Sequence!.Value;
        LastHash = entry.Hash!;
        Reseal(keys);
    }

    public void MarkHistoriesSealed(AuditKeyRing keys)
    {
        HistoriesSealed = true;
        Reseal(keys);
    }

    /// <summary>True when the head's seal verifies with the key it names.</summary>
    public bool IsIntact(AuditKeyRing keys) => keys.Find(KeyId) is { } key && ComputeHash(key) == Hash;

    private void Reseal(AuditKeyRing keys)
    {
        KeyId = keys.CurrentId;
        Hash = ComputeHash(keys.Current);
    }

    private string ComputeHash(byte[] key)
    {
        using var c = new Canonical("audit-head/1");
        c.Add(Count);
        c.Add(LastHash);
        c.Add(HistoriesSealed);
        c.Add(KeyId);
        return c.Hmac(key);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("AuditChainHeads");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(64);
        builder.Property(h => h.KeyId).HasMaxLength(AuditKeyRing.MaxIdLength);
        builder.Property(h => h.Hash).HasMaxLength(64).IsConcurrencyToken();
    }
}
