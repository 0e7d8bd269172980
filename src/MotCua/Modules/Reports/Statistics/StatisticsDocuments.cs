using System.Globalization;
using MotCua.Common.Documents.Docx;
using MotCua.Common.Documents.Layout;
using MotCua.Common.Documents.Xlsx;
using MotCua.Common.Localization;
using MotCua.Common.Time;

namespace MotCua.Modules.Reports.Statistics;

/// <summary>
/// The statistics table and the dossiers behind a figure as .xlsx (<see cref="XlsxWriter"/>), with the form's header block;
/// the table also as a Word document and a PDF (A4 landscape), both from one <see cref="DocumentModel"/> (ADR-047).
/// </summary>
internal static class StatisticsDocuments
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string PdfContentType = "application/pdf";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The row of the column numbers "(1)", "(2)", … and the first data row of <see cref="TableXlsx"/> (1-based).</summary>
    public const int NumbersRow = 6;

    public static byte[] TableXlsx(StatisticsReport report)
    {
        var criteria = report.Criteria;
        var table = report.Table;
        var columns = 2 + table.Layout.Columns.Count;
        var head = Head(criteria);
        head.Add(new XlsxRow([.. Enumerable.Range(1, columns).Select(n => (object?)Numbered(n))], Bold: true));
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

    public static byte[] TableDocx(StatisticsReport report, StatisticsIssuer issuer) => DocxRenderer.Render(TableModel(report, issuer));

    public static byte[] TablePdf(StatisticsReport report, StatisticsIssuer issuer) => PdfRenderer.Render(TableModel(report, issuer));

    /// <summary>
    /// The table as the periodic report prints it: the reporting agency and the national motto, the form's title, the period,
    /// scope and unit of count, the numbered column headers, the rows and the total, and the notes naming the time notion
    /// (legal status, not Bộ chỉ số 766; ADR-028) and the resolved rule. Figures are written as the page shows them.
    /// </summary>
    public static DocumentModel TableModel(StatisticsReport report, StatisticsIssuer issuer)
    {
        var criteria = report.Criteria;
        var table = report.Table;
        var headers = table.Layout.Headers(table.Grouping);
        var figures = table.Layout.Columns.Count;
        var size = figures > 12 ? 6.5 : 8;
        var label = figures > 12 ? 0.14 : 0.2;
        var width = (1 - 0.035 - label) / figures;
        var issuerBlocks = new List<Block>();
        if (issuer.GoverningBody is { } governing)
        {
            issuerBlocks.Add(new Paragraph([governing.ToUpper(Vi)], TextAlign.Center, 10, SpaceAfter: 0));
        }

        issuerBlocks.Add(new Paragraph([Run.B(issuer.Name.ToUpper(Vi))], TextAlign.Center, 10, SpaceAfter: 0));
        issuerBlocks.Add(new Rule(0.3, SpaceAfter: 2));
        var title = Text("Statistics_Title").ToUpper(Vi);
        var blocks = new List<Block>
        {
            new Columns(
                new Column(0.4, issuerBlocks),
                new Column(
                    0.6,
                    // NĐ 30/2020/NĐ-CP Phụ lục I: Quốc hiệu and Tiêu ngữ head administrative documents.
                    new Paragraph([Run.B(Text("Doc_Motto"))], TextAlign.Center, 10, SpaceAfter: 0),
                    new Paragraph([Run.B(Text("Doc_Slogan"))], TextAlign.Center, 11, SpaceAfter: 0),
                    new Rule(0.3, SpaceAfter: 2))),
            new Paragraph([Run.B(title)], TextAlign.Center, 13, SpaceBefore: 8, SpaceAfter: 1),
            new Paragraph([Run.I(table.Layout.Name)], TextAlign.Center, 10, SpaceAfter: 1),
            new Paragraph([Run.B(Text("Head_Period", criteria.Period.Label, criteria.Period.CalendarName))], TextAlign.Center, 11, SpaceAfter: 1),
            new Paragraph([Scope(criteria)], TextAlign.Center, 10, SpaceAfter: 1),
            new Paragraph([Run.I(Text("Head_Unit"))], TextAlign.Right, 9, SpaceAfter: 2),
            new Table(
                [0.035, label, .. table.Layout.Columns.Select(_ => width)],
                [
                    new TableRow([.. headers.Select(h => new Cell(h, TextAlign.Center, bold: true))]),
                    new TableRow([.. headers.Select((_, i) => new Cell(Numbered(i + 1), TextAlign.Center, bold: true))]),
                ],
                [
                    .. table.Rows.Select((row, i) => new TableRow(
                        [new Cell((i + 1).ToString(CultureInfo.InvariantCulture), TextAlign.Center), new Cell(row.Label), .. row.Values.Select(v => new Cell(Figure(v), TextAlign.Right))])),
                    new TableRow([new Cell(""), new Cell(table.Total.Label, bold: true), .. table.Total.Values.Select(v => new Cell(Figure(v), TextAlign.Right, bold: true))]),
                ],
                Size: size),
            new Paragraph([Run.B(Text("Doc_Note"))], Size: 9, SpaceBefore: 4, SpaceAfter: 1),
        };
        blocks.AddRange(Notes(report).Select(note => new Paragraph([Run.I(note)], TextAlign.Justify, 9, SpaceAfter: 1)));
        return new DocumentModel(title, PageFormat.A4Landscape, blocks, Text("Doc_PageNumber"));
    }

    /// <summary>The notes under the table: the time notion and the resolved rule, the paid-online gap, the form's identities.</summary>
    public static IEnumerable<string> Notes(StatisticsReport report)
    {
        yield return Text("Note_TimeNotion");
        yield return Text("Note_Rule_" + report.Rule);
        if (report.Table.Layout.Columns.Any(c => c.Key == "PaidOnline"))
        {
            yield return Text("Note_PaidOnline");
        }

        yield return Text("Note_Identities", string.Join("; ", report.Table.Layout.Identities.Select(i => i.Name)));
    }

    /// <summary>A figure as the page writes it (vi-VN thousands: 1.234).</summary>
    public static string Figure(long value) => value.ToString("N0", Vi);

    public static string FileName(StatisticsCriteria criteria, string suffix = "", string extension = "xlsx") =>
        string.Create(CultureInfo.InvariantCulture, $"thong-ke-ho-so-{criteria.Period.Key}{suffix}.{extension}");

    private static List<XlsxRow> Head(StatisticsCriteria criteria) =>
    [
        new([criteria.Layout.Name], Bold: true),
        new([Text("Head_Period", criteria.Period.Label, criteria.Period.CalendarName)]),
        new([Scope(criteria)]),
        new([Text("Head_Unit")]),
        new([]),
    ];

    private static string Scope(StatisticsCriteria criteria) =>
        Text("Head_Scope", criteria.ScopeName) + (criteria.ProcedureCode is { } code ? Text("Head_Procedure", code) : "");

    private static string Numbered(int number) => string.Create(CultureInfo.InvariantCulture, $"({number})");

    private static DateTime? Local(DateTime? utc) => utc is { } u ? VietnamTime.UtcToLocal(u) : null;

    private static string Text(string key, params object?[] arguments) => ResourceText.ForRecord<ReportsText>(key, arguments);
}

/// <summary>The reporting agency a printed table is headed with: its governing body (none for the whole province) and name.</summary>
internal sealed record StatisticsIssuer(string? GoverningBody, string Name);
