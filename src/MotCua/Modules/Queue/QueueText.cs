namespace MotCua.Modules.Queue;

/// <summary>Marker for the queue's UI strings (QueueText.resx, QueueText.en.resx).</summary>
internal sealed class QueueText;
