namespace MotCua.Modules.Dossiers;

/// <summary>Marker for the Dossiers module's UI strings (DossiersText.resx, DossiersText.en.resx).</summary>
internal sealed class DossiersText;
