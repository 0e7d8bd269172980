using MotCua.Common.Documents.Xlsx;
using MotCua.Common.Localization;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Periods;

namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>The evaluation as .xlsx: a sheet of the units ranked, and one of the officers the reader may see (ADR-058).</summary>
internal static class EvaluationXlsx
{
    /// <summary>Rows before each table's header: title, period, blank.</summary>
    public const int HeadingRows = 3;

    public static byte[] Write(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var all = Enum.GetValues<EvaluationIndicator>();
        List<XlsxRow> units =
        [
            new([T("Units_Title")], Bold: true),
            new([report.Period.Label]),
            new([]),
            new([T("Col_Rank"), T("Col_Unit"), T("Col_Dossiers"), .. all.Select(i => (object?)T("Col_Indicator", (int)i)), T("Col_Total"), T("Col_Rating")], Bold: true),
        ];
        units.AddRange(report.Units.Select(r => new XlsxRow(
        [
            r.Rank == 0 ? null : r.Rank, r.Item.AgencyName, r.Item.Dossiers, .. r.Item.Indicators.Select(f => (object?)f.Figure.Points),
            r.Item.Total, r.Item.Evaluation is { } e ? IndexModel.RatingText(e.Rating) : ResourceText.Get<EvaluationText>("NotEvaluated"),
        ])));
        List<XlsxRow> officers =
        [
            new([T("Officers_Title")], Bold: true),
            new([report.Period.Label]),
            new([]),
            new([T("Col_Rank"), T("Col_Officer"), T("Col_OfficerUnit"), T("Col_Dossiers"), .. EvaluationAggregation.PerDossier.Select(i => (object?)T("Col_Indicator", (int)i)), T("Col_Total"), T("Col_Band")], Bold: true),
        ];
        officers.AddRange(report.Officers.Select(r => new XlsxRow(
        [
            r.Rank == 0 ? null : r.Rank, r.Item.Name, r.Item.AgencyName + (r.Item.UnitName is { } u ? " — " + u : ""), r.Item.Dossiers,
            .. r.Item.Indicators.Select(f => (object?)f.Points), r.Item.Total, r.Item.Evaluation is { } e ? IndexModel.BandText(e.Band) : null,
        ])));
        return XlsxWriter.Write([new XlsxSheet(T("Xlsx_Units"), units), new XlsxSheet(T("Xlsx_Officers"), officers)]);
    }

    public static string FileName(ReportPeriod period) => $"danh-gia-tt01-{Live766Xlsx.PeriodPart(period)}.xlsx";

    private static string T(string name, params object[] arguments) => ResourceText.Get<EvaluationText>(name, arguments);
}
