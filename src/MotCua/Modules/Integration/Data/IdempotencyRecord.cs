using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Integration.Data;

/// <summary>
/// The first answer to a request sent with an <c>Idempotency-Key</c>: a retry with the same key and body gets this answer
/// again instead of creating a second dossier. Saved in the transaction that creates the dossier.
/// </summary>
internal sealed class IdempotencyRecord
{
    public const int MaxKeyLength = 100;

    public Guid Id { get; set; }

    /// <summary>The calling service account: keys are unique per caller.</summary>
    public string ClientId { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>SHA-256 of the request body: the same key with another body is refused.</summary>
    public string RequestHash { get; set; } = "";

    public int StatusCode { get; set; }

    public string ResponseJson { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.ClientId).HasMaxLength(100);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.HasIndex(r => new { r.ClientId, r.Key }).IsUnique();
    }
}
