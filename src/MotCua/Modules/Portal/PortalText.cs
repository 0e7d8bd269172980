namespace MotCua.Modules.Portal;

/// <summary>Marker for the online services' UI strings (PortalText.resx, PortalText.en.resx).</summary>
internal sealed class PortalText;
