namespace MotCua.Modules.Feedback.Book;

/// <summary>Marker for the PAKN book's strings (FeedbackBookText.resx, FeedbackBookText.en.resx).</summary>
internal sealed class FeedbackBookText;
