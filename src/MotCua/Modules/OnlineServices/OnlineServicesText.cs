namespace MotCua.Modules.OnlineServices;

/// <summary>Marker for the online services' UI strings (OnlineServicesText.resx, OnlineServicesText.en.resx).</summary>
internal sealed class OnlineServicesText;
