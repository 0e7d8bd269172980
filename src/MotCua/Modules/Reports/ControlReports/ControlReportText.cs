namespace MotCua.Modules.Reports.ControlReports;

/// <summary>The control report's texts (ControlReportText.resx, Vietnamese; ControlReportText.en.resx, English).</summary>
internal sealed class ControlReportText;
