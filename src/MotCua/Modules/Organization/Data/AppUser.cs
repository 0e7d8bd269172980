using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Organization.Data;

/// <summary>A person who signs in: a citizen, or a staff member scoped to an agency (and unit).</summary>
internal sealed class AppUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";

    /// <summary>Chức vụ, e.g. "Chuyên viên", "Trưởng phòng".</summary>
    public string? Position { get; set; }

    /// <summary>The agency a staff member works for; null for citizens and province-wide accounts.</summary>
    public Guid? AgencyId { get; set; }

    public Agency? Agency { get; set; }

    public Guid? UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>
    /// Locked by an administrator: the lock has no end (set to the largest instant), unlike the lockout after wrong passwords,
    /// which Identity ends after a while — told apart by the end itself, not against a clock Identity does not share.
    /// </summary>
    public bool IsLockedByAdministrator => LockoutEnd is { } end && end > DateTimeOffset.MaxValue.AddYears(-1);
}

internal sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string name) : base(name)
    {
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(200);
        builder.Property(u => u.Position).HasMaxLength(100);
        // Citizens sign in with a confirmed mobile number (AccountLookup).
        builder.HasIndex(u => u.PhoneNumber);
        builder.HasOne(u => u.Agency).WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
