namespace MotCua.Modules.Feedback.PublishedAnswers;

/// <summary>Marker for the strings of the public answer pages and the review proposals (FeedbackPublicText.resx, FeedbackPublicText.en.resx).</summary>
internal sealed class FeedbackPublicText;
