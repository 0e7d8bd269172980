using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Common.Time;
using MotCua.Modules.Metrics.Periods;

namespace MotCua.Modules.Reports.Obligations.Data;

/// <summary>
/// What one agency owes for one period (ADR-060): a report of <see cref="Kind"/> for the period from <see cref="PeriodFirst"/>
/// to <see cref="PeriodLast"/>, due by the end of <see cref="DueOn"/> (local day). Generated once per agency, kind and period
/// (a unique index), so generating again adds nothing. <see cref="FirstSubmittedAt"/> is when the report first arrived: it
/// decides on time or late; later submissions (bổ sung, thay thế) keep their own instants.
/// </summary>
internal sealed class ReportObligation
{
    private ReportObligation()
    {
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public ReportKind Kind { get; private set; }

    public PeriodKind Frequency { get; private set; }

    public PeriodCalendarKind Calendar { get; private set; }

    /// <summary>The statutory cut-off day the period was cut with (0 for a calendar period).</summary>
    public int CutOffDay { get; private set; }

    public int PeriodYear { get; private set; }

    /// <summary>Quarter 1–4, half 1–2; 0 for a year.</summary>
    public int PeriodNumber { get; private set; }

    public DateOnly PeriodFirst { get; private set; }

    public DateOnly PeriodLast { get; private set; }

    /// <summary>The last local day the report is on time.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>The instant the due day ends (UTC): a report arriving at or after it is late.</summary>
    public DateTime DueAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? FirstSubmittedAt { get; private set; }

    /// <summary>Renewed at every change of the obligation or its draft: a form posted with an older value is refused.</summary>
    public Guid Revision { get; private set; }

    /// <summary>When the agency was reminded that the due day is near (once; ADR-060 addendum).</summary>
    public DateTime? RemindedSoonAt { get; private set; }

    /// <summary>When the agency was reminded that the report is late (once).</summary>
    public DateTime? RemindedLateAt { get; private set; }

    public ReportPeriod Period => ReportPeriods.Of(
        Frequency, PeriodYear, PeriodNumber, Calendar == PeriodCalendarKind.Statutory ? PeriodCalendar.Statutory(CutOffDay) : PeriodCalendar.Calendar);

    public static ReportObligation Generate(Guid agencyId, ReportKind kind, ReportPeriod period, DateOnly dueOn, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(), AgencyId = agencyId, Kind = kind, Frequency = period.Kind, Calendar = period.Calendar.Kind,
        CutOffDay = period.Calendar.CutOffDay, PeriodYear = period.Year, PeriodNumber = period.Number, PeriodFirst = period.First,
        PeriodLast = period.Last, DueOn = dueOn, DueAt = VietnamTime.EndOfLocalDayUtc(dueOn), CreatedAt = at, Revision = Guid.CreateVersion7(),
    };

    /// <summary>Where the obligation stands at <paramref name="now"/>.</summary>
    public ObligationStatus StatusAt(DateTime now) => ObligationRules.Status(FirstSubmittedAt, DueAt, now);

    /// <summary>Records a change of the draft: the revision moves so that a form read before it is refused.</summary>
    public void Touch() => Revision = Guid.CreateVersion7();

    /// <summary>Records that the reminder of <paramref name="reminder"/> was sent at <paramref name="at"/>; a later "due soon" is pointless once late.</summary>
    public void MarkReminded(ObligationReminder reminder, DateTime at)
    {
        if (reminder == ObligationReminder.Late)
        {
            RemindedLateAt ??= at;
        }

        RemindedSoonAt ??= at;
    }

    /// <summary>Records a submission at <paramref name="at"/>; the first one fixes on time or late.</summary>
    public void Submitted(DateTime at)
    {
        FirstSubmittedAt ??= at;
        Touch();
    }
}

internal sealed class ReportObligationConfiguration : IEntityTypeConfiguration<ReportObligation>
{
    public void Configure(EntityTypeBuilder<ReportObligation> builder)
    {
        builder.ToTable("ReportObligations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Calendar).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Revision).IsConcurrencyToken();
        builder.Ignore(o => o.Period);
        builder.HasIndex(o => new { o.AgencyId, o.Kind, o.PeriodFirst, o.PeriodLast }).IsUnique().HasDatabaseName("IX_ReportObligations_Agency_Kind_Period");
        builder.HasIndex(o => new { o.PeriodYear, o.Frequency, o.PeriodNumber }).HasDatabaseName("IX_ReportObligations_Period");
        builder.HasIndex(o => o.DueAt).HasDatabaseName("IX_ReportObligations_DueAt");
    }
}
