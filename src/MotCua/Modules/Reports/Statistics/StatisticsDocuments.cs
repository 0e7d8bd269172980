using System.Globalization;
using MotCua.Common.Documents.Xlsx;
using MotCua.Common.Localization;
using MotCua.Common.Time;

namespace MotCua.Modules.Reports.Statistics;

/// <summary>The statistics table and the dossiers behind a figure as .xlsx (<see cref="XlsxWriter"/>), with the form's header block.</summary>
internal static class StatisticsDocuments
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The row of the column numbers "(1)", "(2)", … and the first data row of <see cref="TableXlsx"/> (1-based).</summary>
    public const int NumbersRow = 6;

    public static byte[] TableXlsx(StatisticsReport report)
    {
        var criteria = report.Criteria;
        var table = report.Table;
        var columns = 2 + table.Layout.Columns.Count;
        var head = Head(criteria);
        head.Add(new XlsxRow([.. Enumerable.Range(1, columns).Select(n => (object?)string.Create(CultureInfo.InvariantCulture, $"({n})"))], Bold: true));
        head.Add(new XlsxRow([.. table.Layout.Headers(table.Grouping)], Bold: true));
        var body = table.Rows.Select((row, i) => new XlsxRow([i + 1, row.Label, .. row.Values.Select(v => (object?)v)]));
        var total = new XlsxRow([null, table.Total.Label, .. table.Total.Values.Select(v => (object?)v)], Bold: true);
        return XlsxWriter.Write([new XlsxSheet(Text("Sheet_Table"), head.Concat(body).Append(total), [6, 48, .. table.Layout.Columns.Select(_ => 12.0)])]);
    }

    public static byte[] DossiersXlsx(StatisticsCriteria criteria, StatisticsCellPage page)
    {
        var head = Head(criteria);
        head.Add(new XlsxRow([Text("Cell_Title", page.Column.Number, page.Column.Header, page.RowLabel, page.Total)], Bold: true));
        head.Add(new XlsxRow([Text("Col_No"), Text("Col_Code"), Text("Col_Procedure"), Text("Col_Received"), Text("Col_Due"), Text("Col_Ended"), Text("Col_Reason")], Bold: true));
        var body = page.Rows.Select((r, i) => new XlsxRow(
            [i + 1, r.Code, r.ProcedureCode, VietnamTime.UtcToLocal(r.ReceivedAt), Local(r.DueAt), Local(r.EndedAt), r.Reason]));
        return XlsxWriter.Write([new XlsxSheet(Text("Sheet_Dossiers"), head.Concat(body), [6, 24, 12, 18, 18, 18, 90])]);
    }

    public static string FileName(StatisticsCriteria criteria, string suffix = "") =>
        string.Create(CultureInfo.InvariantCulture, $"thong-ke-ho-so-{criteria.Period.Key}{suffix}.xlsx");

    private static List<XlsxRow> Head(StatisticsCriteria criteria) =>
    [
        new([criteria.Layout.Name], Bold: true),
        new([Text("Head_Period", criteria.Period.Label, criteria.Period.CalendarName)]),
        new([Text("Head_Scope", criteria.ScopeName) + (criteria.ProcedureCode is { } code ? Text("Head_Procedure", code) : "")]),
        new([Text("Head_Unit")]),
        new([]),
    ];

    private static DateTime? Local(DateTime? utc) => utc is { } u ? VietnamTime.UtcToLocal(u) : null;

    private static string Text(string key, params object?[] arguments) => ResourceText.ForRecord<ReportsText>(key, arguments);
}
