namespace MotCua.Modules.Reports;

/// <summary>The Reports module's texts (ReportsText.resx, Vietnamese; ReportsText.en.resx, English).</summary>
internal sealed class ReportsText;
