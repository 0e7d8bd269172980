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
        return calendar.WorkingDaysBefore(VietnamTime.LocalDate(dossierDue), policy.ExtensionNoticeWorkingDays);
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
                ResourceText.Get<ProcessingText>("Rule_ExtensionTooLate", policy.ExtensionNoticeWorkingDays, TimeDisplay.Show(lastDate)));
        }

        // A rescheduled return date only makes sense after the current one.
        if (newDue <= dossierDue)
        {
            return TimeRuleNames.Broken(
                TimeRuleNames.ExtensionNotLater,
                ResourceText.Get<ProcessingText>("Rule_ExtensionNotLater", TimeDisplay.Show(dossierDue)));
        }

        return null;
    }
}
