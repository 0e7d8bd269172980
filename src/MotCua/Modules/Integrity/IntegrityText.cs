namespace MotCua.Modules.Integrity;

/// <summary>Marker for the Integrity module's UI strings (IntegrityText.resx, IntegrityText.en.resx).</summary>
internal sealed class IntegrityText;
