namespace MotCua.Modules.Citizens;

/// <summary>Marker for the citizen accounts' UI strings (CitizensText.resx, CitizensText.en.resx).</summary>
internal sealed class CitizensText;
