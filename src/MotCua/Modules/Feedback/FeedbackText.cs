namespace MotCua.Modules.Feedback;

/// <summary>Marker for the Feedback module's strings (FeedbackText.resx, FeedbackText.en.resx).</summary>
internal sealed class FeedbackText;
