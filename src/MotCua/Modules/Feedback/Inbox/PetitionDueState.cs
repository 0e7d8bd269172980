using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Flow;

namespace MotCua.Modules.Feedback.Inbox;

/// <summary>Where a PAKN stands against its running processing or publication deadline (names in FeedbackStaffText <c>Due_*</c>).</summary>
internal enum PetitionDueState
{
    /// <summary>No obligation runs (closed, or waiting for the sender).</summary>
    None,
    InTime,
    DueSoon,
    Overdue,
}

internal static class PetitionDueStates
{
    /// <summary>
    /// The instant up to which a running deadline counts as due soon: <see cref="FeedbackDeadlineOptions.RemindBeforeDays"/>
    /// working days from now on the agency's calendar (ADR-046 §4, house practice).
    /// </summary>
    public static DateTime DueSoonUntil(PetitionClock clock, DateTime now) => clock.DueAfter(now, clock.Limits.RemindBeforeDays);

    public static PetitionDueState Of(DateTime? due, DateTime now, DateTime dueSoonUntil) => due switch
    {
        null => PetitionDueState.None,
        { } d when now > d => PetitionDueState.Overdue,
        { } d when d <= dueSoonUntil => PetitionDueState.DueSoon,
        _ => PetitionDueState.InTime,
    };

    /// <summary>Which obligation <see cref="Petition.DueAt"/> is: publication once the answer is approved, processing before.</summary>
    public static PetitionDeadlineKind RunningKind(PetitionStatus status) =>
        status == PetitionStatus.AwaitingPublication ? PetitionDeadlineKind.Publish : PetitionDeadlineKind.Process;
}
