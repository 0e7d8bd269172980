using System.IO.Compression;
using System.Xml.Linq;

namespace MotCua.Testing;

/// <summary>A .docx read back as Word holds it: the package's parts, and word/document.xml's paragraphs and tables as text.</summary>
public sealed record DocxText(IReadOnlyList<string> Parts, IReadOnlyList<string> Paragraphs, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables, XDocument Document)
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Every paragraph's text (body and cells) joined by spaces.</summary>
    public string All => string.Join(' ', Paragraphs);

    public static DocxText Read(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var parts = zip.Entries.Select(e => e.FullName).ToList();
        XDocument document;
        using (var stream = zip.GetEntry("word/document.xml")!.Open())
        {
            document = XDocument.Load(stream);
        }

        var paragraphs = document.Descendants(W + "p").Select(Text).ToList();
        // Tables at any depth, each as rows of cell texts (cell paragraphs joined by a line feed).
        var tables = document.Descendants(W + "tbl")
            .Select(t => (IReadOnlyList<IReadOnlyList<string>>)t.Elements(W + "tr")
                .Select(r => (IReadOnlyList<string>)r.Elements(W + "tc").Select(c => string.Join('\n', c.Elements(W + "p").Select(Text))).ToList())
                .ToList())
            .ToList();
        return new DocxText(parts, paragraphs, tables, document);
    }

    private static string Text(XElement paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e.Name == W + "t" ? e.Value : e.Name == W + "br" ? "\n" : ""));
}
