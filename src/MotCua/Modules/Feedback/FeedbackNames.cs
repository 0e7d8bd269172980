using MotCua.Common.Localization;

namespace MotCua.Modules.Feedback;

/// <summary>The Vietnamese (or English) names of the Feedback module's values, from FeedbackText.</summary>
internal static class FeedbackNames
{
    public static string Status(PetitionStatus status) => ResourceText.Get<FeedbackText>("Status_" + status);

    public static string Action(PetitionAction action) => ResourceText.Get<FeedbackText>("Action_" + action);

    public static string Category(PetitionCategory category) => ResourceText.Get<FeedbackText>("Category_" + category);

    public static string Channel(PetitionChannel channel) => ResourceText.Get<FeedbackText>("Channel_" + channel);

    public static string Refusal(RefusalReason reason) => ResourceText.Get<FeedbackText>("Refusal_" + reason);

    public static string Grounds(PetitionGrounds grounds) => ResourceText.Get<FeedbackText>("Grounds_" + grounds);

    public static string Outcome(PetitionOutcome outcome) => ResourceText.Get<FeedbackText>("Outcome_" + outcome);

    /// <summary>The allowed actions as one phrase, or the resource for "none".</summary>
    public static string Actions(IReadOnlyList<PetitionAction> actions) =>
        actions.Count == 0 ? ResourceText.Get<FeedbackText>("Actions_None") : string.Join(", ", actions.Select(Action));
}
