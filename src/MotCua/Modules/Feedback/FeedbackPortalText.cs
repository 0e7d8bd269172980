namespace MotCua.Modules.Feedback;

/// <summary>Marker for the strings of the citizen's Feedback pages (FeedbackPortalText.resx, FeedbackPortalText.en.resx).</summary>
internal sealed class FeedbackPortalText;
