using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Metrics.Periods;

namespace MotCua.Modules.Reports.Obligations.Data;

/// <summary>
/// One line of the province's reporting schedule (ADR-060): <see cref="AgencyId"/> owes a report of <see cref="Kind"/>
/// every <see cref="Frequency"/> (quarter, half-year, year), its period cut by <see cref="Calendar"/>. Set by a province
/// officer; obligations are generated from the active lines. A line is switched off, never deleted, so what was generated stays explained.
/// </summary>
internal sealed class ReportSchedule
{
    private ReportSchedule()
    {
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public ReportKind Kind { get; private set; }

    public PeriodKind Frequency { get; private set; }

    public PeriodCalendarKind Calendar { get; private set; }

    public bool IsActive { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public string ChangedByName { get; private set; } = "";

    /// <summary>The frequencies a schedule may have: the periodic reports are quarterly, half-yearly or yearly (reporting-control-feedback §A2).</summary>
    public static bool IsScheduleFrequency(PeriodKind kind) => kind is PeriodKind.Quarter or PeriodKind.HalfYear or PeriodKind.Year;

    public static ReportSchedule Add(Guid agencyId, ReportKind kind, PeriodKind frequency, PeriodCalendarKind calendar, string byName, DateTime at)
    {
        if (!IsScheduleFrequency(frequency))
        {
            throw new ArgumentException("A schedule is quarterly, half-yearly or yearly.", nameof(frequency));
        }

        return new ReportSchedule
        {
            Id = Guid.CreateVersion7(), AgencyId = agencyId, Kind = kind, Frequency = frequency, Calendar = calendar, IsActive = true,
            ChangedAt = at, ChangedByName = byName,
        };
    }

    /// <summary>Switches the line on or off; <paramref name="calendar"/> replaces the calendar when switched on again.</summary>
    public void Set(bool active, PeriodCalendarKind calendar, string byName, DateTime at)
    {
        IsActive = active;
        Calendar = calendar;
        ChangedAt = at;
        ChangedByName = byName;
    }
}

internal sealed class ReportScheduleConfiguration : IEntityTypeConfiguration<ReportSchedule>
{
    public void Configure(EntityTypeBuilder<ReportSchedule> builder)
    {
        builder.ToTable("ReportSchedules");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Calendar).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.ChangedByName).HasMaxLength(200);
        builder.HasIndex(s => new { s.AgencyId, s.Kind, s.Frequency }).IsUnique().HasDatabaseName("IX_ReportSchedules_Agency_Kind_Frequency");
    }
}
