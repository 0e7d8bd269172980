namespace MotCua.Modules.Metrics.Homes;

/// <summary>The staff homes' texts (HomeText.resx, Vietnamese; HomeText.en.resx, English).</summary>
internal sealed class HomeText;
