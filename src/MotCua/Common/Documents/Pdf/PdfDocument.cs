using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace MotCua.Common.Documents.Pdf;

/// <summary>
/// A minimal PDF 1.7 writer: pages with vector graphics and text in embedded, subsetted TrueType fonts
/// (Type0/CIDFontType2, Identity-H, with a ToUnicode map so the text can be extracted and searched). See ADR-009.
/// </summary>
internal sealed class PdfDocument
{
    private readonly List<PdfPage> _pages = [];
    private readonly Dictionary<TrueTypeFont, PdfFontResource> _fonts = [];
    private readonly string _title;

    public PdfDocument(string title) => _title = title;

    public IReadOnlyList<PdfPage> Pages => _pages;

    /// <summary>Adds a page of the given size in points (1/72 inch).</summary>
    public PdfPage AddPage(double width, double height)
    {
        var page = new PdfPage(this, width, height);
        _pages.Add(page);
        return page;
    }

    internal PdfFontResource Resource(TrueTypeFont font)
    {
        if (!_fonts.TryGetValue(font, out var resource))
        {
            resource = new PdfFontResource(font, $"F{_fonts.Count + 1}");
            _fonts.Add(font, resource);
        }

        return resource;
    }

    /// <summary>Writes the document: fonts are subsetted to the glyphs the pages used.</summary>
    public byte[] Save()
    {
        var writer = new ObjectWriter();
        var catalog = writer.Reserve();
        var pagesRoot = writer.Reserve();
        var info = writer.Reserve();

        var fontRefs = new Dictionary<PdfFontResource, int>();
        foreach (var font in _fonts.Values)
        {
            fontRefs[font] = font.Write(writer);
        }

        var fontDictionary = string.Concat(fontRefs.Select(f => $"/{f.Key.Name} {f.Value} 0 R "));
        var pageRefs = new List<int>();
        foreach (var page in _pages)
        {
            var content = writer.Stream(Encoding.ASCII.GetBytes(page.Content), "");
            var pageRef = writer.Add(
                $"<< /Type /Page /Parent {pagesRoot} 0 R /MediaBox [0 0 {Num(page.Width)} {Num(page.Height)}] " +
                $"/Resources << /Font << {fontDictionary}>> >> /Contents {content} 0 R >>");
            pageRefs.Add(pageRef);
        }

        writer.Set(pagesRoot, $"<< /Type /Pages /Kids [{string.Join(" ", pageRefs.Select(p => $"{p} 0 R"))}] /Count {pageRefs.Count} >>");
        writer.Set(catalog, $"<< /Type /Catalog /Pages {pagesRoot} 0 R /Lang (vi) >>");
        writer.Set(info, $"<< /Title {TextString(_title)} /Producer (MotCua) >>");
        return writer.Finish(catalog, info);
    }

    /// <summary>A number as PDF writes it: invariant, at most three decimals.</summary>
    internal static string Num(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A PDF text string in UTF-16BE with byte-order mark, as hexadecimal.</summary>
    internal static string TextString(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    internal sealed class ObjectWriter
    {
        private readonly List<byte[]?> _objects = [];

        public int Reserve()
        {
            _objects.Add(null);
            return _objects.Count;
        }

        public int Add(string body)
        {
            var id = Reserve();
            Set(id, body);
            return id;
        }

        public void Set(int id, string body) => _objects[id - 1] = Encoding.ASCII.GetBytes(body);

        /// <summary>Adds a Flate-compressed stream; <paramref name="extra"/> are further dictionary entries.</summary>
        public int Stream(byte[] data, string extra)
        {
            using var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(data);
            }

            var head = Encoding.ASCII.GetBytes($"<< /Length {compressed.Length} /Filter /FlateDecode {extra}>>\nstream\n");
            var tail = "\nendstream"u8;
            var body = new byte[head.Length + compressed.Length + tail.Length];
            head.CopyTo(body, 0);
            compressed.ToArray().CopyTo(body, head.Length);
            tail.CopyTo(body.AsSpan(head.Length + (int)compressed.Length));
            var id = Reserve();
            _objects[id - 1] = body;
            return id;
        }

        public byte[] Finish(int catalog, int info)
        {
            using var output = new MemoryStream();
            output.Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"u8);
            var offsets = new long[_objects.Count];
            for (var i = 0; i < _objects.Count; i++)
            {
                offsets[i] = output.Position;
                output.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
                output.Write(_objects[i] ?? throw new InvalidOperationException($"Object {i + 1} was reserved but never written."));
                output.Write("\nendobj\n"u8);
            }

            var xref = output.Position;
            var table = new StringBuilder();
            table.Append(CultureInfo.InvariantCulture, $"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
            foreach (var offset in offsets)
            {
                table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
            }

            table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {_objects.Count + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
            output.Write(Encoding.ASCII.GetBytes(table.ToString()));
            return output.ToArray();
        }
    }
}
