using MotCua.Common.Documents.Xlsx;
using MotCua.Common.Localization;
using MotCua.Modules.Metrics.Periods;

namespace MotCua.Modules.Metrics.Live.Rankings;

/// <summary>The ranking as .xlsx: a heading (title, period, order), then one row per agency: hạng, cơ quan, tổng điểm, each nhóm.</summary>
internal static class RankingXlsx
{
    /// <summary>Rows before the table's header.</summary>
    public const int HeadingRows = 4;

    public static byte[] Write(Ranking766 ranking)
    {
        List<XlsxRow> sheet =
        [
            new([T("Title")], Bold: true),
            new([ranking.Period.Label]),
            new([Order(ranking)]),
            new([]),
            new([T("Col_Rank"), T("Col_Agency"), T("Col_Total", Points(ranking.MaxTotal)), .. ranking.Groups.Select(g => (object?)T("Col_Group", g.Group, Points(g.MaxPoints))), T("Col_Level")], Bold: true),
        ];
        // The rank is within the agency's cấp (the last column): communes are ranked among communes.
        sheet.AddRange(ranking.Rows.Select(r => new XlsxRow([r.Rank, r.AgencyName, r.Total, .. r.Groups.Select(p => (object?)p), r.LevelName])));
        return XlsxWriter.Write([new XlsxSheet("xep-hang", sheet, [8, 48, 14, .. ranking.Groups.Select(_ => 12d), 14])]);
    }

    public static string FileName(ReportPeriod period) => $"xep-hang-chi-so-766-{Live766Xlsx.PeriodPart(period)}.xlsx";

    /// <summary>What the ranking is ordered by, in words.</summary>
    public static string Order(Ranking766 ranking) =>
        ranking.ByGroup is { } group ? T("Order_Group", group, ranking.Groups.First(g => g.Group == group).Name) : T("Order_Total");

    private static string Points(decimal value) => Scoring766.Score766Display.Points(value, System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    private static string T(string name, params object[] arguments) => ResourceText.Get<RankingText>(name, arguments);
}
