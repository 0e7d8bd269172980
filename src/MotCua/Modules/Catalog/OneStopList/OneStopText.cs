namespace MotCua.Modules.Catalog.OneStopList;

/// <summary>The one-stop list's strings (OneStopText.resx, Vietnamese; OneStopText.en.resx, English).</summary>
internal sealed class OneStopText;
