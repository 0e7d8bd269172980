namespace MotCua.Modules.Fees;

/// <summary>Marker for the Fees module's UI strings (FeesText.resx, FeesText.en.resx).</summary>
internal sealed class FeesText;
