using MotCua.Common.Errors;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>Rescheduling the return date of a dossier that will be late (văn bản xin lỗi và hẹn lại ngày trả kết quả).</summary>
internal static class ExtensionRules
{
    /// <summary>
    /// The last local date on which an extension of a dossier due at <paramref name="dossierDue"/> may be asked for: the
    /// policy's number of working days before the due date (any time that day); the due date itself when the notice is 0.
    /// </summary>
    public static DateOnly LastRequestDate(BusinessCalendar calendar, DateTimeOffset dossierDue, DossierTimePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(policy);
        return WorkingTimeMath.WorkingDaysBefore(calendar, VietnamTime.LocalDate(dossierDue), policy.ExtensionNoticeWorkingDays);
    }

    /// <summary>
    /// Null when the return date of a dossier currently due at <paramref name="dossierDue"/>, rescheduled
    /// <paramref name="previousExtensions"/> times already, may be moved to <paramref name="newDue"/> by a request made at
    /// <paramref name="requestedAt"/>; otherwise the first broken rule (count, then notice, then the new date).
    /// </summary>
    public static RuleFailure? Check(
        BusinessCalendar calendar, DateTimeOffset dossierDue, DateTimeOffset requestedAt, DateTimeOffset newDue, int previousExtensions, DossierTimePolicy policy)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(previousExtensions);
        ArgumentNullException.ThrowIfNull(policy);

        // NĐ 61/2018 Điều 19 khoản 9: the return date may be rescheduled no more than once.
        if (previousExtensions >= policy.MaxExtensions)
        {
            return TimeRuleNames.Broken(
                TimeRuleNames.ExtensionLimit,
                policy.MaxExtensions switch
                {
                    0 => ResourceText.Get<ProcessingText>("Rule_ExtensionNotAllowed"),
                    1 => ResourceText.Get<ProcessingText>("Rule_ExtensionOnce"),
                    _ => ResourceText.Get<ProcessingText>("Rule_ExtensionAtMost", policy.MaxExtensions),
                });
        }

        // NĐ 61/2018 Điều 19 khoản 9: the apology and new date are sent at least 01 day before the due date (working days here).
        var lastDate = LastRequestDate(calendar, dossierDue, policy);
        if (VietnamTime.LocalDate(requestedAt) > lastDate)
        {
            return TimeRuleNames.Broken(
                TimeRuleNames.ExtensionTooLate,
                ResourceText.Get<ProcessingText>("Rule_ExtensionTooLate", policy.ExtensionNoticeWorkingDays, WorkingTimeMath.Show(lastDate)));
        }

        // A rescheduled return date only makes sense after the current one.
        if (newDue <= dossierDue)
        {
            return TimeRuleNames.Broken(
                TimeRuleNames.ExtensionNotLater,
                ResourceText.Get<ProcessingText>("Rule_ExtensionNotLater", WorkingTimeMath.Show(dossierDue)));
        }

        return null;
    }
}

/// <summary>Why a dossier's due date changed.</summary>
internal enum DueDateChangeKind
{
    /// <summary>Hẹn lại ngày trả kết quả after an apology (NĐ 61/2018 Điều 19 khoản 9).</summary>
    Extension,

    /// <summary>A supplement during processing was completed and the clock restarted or paused (Điều 19 khoản 4).</summary>
    Supplement,
}

/// <summary>One change of the due date.</summary>
internal sealed record DueDateChange(DueDateChangeKind Kind, DateTimeOffset At, DateTimeOffset PreviousDue, DateTimeOffset NewDue);

/// <summary>
/// The original due date kept beside every later one (legal-rules §4: store the original and the new due date). The
/// national statistic is measured against <see cref="Original"/> (<see cref="ForStatistic"/>): an extension is an apology
/// for a dossier that is late (Điều 19 khoản 9 "đối với hồ sơ quá hạn"), and the statistic applies its own pause for
/// supplements from the supplement intervals.
/// </summary>
internal sealed record DueDateHistory(DateTimeOffset Original, IReadOnlyList<DueDateChange> Changes)
{
    /// <summary>A history that starts with the due date computed at receipt.</summary>
    public static DueDateHistory Start(DateTimeOffset due) => new(due.ToUniversalTime(), []);

    /// <summary>The due date now shown to the applicant.</summary>
    public DateTimeOffset Current => Changes.Count == 0 ? Original : Changes[^1].NewDue;

    /// <summary>How many times the return date was rescheduled.</summary>
    public int Extensions => Changes.Count(c => c.Kind == DueDateChangeKind.Extension);

    /// <summary>The due date given to <see cref="OnTimeStatistic"/> (NgayHenTra): the original, never moved by an extension or a supplement.</summary>
    public DateTimeOffset ForStatistic => Original;

    /// <summary>Reschedules the return date, or throws the broken rule (<see cref="ExtensionRules.Check"/>).</summary>
    public DueDateHistory Extend(BusinessCalendar calendar, DateTimeOffset requestedAt, DateTimeOffset newDue, DossierTimePolicy policy)
    {
        if (ExtensionRules.Check(calendar, Current, requestedAt, newDue, Extensions, policy) is { } broken)
        {
            throw broken.ToException();
        }

        return this with { Changes = [.. Changes, new DueDateChange(DueDateChangeKind.Extension, requestedAt.ToUniversalTime(), Current, newDue.ToUniversalTime())] };
    }

    /// <summary>Records the due date set after a completed supplement (<see cref="SupplementClock.NewDueDate"/>).</summary>
    public DueDateHistory AfterSupplement(DateTimeOffset completedAt, DateTimeOffset newDue) =>
        this with { Changes = [.. Changes, new DueDateChange(DueDateChangeKind.Supplement, completedAt.ToUniversalTime(), Current, newDue.ToUniversalTime())] };
}
