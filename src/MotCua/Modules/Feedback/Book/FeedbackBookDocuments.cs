using System.Globalization;
using MotCua.Common.Documents.Docx;
using MotCua.Common.Documents.Layout;
using MotCua.Common.Documents.Xlsx;
using MotCua.Common.Localization;

namespace MotCua.Modules.Feedback.Book;

/// <summary>
/// The book (or an extract of it) as documents: .xlsx, PDF (A4 landscape) and .docx (ADR-047), the last two from one
/// <see cref="DocumentModel"/>. They are Vietnamese records whatever the interface language.
/// </summary>
internal static class FeedbackBookDocuments
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The columns in order, by resource name (<c>Col_</c>+name).</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["No", "Code", "Received", "Channel", "Sender", "Summary", "Subject", "Handler", "Due", "Answered", "Result", "Timeliness", "Note"];

    private static readonly double[] Widths = [0.035, 0.1, 0.062, 0.06, 0.1, 0.16, 0.09, 0.08, 0.062, 0.062, 0.075, 0.054, 0.06];

    private static readonly double[] XlsxWidths = [6, 22, 17, 16, 30, 50, 30, 28, 17, 17, 28, 14, 30];

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string FileName(FeedbackBookAgency agency, FeedbackBookCriteria criteria, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"so-theo-doi-pakn-{agency.Code}-{criteria.Year}.{extension}");

    public static string Heading(string column) => Text("Col_" + column);

    public static string Channel(PetitionChannel channel) => RecordLanguage.Write(() => FeedbackNames.Channel(channel));

    public static string Subject(FeedbackBookRow row)
    {
        var category = RecordLanguage.Write(() => FeedbackNames.Category(row.Category));
        return row.ProcedureCode is { } code ? $"{category}\n{code} – {row.ProcedureName}" : category;
    }

    public static string Handler(FeedbackBookRow row) => row.HandlingUnit is { } unit ? $"{row.HandlingAgency}\n{unit}" : row.HandlingAgency;

    public static string Result(FeedbackBookRow row)
    {
        var status = RecordLanguage.Write(() => FeedbackNames.Status(row.Status));
        return row.Outcome is { } outcome ? $"{status}: {RecordLanguage.Write(() => FeedbackNames.Outcome(outcome))}" : status;
    }

    public static string Timeliness(BookTimeliness timeliness) => timeliness == BookTimeliness.None ? "" : Text("Timeliness_" + timeliness);

    public static string Note(FeedbackBookRow row)
    {
        var note = row.Note;
        var parts = new List<string>();
        if (note.CameByTransfer)
        {
            parts.Add(Text("Note_CameByTransfer"));
        }

        if (note.HeldElsewhere && row.Status != PetitionStatus.Merged)
        {
            parts.Add(Text("Note_HeldElsewhere"));
        }

        if (note.Refusal is { } refusal)
        {
            parts.Add(Text("Note_Refusal", RecordLanguage.Write(() => FeedbackNames.Refusal(refusal))));
        }

        if (note.ClosingNote is { } closing)
        {
            parts.Add(closing);
        }

        if (note.MergedInto is { } merged)
        {
            parts.Add(Text("Note_Merged", merged));
        }

        if (note.Reopened)
        {
            parts.Add(Text("Note_Reopened"));
        }

        if (note.Satisfied is { } satisfied)
        {
            parts.Add(Text(satisfied ? "Note_Satisfied" : "Note_Unsatisfied"));
        }

        return string.Join("; ", parts);
    }

    /// <summary>"Từ ngày … đến ngày …" and, for an extract, the conditions it was taken by.</summary>
    public static IEnumerable<string> Period(FeedbackBookCriteria criteria)
    {
        yield return Text("Book_Period", Day(criteria.From), Day(criteria.To));
        var parts = new List<string>();
        if (criteria.Status is { } status)
        {
            parts.Add(Text("Book_SelectStatus", RecordLanguage.Write(() => FeedbackNames.Status(status))));
        }

        if (criteria.Category is { } category)
        {
            parts.Add(Text("Book_SelectCategory", RecordLanguage.Write(() => FeedbackNames.Category(category))));
        }

        if (parts.Count > 0)
        {
            yield return Text("Book_Selection", string.Join("; ", parts));
        }
    }

    public static byte[] Pdf(FeedbackBookAgency agency, FeedbackBookCriteria criteria, IReadOnlyList<FeedbackBookRow> rows) =>
        PdfRenderer.Render(Model(agency, criteria, rows));

    public static byte[] Docx(FeedbackBookAgency agency, FeedbackBookCriteria criteria, IReadOnlyList<FeedbackBookRow> rows) =>
        DocxRenderer.Render(Model(agency, criteria, rows));

    /// <summary>The printed book: the agency and national motto header, the title, the period, the table of entries.</summary>
    public static DocumentModel Model(FeedbackBookAgency agency, FeedbackBookCriteria criteria, IReadOnlyList<FeedbackBookRow> rows)
    {
        var blocks = new List<Block>
        {
            new Columns(
                new Column(
                    0.4,
                    new Paragraph([agency.GoverningBody.ToUpper(Vi)], TextAlign.Center, 10, SpaceAfter: 0),
                    new Paragraph([Run.B(agency.Name.ToUpper(Vi))], TextAlign.Center, 10, SpaceAfter: 0),
                    new Rule(0.3, SpaceAfter: 2)),
                new Column(
                    0.6,
                    // NĐ 30/2020/NĐ-CP Phụ lục I: Quốc hiệu and Tiêu ngữ head administrative documents.
                    new Paragraph([Run.B(Text("Book_Motto"))], TextAlign.Center, 10, SpaceAfter: 0),
                    new Paragraph([Run.B(Text("Book_Slogan"))], TextAlign.Center, 11, SpaceAfter: 0),
                    new Rule(0.3, SpaceAfter: 2))),
            new Paragraph([Run.B(Text("Book_Title"))], TextAlign.Center, 14, SpaceBefore: 8, SpaceAfter: 2),
            new Paragraph([Run.B(Text("Book_Year", criteria.Year.ToString(CultureInfo.InvariantCulture)))], TextAlign.Center, 11, SpaceAfter: 1),
        };
        blocks.AddRange(Period(criteria).Select(line => new Paragraph([Run.I(line)], TextAlign.Center, 10, SpaceAfter: 1)));
        blocks.Add(new Spacer(4));
        blocks.Add(new Table(
            Widths,
            [new TableRow(Columns.Select(c => new Cell(Heading(c), TextAlign.Center, bold: true)).ToArray())],
            rows.Select(r => new TableRow(
                new Cell(r.Number.ToString(CultureInfo.InvariantCulture), TextAlign.Center),
                new Cell(r.Code),
                new Cell(Time(r.ReceivedAt), TextAlign.Center),
                new Cell(Channel(r.Channel)),
                new Cell(Lines(r.SenderName, r.Contact)),
                new Cell(r.Summary),
                new Cell(Lines(Subject(r).Split('\n'))),
                new Cell(Lines(Handler(r).Split('\n'))),
                new Cell(Time(r.DueAt), TextAlign.Center),
                new Cell(Time(r.AnsweredAt), TextAlign.Center),
                new Cell(Result(r)),
                new Cell(Timeliness(r.Timeliness), TextAlign.Center),
                new Cell(Note(r)))).ToList(),
            Size: 7));
        return new DocumentModel(Text("Book_Title"), PageFormat.A4Landscape, blocks, Text("Book_PageNumber"));
    }

    public static byte[] Xlsx(FeedbackBookAgency agency, FeedbackBookCriteria criteria, IReadOnlyList<FeedbackBookRow> rows)
    {
        var head = new List<XlsxRow>
        {
            new([agency.GoverningBody.ToUpper(Vi)]),
            new([agency.Name.ToUpper(Vi)], Bold: true),
            new([Text("Book_Title")], Bold: true),
            new([Text("Book_Year", criteria.Year.ToString(CultureInfo.InvariantCulture))]),
        };
        head.AddRange(Period(criteria).Select(line => new XlsxRow([line])));
        head.Add(new XlsxRow([]));
        head.Add(new XlsxRow([.. Columns.Select(Heading)], Bold: true));
        var body = rows.Select(r => new XlsxRow(
        [
            r.Number, r.Code, r.ReceivedAt, Channel(r.Channel), string.IsNullOrEmpty(r.Contact) ? r.SenderName : $"{r.SenderName}; {r.Contact}", r.Summary,
            Subject(r).Replace('\n', ' '), Handler(r).Replace("\n", " – ", StringComparison.Ordinal), r.DueAt, r.AnsweredAt, Result(r), Timeliness(r.Timeliness), Note(r),
        ]));
        return XlsxWriter.Write([new XlsxSheet(Text("Book_SheetName"), head.Concat(body), XlsxWidths)]);
    }

    private static IReadOnlyList<IReadOnlyList<Run>> Lines(params string[] lines) =>
        lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => (IReadOnlyList<Run>)[new Run(l)]).ToList();

    private static string Text(string name, params object?[] arguments) => ResourceText.ForRecord<FeedbackBookText>(name, arguments);

    private static string Time(DateTime? local) => local?.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    private static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
