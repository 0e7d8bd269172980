using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>When a supplement (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) may still be requested during processing.</summary>
internal static class SupplementWindow
{
    /// <summary>
    /// The last instant at which a supplement may be requested: the policy's working days after the dossier's effective
    /// start, computed like a due date with the procedure's cut-off when it applies to the dossier (null otherwise, ADR-032).
    /// </summary>
    public static DateTimeOffset Closes(BusinessCalendar calendar, DateTimeOffset receivedAt, TimeOnly? cutoff, DossierTimePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(policy);
        return calendar.AddWorkingDays(receivedAt, policy.SupplementWindowWorkingDays, cutoff).Due.ToUniversalTime();
    }

    /// <summary>
    /// Null when a supplement may be requested at <paramref name="requestedAt"/> for a dossier received at
    /// <paramref name="receivedAt"/> that has had <paramref name="previousRequests"/> requests during processing;
    /// otherwise the broken rule.
    /// </summary>
    public static RuleFailure? Check(
        BusinessCalendar calendar, DateTimeOffset receivedAt, TimeOnly? cutoff, DateTimeOffset requestedAt, int previousRequests, DossierTimePolicy policy)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(previousRequests);
        if (requestedAt < receivedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(requestedAt), "A supplement cannot be requested before the dossier is received.");
        }

        // NĐ 61/2018 Điều 15 khoản 2 and Điều 17: the applicant is told what to supplement once, completely and precisely.
        if (previousRequests >= policy.MaxSupplementRequests)
        {
            return TimeRuleNames.Broken(
                TimeRuleNames.SupplementRequestLimit,
                policy.MaxSupplementRequests == 1
                    ? ResourceText.Get<ProcessingText>("Rule_SupplementOnce")
                    : ResourceText.Get<ProcessingText>("Rule_SupplementAtMost", policy.MaxSupplementRequests));
        }

        // NĐ 61/2018 Điều 19 khoản 4: a supplement is requested within 03 working days of receipt (configurable for NĐ 118/2025).
        var closes = Closes(calendar, receivedAt, cutoff, policy);
        if (requestedAt > closes)
        {
            return TimeRuleNames.Broken(
                TimeRuleNames.SupplementWindowClosed,
                ResourceText.Get<ProcessingText>("Rule_SupplementWindowClosed", policy.SupplementWindowWorkingDays, TimeDisplay.Show(closes)));
        }

        return null;
    }
}
