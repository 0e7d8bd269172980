using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Metrics.Data;

/// <summary>
/// The fingerprint (<see cref="Facts.CalendarFingerprint"/>) of the calendar an agency's facts rows were last judged with
/// (ADR-049, "Judging"): when the agency's calendar no longer has it, the rows the change reaches are judged again.
/// </summary>
internal sealed class MetricCalendarStamp
{
    public const int FingerprintLength = 2000;

    private MetricCalendarStamp()
    {
    }

    public Guid AgencyId { get; private set; }

    public string Fingerprint { get; private set; } = "";

    public static MetricCalendarStamp Of(Guid agencyId, string fingerprint) => new() { AgencyId = agencyId, Fingerprint = fingerprint };
}

internal sealed class MetricCalendarStampConfiguration : IEntityTypeConfiguration<MetricCalendarStamp>
{
    public void Configure(EntityTypeBuilder<MetricCalendarStamp> builder)
    {
        builder.ToTable("MetricCalendarStamps");
        builder.HasKey(s => s.AgencyId);
        builder.Property(s => s.AgencyId).ValueGeneratedNever();
        builder.Property(s => s.Fingerprint).HasMaxLength(MetricCalendarStamp.FingerprintLength);
    }
}
