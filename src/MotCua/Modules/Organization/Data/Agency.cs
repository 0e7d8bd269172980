using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Organization.Data;

internal enum AgencyKind
{
    /// <summary>Ủy ban nhân dân (tỉnh, xã, huyện cũ).</summary>
    PeoplesCommittee,

    /// <summary>Sở, ban, ngành.</summary>
    Department,

    /// <summary>Trung tâm Phục vụ hành chính công (NĐ 118/2025 Điều 7–8).</summary>
    ServiceCentre,

    /// <summary>Văn phòng UBND and other offices.</summary>
    Office,

    Other,
}

/// <summary>An agency (cơ quan, đơn vị) of the province, identified by its mã định danh (QĐ 20/2020/QĐ-TTg).</summary>
internal sealed class Agency
{
    public Guid Id { get; set; }

    /// <summary>Mã định danh điện tử, e.g. <c>H99.10</c>; see <see cref="AgencyCode"/>.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? ShortName { get; set; }

    public AgencyKind Kind { get; set; }

    public Guid LevelId { get; set; }

    public AdministrativeLevel? Level { get; set; }

    public Guid? ParentId { get; set; }

    public Agency? Parent { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Changes on every save; a stale value on update means someone else edited the agency meanwhile.</summary>
    public Guid Version { get; set; }

    public List<Unit> Units { get; set; } = [];
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("Agencies");
        builder.Property(a => a.Code).HasMaxLength(AgencyCode.MaxLength);
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.ShortName).HasMaxLength(100);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Address).HasMaxLength(300);
        builder.Property(a => a.Phone).HasMaxLength(30);
        builder.Property(a => a.Email).HasMaxLength(200);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.HasOne(a => a.Level).WithMany().HasForeignKey(a => a.LevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
