namespace MotCua.Modules.Dossiers;

/// <summary>Marker for the UI strings of processing after receipt and of the worklists (ProcessingText.resx, ProcessingText.en.resx).</summary>
internal sealed class ProcessingText;
