namespace MotCua.Modules.Dossiers.Online;

/// <summary>Marker for the online services' UI strings (OnlineText.resx, OnlineText.en.resx).</summary>
internal sealed class OnlineText;
