using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Metrics.Rollups.Data;

/// <summary>
/// The one row saying how the stored roll-ups were split into buckets: the statutory cut-off day
/// (<see cref="MetricsOptions.StatutoryCutOffDay"/>) they were counted with (ADR-061, addendum 07/12/2026). When the
/// setting no longer says the same, every roll-up is counted again by the judging job, and readers take none until then.
/// </summary>
internal sealed class MetricRollupStamp
{
    /// <summary>The key of the one row.</summary>
    public const int Only = 1;

    private MetricRollupStamp()
    {
    }

    public int Id { get; private set; }

    public int CutOffDay { get; private set; }

    public static MetricRollupStamp Of(int cutOffDay) => new() { Id = Only, CutOffDay = cutOffDay };

    /// <summary>The roll-ups are being counted again with <paramref name="cutOffDay"/>.</summary>
    public void CountWith(int cutOffDay) => CutOffDay = cutOffDay;
}

internal sealed class MetricRollupStampConfiguration : IEntityTypeConfiguration<MetricRollupStamp>
{
    public void Configure(EntityTypeBuilder<MetricRollupStamp> builder)
    {
        builder.ToTable("MetricRollupStamps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
