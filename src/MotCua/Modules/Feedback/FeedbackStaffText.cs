namespace MotCua.Modules.Feedback;

/// <summary>Marker for the strings of Feedback's staff pages and reminders (FeedbackStaffText.resx, FeedbackStaffText.en.resx).</summary>
internal sealed class FeedbackStaffText;
