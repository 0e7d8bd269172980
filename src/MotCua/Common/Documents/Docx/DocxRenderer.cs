using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using MotCua.Common.Documents.Layout;

namespace MotCua.Common.Documents.Docx;

/// <summary>
/// Writes a <see cref="DocumentModel"/> as a Word document (.docx, WordprocessingML in a zip package; ADR-047), for the
/// reports an officer edits before signing. The layout is Word's: paragraphs and tables flow, header rows repeat, and the
/// form header columns become a borderless table. QR codes are written as their text.
/// </summary>
internal static class DocxRenderer
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // NĐ 30/2020/NĐ-CP Phụ lục I: administrative documents are set in Times New Roman (Unicode, TCVN 6909:2001).
    public const string Font = "Times New Roman";

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public static byte[] Render(DocumentModel model)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var footer = model.PageNumberFormat is not null;
            Add(zip, "[Content_Types].xml", ContentTypes(footer));
            Add(zip, "_rels/.rels", new XElement(
                Rels + "Relationships",
                Relationship("rId1", OfficeRelationships + "officeDocument", "word/document.xml"),
                Relationship("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")));
            Add(zip, "docProps/core.xml", Core(model.Title));
            Add(zip, "word/_rels/document.xml.rels", new XElement(
                Rels + "Relationships",
                Relationship("rId1", OfficeRelationships + "styles", "styles.xml"),
                footer ? Relationship("rId2", OfficeRelationships + "footer", "footer1.xml") : null));
            Add(zip, "word/styles.xml", Styles());
            Add(zip, "word/document.xml", Document(model));
            if (model.PageNumberFormat is { } format)
            {
                Add(zip, "word/footer1.xml", Footer(format));
            }
        }

        return stream.ToArray();
    }

    private static XElement Document(DocumentModel model)
    {
        var body = new XElement(W + "body");
        foreach (var block in model.Blocks)
        {
            body.Add(Blocks(block, model.Page.ContentWidth, keepWithNext: false));
        }

        var page = model.Page;
        body.Add(new XElement(
            W + "sectPr",
            model.PageNumberFormat is null ? null : new XElement(W + "footerReference", new XAttribute(W + "type", "default"), new XAttribute(R + "id", "rId2")),
            new XElement(
                W + "pgSz",
                new XAttribute(W + "w", Twips(page.Width)),
                new XAttribute(W + "h", Twips(page.Height)),
                page.Width > page.Height ? new XAttribute(W + "orient", "landscape") : null),
            new XElement(
                W + "pgMar",
                new XAttribute(W + "top", Twips(page.MarginTop)),
                new XAttribute(W + "right", Twips(page.MarginRight)),
                new XAttribute(W + "bottom", Twips(page.MarginBottom)),
                new XAttribute(W + "left", Twips(page.MarginLeft)),
                new XAttribute(W + "header", Twips(page.MarginTop / 2)),
                new XAttribute(W + "footer", Twips(page.MarginBottom / 2)),
                new XAttribute(W + "gutter", 0))));
        return new XElement(W + "document", new XAttribute(XNamespace.Xmlns + "w", W), new XAttribute(XNamespace.Xmlns + "r", R), body);
    }

    /// <summary>The body elements of a block laid out in <paramref name="width"/> points.</summary>
    private static IEnumerable<XElement> Blocks(Block block, double width, bool keepWithNext) =>
        block switch
        {
            Paragraph p => [Para(p.Runs, p.Align, p.Size, p.SpaceBefore, p.SpaceAfter, p.Indent, keepWithNext)],
            Rule r => [RuleParagraph(r, width, keepWithNext)],
            Spacer s => [new XElement(W + "p", new XElement(W + "pPr", Keep(keepWithNext), Spacing(0, 0, exactLine: s.Height)))],
            KeepTogether k => k.Blocks.SelectMany((b, i) => Blocks(b, width, keepWithNext || i < k.Blocks.Count - 1)),
            Columns c => [ColumnsTable(c, width), Gap()],
            Table t => [DataTable(t, width), Gap(t.SpaceAfter)],
            QrCode q => [Para([new Run(q.Caption is null ? q.Content : q.Caption + " " + q.Content, Italic: true, Size: 8)], q.Align, 8, 0, 2, 0, keepWithNext)],
            _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block."),
        };

    private static XElement Para(IReadOnlyList<Run> runs, TextAlign align, double size, double before, double after, double indent, bool keepWithNext) =>
        new(
            W + "p",
            new XElement(
                W + "pPr",
                Keep(keepWithNext),
                Spacing(before, after),
                indent > 0 ? new XElement(W + "ind", new XAttribute(W + "left", Twips(indent))) : null,
                Justification(align),
                new XElement(W + "rPr", Size(size))),
            runs.Select(run => RunElement(run, size)));

    private static XElement RunElement(Run run, double size)
    {
        var properties = new XElement(
            W + "rPr",
            run.Bold ? new XElement(W + "b") : null,
            run.Italic ? new XElement(W + "i") : null,
            Size(run.Size ?? size));
        // A blank to fill in by hand is a row of dots as wide as the PDF's dotted line (a dot is about a quarter of the size).
        var text = run.Dots ? new string('.', (int)Math.Clamp((run.DotsWidth ?? 120) / ((run.Size ?? size) * 0.25), 3, 200)) : run.Text;
        var content = new List<XElement>();
        var lines = XmlText.Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                content.Add(new XElement(W + "br"));
            }

            content.Add(new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), lines[i]));
        }

        return new XElement(W + "r", properties, content);
    }

    /// <summary>A line of a fraction of the width: a paragraph with a bottom border, indented to its length and alignment.</summary>
    private static XElement RuleParagraph(Rule rule, double width, bool keepWithNext)
    {
        var slack = width * (1 - Math.Clamp(rule.Width, 0, 1));
        var (left, right) = rule.Align switch
        {
            TextAlign.Center => (slack / 2, slack / 2),
            TextAlign.Right => (slack, 0.0),
            _ => (0.0, slack),
        };
        return new XElement(
            W + "p",
            new XElement(
                W + "pPr",
                Keep(keepWithNext),
                new XElement(W + "pBdr", new XElement(
                    W + "bottom",
                    new XAttribute(W + "val", "single"),
                    new XAttribute(W + "sz", Math.Max(2, (int)Math.Round(rule.Thickness * 8))),
                    new XAttribute(W + "space", 1),
                    new XAttribute(W + "color", "auto"))),
                Spacing(0, rule.SpaceAfter, exactLine: 4),
                new XElement(W + "ind", new XAttribute(W + "left", Twips(left)), new XAttribute(W + "right", Twips(right)))));
    }

    /// <summary>Side-by-side columns (the national motto header, signature blocks) as a one-row table without borders.</summary>
    private static XElement ColumnsTable(Columns columns, double width)
    {
        var widths = columns.Items.Select(c => width * c.Fraction).ToList();
        return new XElement(
            W + "tbl",
            TableProperties(width, borders: false),
            Grid(widths),
            new XElement(
                W + "tr",
                new XElement(W + "trPr", new XElement(W + "cantSplit")),
                columns.Items.Select((column, i) => CellElement(widths[i], column.Blocks.SelectMany(b => Blocks(b, widths[i], keepWithNext: false))))));
    }

    private static XElement DataTable(Table table, double width)
    {
        var widths = table.Widths.Select(f => width * f).ToList();
        return new XElement(
            W + "tbl",
            TableProperties(width, borders: true),
            Grid(widths),
            table.HeaderRows.Select(row => Row(row, table, widths, header: true)),
            table.Rows.Select(row => Row(row, table, widths, header: false)));
    }

    private static XElement Row(TableRow row, Table table, IReadOnlyList<double> widths, bool header) =>
        new(
            W + "tr",
            new XElement(W + "trPr", new XElement(W + "cantSplit"), header ? new XElement(W + "tblHeader") : null),
            row.Cells.Select((cell, i) => CellElement(
                widths[Math.Min(i, widths.Count - 1)],
                cell.Lines.Select(runs => Para(runs, cell.Align, table.Size, 0, 0, 0, keepWithNext: false)))));

    /// <summary>A table cell; Word requires every cell to end with a paragraph.</summary>
    private static XElement CellElement(double width, IEnumerable<XElement> content)
    {
        var elements = content.ToList();
        if (elements.Count == 0 || elements[^1].Name != W + "p")
        {
            elements.Add(new XElement(W + "p", new XElement(W + "pPr", Spacing(0, 0))));
        }

        return new XElement(W + "tc", new XElement(W + "tcPr", new XElement(W + "tcW", new XAttribute(W + "w", Twips(width)), new XAttribute(W + "type", "dxa"))), elements);
    }

    private static XElement TableProperties(double width, bool borders) =>
        new(
            W + "tblPr",
            new XElement(W + "tblW", new XAttribute(W + "w", Twips(width)), new XAttribute(W + "type", "dxa")),
            new XElement(W + "tblBorders", new[] { "top", "left", "bottom", "right", "insideH", "insideV" }.Select(side => new XElement(
                W + side,
                new XAttribute(W + "val", borders ? "single" : "nil"),
                borders ? new XAttribute(W + "sz", 4) : null,
                borders ? new XAttribute(W + "space", 0) : null,
                borders ? new XAttribute(W + "color", "auto") : null))),
            new XElement(W + "tblLayout", new XAttribute(W + "type", "fixed")),
            new XElement(
                W + "tblCellMar",
                new XElement(W + "left", new XAttribute(W + "w", borders ? 57 : 0), new XAttribute(W + "type", "dxa")),
                new XElement(W + "right", new XAttribute(W + "w", borders ? 57 : 0), new XAttribute(W + "type", "dxa"))));

    private static XElement Grid(IEnumerable<double> widths) =>
        new(W + "tblGrid", widths.Select(w => new XElement(W + "gridCol", new XAttribute(W + "w", Twips(w)))));

    /// <summary>The space after a table: Word puts two tables that touch into one, so a small paragraph separates them.</summary>
    private static XElement Gap(double after = 0) =>
        new(W + "p", new XElement(W + "pPr", Spacing(0, 0, exactLine: Math.Max(after, 1))));

    private static XElement? Keep(bool keepWithNext) => keepWithNext ? new XElement(W + "keepNext") : null;

    private static XElement Spacing(double before, double after, double? exactLine = null) =>
        new(
            W + "spacing",
            new XAttribute(W + "before", Twips(before)),
            new XAttribute(W + "after", Twips(after)),
            exactLine is { } line ? new XAttribute(W + "line", Twips(line)) : null,
            exactLine is null ? null : new XAttribute(W + "lineRule", "exact"));

    private static XElement Justification(TextAlign align) =>
        new(W + "jc", new XAttribute(W + "val", align switch
        {
            TextAlign.Center => "center",
            TextAlign.Right => "right",
            TextAlign.Justify => "both",
            _ => "left",
        }));

    private static XElement Size(double points) => new(W + "sz", new XAttribute(W + "val", HalfPoints(points)));

    private static XElement Styles()
    {
        var fonts = new XElement(
            W + "rFonts",
            new XAttribute(W + "ascii", Font),
            new XAttribute(W + "hAnsi", Font),
            new XAttribute(W + "eastAsia", Font),
            new XAttribute(W + "cs", Font));
        return new XElement(
            W + "styles",
            new XAttribute(XNamespace.Xmlns + "w", W),
            new XElement(
                W + "docDefaults",
                new XElement(W + "rPrDefault", new XElement(W + "rPr", fonts, Size(11), new XElement(W + "lang", new XAttribute(W + "val", "vi-VN")))),
                new XElement(W + "pPrDefault", new XElement(W + "pPr", Spacing(0, 0)))),
            new XElement(
                W + "style",
                new XAttribute(W + "type", "paragraph"),
                new XAttribute(W + "default", "1"),
                new XAttribute(W + "styleId", "Normal"),
                new XElement(W + "name", new XAttribute(W + "val", "Normal")),
                new XElement(W + "qFormat")),
            new XElement(
                W + "style",
                new XAttribute(W + "type", "table"),
                new XAttribute(W + "default", "1"),
                new XAttribute(W + "styleId", "TableNormal"),
                new XElement(W + "name", new XAttribute(W + "val", "Normal Table"))));
    }

    /// <summary>The page-number footer: the format's {0} and {1} become Word's PAGE and NUMPAGES fields.</summary>
    private static XElement Footer(string format)
    {
        var paragraph = new XElement(W + "p", new XElement(W + "pPr", Justification(TextAlign.Center)));
        var rest = format;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf("{0}", StringComparison.Ordinal);
            var pages = rest.IndexOf("{1}", StringComparison.Ordinal);
            var next = new[] { page, pages }.Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (next < 0)
            {
                paragraph.Add(RunElement(new Run(rest), 8));
                break;
            }

            if (next > 0)
            {
                paragraph.Add(RunElement(new Run(rest[..next]), 8));
            }

            paragraph.Add(Field(next == page ? "PAGE" : "NUMPAGES"));
            rest = rest[(next + 3)..];
        }

        return new XElement(W + "ftr", new XAttribute(XNamespace.Xmlns + "w", W), new XAttribute(XNamespace.Xmlns + "r", R), paragraph);
    }

    private static XElement Field(string instruction) =>
        new(W + "fldSimple", new XAttribute(W + "instr", instruction), new XElement(W + "r", new XElement(W + "rPr", Size(8)), new XElement(W + "t", "1")));

    private static XElement Core(string title)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        return new XElement(cp + "coreProperties", new XAttribute(XNamespace.Xmlns + "cp", cp), new XAttribute(XNamespace.Xmlns + "dc", dc), new XElement(dc + "title", XmlText.Clean(title)));
    }

    private static XElement ContentTypes(bool footer)
    {
        const string Word = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        return new XElement(
            Types + "Types",
            new XElement(Types + "Default", new XAttribute("Extension", "rels"), new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
            new XElement(Types + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")),
            Override("/word/document.xml", Word + "document.main+xml"),
            Override("/word/styles.xml", Word + "styles+xml"),
            footer ? Override("/word/footer1.xml", Word + "footer+xml") : null,
            Override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"));

        static XElement Override(string part, string type) => new(Types + "Override", new XAttribute("PartName", part), new XAttribute("ContentType", type));
    }

    private static XElement Relationship(string id, string type, string target) =>
        new(Rels + "Relationship", new XAttribute("Id", id), new XAttribute("Type", type), new XAttribute("Target", target));

    private static void Add(ZipArchive zip, string name, XElement root)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(writer);
    }

    private static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    private static string HalfPoints(double points) => ((int)Math.Round(points * 2, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
}
