using System.Globalization;
using MotCua.Common.Documents.Docx;
using MotCua.Common.Documents.Layout;
using MotCua.Common.Documents.Xlsx;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Reports.ControlReports.Data;

namespace MotCua.Modules.Reports.ControlReports;

/// <summary>
/// The control report as Word and PDF from one <see cref="DocumentModel"/> (ADR-047), A4 portrait as NĐ 30/2020/NĐ-CP lays out
/// a báo cáo: the agency and the national motto, số/ký hiệu and date, the title and period, the numbered sections with their
/// figures (bordered tables) and the officer's text, the signature block; and its tables as .xlsx.
/// </summary>
internal static class ControlReportDocuments
{
    private static CultureInfo Vi => ControlReportFiguresReader.Vi;

    public static byte[] Docx(ControlReport report, string? governingBody) => DocxRenderer.Render(Model(report, governingBody));

    public static byte[] Pdf(ControlReport report, string? governingBody) => PdfRenderer.Render(Model(report, governingBody));

    public static string FileName(ControlReport report, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"bao-cao-kiem-soat-tthc-{report.PeriodKey}.{extension}");

    public static DocumentModel Model(ControlReport report, string? governingBody)
    {
        var figures = ControlReportFigures.FromJson(report.FiguresJson);
        var issuer = new List<Block>();
        if (governingBody is not null)
        {
            issuer.Add(new Paragraph([governingBody.ToUpper(Vi)], TextAlign.Center, 11, SpaceAfter: 0));
        }

        issuer.Add(new Paragraph([Run.B(report.ScopeName.ToUpper(Vi))], TextAlign.Center, 11, SpaceAfter: 0));
        issuer.Add(new Rule(0.3, SpaceAfter: 4));
        issuer.Add(new Paragraph([Text("Doc_Number", report.Number ?? "……/BC-……")], TextAlign.Center, 11, SpaceAfter: 0));
        var title = Text("Doc_Title");
        var blocks = new List<Block>
        {
            new Columns(
                new Column(0.42, issuer),
                new Column(
                    0.58,
                    // NĐ 30/2020/NĐ-CP Phụ lục I: Quốc hiệu and Tiêu ngữ head administrative documents.
                    new Paragraph([Run.B(ResourceText.ForRecord<ReportsText>("Doc_Motto"))], TextAlign.Center, 11, SpaceAfter: 0),
                    new Paragraph([Run.B(ResourceText.ForRecord<ReportsText>("Doc_Slogan"))], TextAlign.Center, 12, SpaceAfter: 0),
                    new Rule(0.5, SpaceAfter: 4),
                    new Paragraph([Run.I(Dated(report))], TextAlign.Center, 11, SpaceAfter: 0))),
            new Paragraph([Run.B(title)], TextAlign.Center, 14, SpaceBefore: 14, SpaceAfter: 1),
            new Paragraph([Run.B(Text("Doc_Subtitle"))], TextAlign.Center, 12, SpaceAfter: 1),
            new Paragraph([Run.B(figures.PeriodLabel)], TextAlign.Center, 12, SpaceAfter: 1),
            new Rule(0.25, SpaceAfter: 6),
            new Paragraph([Run.I(Text("Doc_FiguresTaken", VietnamTime.UtcToLocal(figures.TakenAt).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture), figures.CalendarName))],
                TextAlign.Justify, 10, SpaceAfter: 6),
        };
        var texts = report.Texts;
        foreach (var section in ControlReportSection.All)
        {
            blocks.Add(new Paragraph([Run.B(Heading(section))], TextAlign.Justify, 12, SpaceBefore: 6, SpaceAfter: 3));
            if (section.HasFigures)
            {
                blocks.AddRange(FigureBlocks(section.Letter, figures));
            }

            var text = section.Text(texts);
            if (text is null)
            {
                blocks.Add(new Paragraph([Run.I(Text(section.HasFigures ? "Doc_NoTextWithFigures" : "Doc_NoText"))], TextAlign.Justify, 11, SpaceAfter: 3, Indent: 20));
            }
            else
            {
                blocks.AddRange(text.Split('\n').Where(l => l.Trim().Length > 0).Select(l => (Block)new Paragraph([l.Trim()], TextAlign.Justify, 12, SpaceAfter: 3, Indent: 20)));
            }
        }

        blocks.Add(new Spacer(8));
        blocks.Add(new KeepTogether(new Columns(
            new Column(
                0.45,
                new Paragraph([new Run(Text("Doc_Recipients"), Bold: true, Italic: true)], Size: 10, SpaceAfter: 0),
                new Paragraph([Text("Doc_RecipientAbove")], Size: 10, SpaceAfter: 0),
                new Paragraph([Text("Doc_RecipientArchive")], Size: 10, SpaceAfter: 0)),
            new Column(
                0.55,
                new Paragraph([Run.B(Text(report.AgencyId is null ? "Doc_SignerProvince" : "Doc_SignerAgency"))], TextAlign.Center, 12, SpaceAfter: 0),
                new Paragraph([Run.I(Text("Doc_SignHint"))], TextAlign.Center, 10, SpaceAfter: 0),
                new Spacer(48),
                new Paragraph([Run.B(report.ApprovedByName ?? "")], TextAlign.Center, 12, SpaceAfter: 0)))));
        return new DocumentModel(title + " " + figures.PeriodLabel, PageFormat.A4, blocks, ResourceText.ForRecord<ReportsText>("Doc_PageNumber"));
    }

    /// <summary>The section's heading: "a) Kiểm soát quy định về TTHC …"; the proposals without a letter.</summary>
    public static string Heading(ControlReportSection section) => Text(section.Key);

    /// <summary>The tables of figures printed with section b, c or e.</summary>
    private static IEnumerable<Block> FigureBlocks(string letter, ControlReportFigures figures)
    {
        if (letter == "c")
        {
            var table = figures.Statistics;
            var count = table.Headers.Count - 2;
            var width = (1 - 0.05 - 0.2) / count;
            yield return new Paragraph([Run.I(table.Name)], Size: 10, SpaceAfter: 2);
            yield return new Table(
                [0.05, 0.2, .. Enumerable.Repeat(width, count)],
                [
                    new TableRow([.. table.Headers.Select(h => new Cell(h, TextAlign.Center, bold: true))]),
                    new TableRow([.. table.Headers.Select((_, i) => new Cell(Numbered(i + 1), TextAlign.Center, bold: true))]),
                ],
                [
                    .. table.Rows.Select((row, i) => new TableRow(
                        [new Cell((i + 1).ToString(CultureInfo.InvariantCulture), TextAlign.Center), new Cell(row.Label), .. row.Values.Select(v => new Cell(Figure(v), TextAlign.Right))])),
                    new TableRow([new Cell(""), new Cell(table.Total.Label, bold: true), .. table.Total.Values.Select(v => new Cell(Figure(v), TextAlign.Right, bold: true))]),
                ],
                Size: 6.5);
            foreach (var note in table.Notes)
            {
                yield return new Paragraph([Run.I(note)], TextAlign.Justify, 9, SpaceAfter: 1);
            }
        }

        var indicators = figures.In(letter).ToList();
        if (indicators.Count > 0)
        {
            yield return new Paragraph([Run.I(Text("Doc_Indicators766"))], Size: 10, SpaceBefore: 3, SpaceAfter: 2);
            yield return new Table(
                [0.1, 0.42, 0.11, 0.11, 0.26],
                [new TableRow([.. IndicatorHeaders().Select(h => new Cell(h, TextAlign.Center, bold: true))])],
                [.. indicators.Select(i => new TableRow(
                    new Cell(i.Id, TextAlign.Center), new Cell(i.Name),
                    new Cell(i.IsMissing ? "" : Decimal(i.Numerator), TextAlign.Right), new Cell(i.IsMissing ? "" : Decimal(i.Denominator), TextAlign.Right),
                    new Cell(i.RatioText, i.IsMissing ? TextAlign.Left : TextAlign.Right)))],
                Size: 9);
        }

        if (letter == "e")
        {
            var p = figures.Petitions;
            yield return new Paragraph([Run.I(Text("Doc_Petitions"))], Size: 10, SpaceBefore: 3, SpaceAfter: 2);
            yield return new Table(
                [0.7, 0.3],
                [new TableRow(new Cell(Text("Col_Content"), TextAlign.Center, bold: true), new Cell(Text("Col_Count"), TextAlign.Center, bold: true))],
                [.. PetitionLines(p).Select(l => new TableRow(new Cell(l.Label), new Cell(Figure(l.Value), TextAlign.Right)))],
                Size: 10);
        }
    }

    /// <summary>The PAKN counts as labelled lines.</summary>
    public static IReadOnlyList<(string Label, long Value)> PetitionLines(FrozenPetitions p) =>
    [
        (Text("Pakn_Received"), p.Received), (Text("Pakn_Answered"), p.Answered), (Text("Pakn_Refused"), p.Refused), (Text("Pakn_StillOpen"), p.StillOpen),
        (Text("Pakn_OnTime"), p.OnTime), (Text("Pakn_Late"), p.Late), (Text("Pakn_RatedSatisfied"), p.RatedSatisfied), (Text("Pakn_RatedUnsatisfied"), p.RatedUnsatisfied),
    ];

    public static IReadOnlyList<string> IndicatorHeaders() => [Text("Col_Indicator"), Text("Col_IndicatorName"), Text("Col_Numerator"), Text("Col_Denominator"), Text("Col_Ratio")];

    /// <summary>The tables as .xlsx: Biểu 06a, the Bộ chỉ số 766 chỉ số per section, the PAKN counts; each sheet headed with the scope and period.</summary>
    public static byte[] Xlsx(ControlReport report)
    {
        var figures = ControlReportFigures.FromJson(report.FiguresJson);
        var table = figures.Statistics;
        List<XlsxRow> Head(string name) =>
        [
            new([name], Bold: true),
            new([report.ScopeName]),
            new([figures.PeriodLabel + " – " + figures.CalendarName]),
            new([Text("Doc_FiguresTakenShort", VietnamTime.UtcToLocal(figures.TakenAt).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture))]),
            new([]),
        ];
        var statistics = Head(table.Name);
        statistics.Add(new XlsxRow([.. table.Headers.Select((_, i) => (object?)Numbered(i + 1))], Bold: true));
        statistics.Add(new XlsxRow([.. table.Headers], Bold: true));
        statistics.AddRange(table.Rows.Select((row, i) => new XlsxRow([i + 1, row.Label, .. row.Values.Select(v => (object?)v)])));
        statistics.Add(new XlsxRow([null, table.Total.Label, .. table.Total.Values.Select(v => (object?)v)], Bold: true));
        var indicators = Head(Text("Doc_Indicators766"));
        indicators.Add(new XlsxRow([Text("Col_Section"), .. IndicatorHeaders()], Bold: true));
        indicators.AddRange(figures.Indicators.Select(i => new XlsxRow(
            [i.Section, i.Id, i.Name, i.IsMissing ? null : i.Numerator, i.IsMissing ? null : i.Denominator, i.IsMissing ? i.MissingReason : i.Ratio is { } r ? Math.Round(r * 100, 2) : null])));
        var petitions = Head(Text("Doc_Petitions"));
        petitions.Add(new XlsxRow([Text("Col_Content"), Text("Col_Count")], Bold: true));
        petitions.AddRange(PetitionLines(figures.Petitions).Select(l => new XlsxRow([l.Label, l.Value])));
        return XlsxWriter.Write(
        [
            new XlsxSheet(Text("Sheet_Statistics"), statistics, [6, 40, .. table.Headers.Skip(2).Select(_ => 12.0)]),
            new XlsxSheet(Text("Sheet_Indicators"), indicators, [8, 10, 70, 12, 12, 16]),
            new XlsxSheet(Text("Sheet_Petitions"), petitions, [60, 12]),
        ]);
    }

    /// <summary>"…, ngày 15 tháng 12 năm 2026" when approved; blanks to fill in by hand before.</summary>
    private static string Dated(ControlReport report) =>
        report.ApprovedAt is { } at
            ? Text("Doc_Date", VietnamTime.UtcToLocal(at).Day, VietnamTime.UtcToLocal(at).Month, VietnamTime.UtcToLocal(at).Year)
            : Text("Doc_DateBlank");

    public static string Figure(long value) => value.ToString("N0", Vi);

    public static string Decimal(decimal value) => value == Math.Round(value) ? ((long)value).ToString("N0", Vi) : value.ToString("N2", Vi);

    private static string Numbered(int number) => string.Create(CultureInfo.InvariantCulture, $"({number})");

    private static string Text(string key, params object?[] arguments) => ResourceText.ForRecord<ControlReportText>(key, arguments);
}
