namespace MotCua.Modules.Metrics;

/// <summary>The Metrics module's texts (MetricsText.resx, Vietnamese; MetricsText.en.resx, English).</summary>
internal sealed class MetricsText;
