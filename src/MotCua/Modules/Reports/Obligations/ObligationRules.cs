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
}
