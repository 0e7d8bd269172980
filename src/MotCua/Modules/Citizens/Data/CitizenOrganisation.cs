using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Citizens.Data;

/// <summary>
/// An enterprise, cooperative or other organisation that files dossiers through its members' accounts. The member who
/// registers it is its first manager; managers invite and remove members.
/// </summary>
internal sealed class CitizenOrganisation
{
    public const int NameMaxLength = 300;

    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Mã số doanh nghiệp / mã số thuế: 10 digits, or 10-3 for a branch; unique.</summary>
    public string TaxCode { get; set; } = "";

    public string? Address { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<OrganisationMember> Members { get; } = [];
}

/// <summary>A citizen account acting for an organisation.</summary>
internal sealed class OrganisationMember
{
    public Guid OrganisationId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>A manager invites and removes members; an organisation always keeps at least one.</summary>
    public bool IsManager { get; set; }

    public DateTime JoinedAt { get; set; }
}

internal sealed class CitizenOrganisationConfiguration : IEntityTypeConfiguration<CitizenOrganisation>
{
    public void Configure(EntityTypeBuilder<CitizenOrganisation> builder)
    {
        builder.ToTable("CitizenOrganisations");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(CitizenOrganisation.NameMaxLength);
        builder.Property(o => o.TaxCode).HasMaxLength(14);
        builder.Property(o => o.Address).HasMaxLength(CitizenProfile.AddressMaxLength);
        builder.HasIndex(o => o.TaxCode).IsUnique();
        builder.HasMany(o => o.Members).WithOne().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrganisationMemberConfiguration : IEntityTypeConfiguration<OrganisationMember>
{
    public void Configure(EntityTypeBuilder<OrganisationMember> builder)
    {
        builder.ToTable("OrganisationMembers");
        builder.HasKey(m => new { m.OrganisationId, m.UserId });
        builder.HasIndex(m => m.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
