using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Citizens.Data;

/// <summary>What a citizen account adds to the sign-in account: identity and tax numbers, birth date, address.</summary>
internal sealed class CitizenProfile
{
    public const int AddressMaxLength = 300;

    public Guid UserId { get; set; }

    /// <summary>Số định danh cá nhân (12 digits, on the CCCD / thẻ căn cước).</summary>
    public string? IdentityNumber { get; set; }

    /// <summary>Mã số thuế cá nhân, when different from the identity number.</summary>
    public string? TaxCode { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Address { get; set; }

    /// <summary>
    /// The identity provider that vouched for <see cref="IdentityNumber"/> (e.g. <c>VNeID</c>); null when the citizen
    /// typed it. A vouched number cannot be edited (766 flag <c>TaiKhoanDuocXacThucVoiVNeID</c>).
    /// </summary>
    public string? IdentityVerifiedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class CitizenProfileConfiguration : IEntityTypeConfiguration<CitizenProfile>
{
    public void Configure(EntityTypeBuilder<CitizenProfile> builder)
    {
        builder.ToTable("CitizenProfiles");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.IdentityNumber).HasMaxLength(12);
        builder.Property(p => p.TaxCode).HasMaxLength(14);
        builder.Property(p => p.Address).HasMaxLength(CitizenProfile.AddressMaxLength);
        builder.Property(p => p.IdentityVerifiedBy).HasMaxLength(50);
        builder.HasIndex(p => p.IdentityNumber);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<CitizenProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
