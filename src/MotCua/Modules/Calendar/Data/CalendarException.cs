using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Calendar.Data;

/// <summary>
/// A yearly exception to the rule-based calendar (ngày nghỉ lễ, nghỉ bù, hoán đổi ngày làm việc, ngày Tết do Thủ tướng
/// quyết định), for the whole province (<see cref="AgencyId"/> null) or one agency, with its legal reference.
/// </summary>
internal sealed class CalendarException
{
    public const int NameMaxLength = 200;
    public const int LegalReferenceMaxLength = 300;

    public Guid Id { get; set; }

    public DateOnly Date { get; set; }

    public CalendarExceptionKind Kind { get; set; }

    /// <summary>The agency the exception applies to; null = every agency of the province.</summary>
    public Guid? AgencyId { get; set; }

    public Agency? Agency { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The document that decides the exception, e.g. "Công văn 9859/VPCP-KGVX/2025".</summary>
    public string LegalReference { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? UpdatedAtUtc { get; set; }
}

internal sealed class CalendarExceptionConfiguration : IEntityTypeConfiguration<CalendarException>
{
    public void Configure(EntityTypeBuilder<CalendarException> builder)
    {
        builder.ToTable("CalendarExceptions");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Name).HasMaxLength(CalendarException.NameMaxLength);
        builder.Property(e => e.LegalReference).HasMaxLength(CalendarException.LegalReferenceMaxLength);
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.HasIndex(e => e.Date);
        builder.HasOne(e => e.Agency).WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
