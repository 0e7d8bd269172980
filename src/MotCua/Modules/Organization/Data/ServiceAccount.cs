using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Organization.Data;

/// <summary>
/// An integrating system (a dossier import, another agency's software) acting for one agency with an API key (ADR-012).
/// Only the key's public id and a hash of its secret are stored; the key itself is shown once, at creation.
/// </summary>
internal sealed class ServiceAccount
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The agency the account acts for; it sees and changes only that agency's data.</summary>
    public Guid AgencyId { get; set; }

    public Agency? Agency { get; set; }

    /// <summary>The non-secret part of the key (<c>mc_&lt;public id&gt;_&lt;secret&gt;</c>), used to find the account and in logs.</summary>
    public string PublicId { get; set; } = "";

    /// <summary>SHA-256 of the key's secret part.</summary>
    public byte[] SecretHash { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>Last successful use, refreshed at most once a minute.</summary>
    public DateTime? LastUsedAtUtc { get; set; }

    public DateTime? ExpiresAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public string? RevokedBy { get; set; }

    public bool IsRevoked => RevokedAtUtc is not null;

    public bool IsExpiredAt(DateTime nowUtc) => ExpiresAtUtc is { } expires && expires <= nowUtc;
}

internal sealed class ServiceAccountConfiguration : IEntityTypeConfiguration<ServiceAccount>
{
    public void Configure(EntityTypeBuilder<ServiceAccount> builder)
    {
        builder.ToTable("ServiceAccounts");
        builder.Property(s => s.Name).HasMaxLength(ServiceAccount.NameMaxLength);
        builder.Property(s => s.PublicId).HasMaxLength(32);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.Property(s => s.RevokedBy).HasMaxLength(256);
        builder.Ignore(s => s.IsRevoked);
        builder.HasIndex(s => s.PublicId).IsUnique();
        builder.HasIndex(s => s.AgencyId);
        builder.HasOne(s => s.Agency).WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
