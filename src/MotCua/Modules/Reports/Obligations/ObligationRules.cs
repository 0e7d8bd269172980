using MotCua.Modules.Metrics.Periods;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>The deadline and status rules of report obligations (ADR-060). Pure: dates and instants in, answers out.</summary>
internal static class ObligationRules
{
    /// <summary>The last local day a report on <paramref name="period"/> is on time: the period's last day plus the configured days.</summary>
    // TT 01/2023/TT-BTP Điều 3 (am. TT 19/2025/TT-BTP) [R]: figures to 14/12, due 21/12 — default 7 days (ObligationsOptions).
    public static DateOnly DueOn(ReportPeriod period, int dueDaysAfterPeriodEnd) => period.Last.AddDays(dueDaysAfterPeriodEnd);

    /// <summary>A report arriving at or after <paramref name="dueAt"/> (the end of the due day) is late.</summary>
    public static bool IsLate(DateTime submittedAt, DateTime dueAt) => submittedAt >= dueAt;

    /// <summary>Where an obligation stands at <paramref name="now"/>, from when its report first arrived.</summary>
    public static ObligationStatus Status(DateTime? firstSubmittedAt, DateTime dueAt, DateTime now) => firstSubmittedAt switch
    {
        { } at => IsLate(at, dueAt) ? ObligationStatus.SubmittedLate : ObligationStatus.Submitted,
        null when now >= dueAt => ObligationStatus.Overdue,
        _ => ObligationStatus.NotYetDue,
    };
    /// <summary>
    /// The reminder an obligation is owed at <paramref name="now"/> (local day <paramref name="today"/>), or null: none once the
    /// report arrived; "late" from the end of the due day; "due soon" from <paramref name="daysBefore"/> days before the due day.
    /// Each is sent once (the obligation records it).
    /// </summary>
    // [R] ADR-060 addendum: TT 01/2020/TT-VPCP sets no reminder; the province's office reminds before the deadline and when late.
    public static ObligationReminder? ReminderDue(DateTime? firstSubmittedAt, DateOnly dueOn, DateTime dueAt, DateOnly today, DateTime now, int daysBefore) =>
        firstSubmittedAt is not null ? null
        : now >= dueAt ? ObligationReminder.Late
        : today >= dueOn.AddDays(-daysBefore) ? ObligationReminder.DueSoon
        : null;
}

/// <summary>Which reminder an agency gets about an obligation.</summary>
internal enum ObligationReminder
{
    /// <summary>The due day is near and nothing has arrived.</summary>
    DueSoon,

    /// <summary>The due day has passed and nothing has arrived.</summary>
    Late,
}
