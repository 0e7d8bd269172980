namespace MotCua.Modules.Integration;

/// <summary>Marker for the Integration module's UI strings (IntegrationText.resx, IntegrationText.en.resx).</summary>
internal sealed class IntegrationText;
