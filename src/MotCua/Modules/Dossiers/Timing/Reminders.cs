using MotCua.Modules.Calendar;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>What a reminder should say about a due instant.</summary>
internal enum ReminderState
{
    /// <summary>Nothing to remind.</summary>
    None,

    /// <summary>Sắp đến hạn: at most the policy's working hours are left.</summary>
    DueSoon,

    /// <summary>Quá hạn: the due instant has passed.</summary>
    Overdue,
}

/// <summary>The due-soon / overdue predicate behind reminders and the officers' lists.</summary>
internal static class Reminders
{
    /// <summary>
    /// <see cref="ReminderState.Overdue"/> when <paramref name="now"/> is after <paramref name="due"/>;
    /// <see cref="ReminderState.DueSoon"/> when the working time left is at most <see cref="DossierTimePolicy.DueSoonWorkingHours"/>;
    /// otherwise <see cref="ReminderState.None"/>.
    /// </summary>
    public static ReminderState Classify(BusinessCalendar calendar, DateTimeOffset now, DateTimeOffset due, DossierTimePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(policy);
        if (now > due)
        {
            return ReminderState.Overdue;
        }

        var left = calendar.WorkingTimeBetween(now, due).Duration;
        return left <= TimeSpan.FromHours(policy.DueSoonWorkingHours) ? ReminderState.DueSoon : ReminderState.None;
    }
}
