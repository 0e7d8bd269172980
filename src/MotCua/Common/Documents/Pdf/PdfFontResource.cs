using System.Text;

namespace MotCua.Common.Documents.Pdf;

/// <summary>
/// One embedded font of a document: records which glyphs the pages used (and which text they stand for) and writes
/// the Type0 font with its CIDFontType2 descendant, widths, ToUnicode map and the subsetted font program.
/// </summary>
internal sealed class PdfFontResource
{
    private readonly SortedDictionary<int, string> _used = [];

    public PdfFontResource(TrueTypeFont font, string name)
    {
        Font = font;
        Name = name;
    }

    public TrueTypeFont Font { get; }

    /// <summary>The resource name used in content streams (F1, F2, …).</summary>
    public string Name { get; }

    /// <summary>The glyph ids used so far.</summary>
    public IReadOnlyCollection<int> UsedGlyphs => _used.Keys;

    /// <summary>Encodes text as a hexadecimal string of two-byte glyph ids (Identity-H) and records the glyphs.</summary>
    public string Encode(string text)
    {
        var hex = new StringBuilder("<");
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = Font.GlyphId(rune.Value);
            _used.TryAdd(glyph, rune.ToString());
            hex.Append(glyph.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.Append('>').ToString();
    }

    /// <summary>Writes the font objects and returns the object number of the Type0 font.</summary>
    public int Write(PdfDocument.ObjectWriter writer)
    {
        var baseFont = SubsetTag() + "+" + Font.PostScriptName;
        var program = Font.Subset(_used.Keys);
        var fontFile = writer.Stream(program, $"/Length1 {program.Length} ");
        var scale = 1000.0 / Font.UnitsPerEm;
        var (xMin, yMin, xMax, yMax) = Font.BoundingBox;
        var bold = Font.PostScriptName.Contains("Bold", StringComparison.Ordinal);
        // PDF 32000-1 Table 123: flag bits Serif (2), Nonsymbolic (6), Italic (7).
        var flags = 2 | 32 | (Font.ItalicAngle != 0 ? 64 : 0);
        var descriptor = writer.Add(
            $"<< /Type /FontDescriptor /FontName /{baseFont} /Flags {flags} " +
            $"/FontBBox [{PdfDocument.Num(xMin * scale)} {PdfDocument.Num(yMin * scale)} {PdfDocument.Num(xMax * scale)} {PdfDocument.Num(yMax * scale)}] " +
            $"/ItalicAngle {PdfDocument.Num(Font.ItalicAngle)} /Ascent {PdfDocument.Num(Font.Ascent * scale)} /Descent {PdfDocument.Num(Font.Descent * scale)} " +
            $"/CapHeight {PdfDocument.Num(Font.CapHeight * scale)} /StemV {(bold ? 140 : 80)} /FontFile2 {fontFile} 0 R >>");
        var widths = string.Join(" ", _used.Keys.Select(g => $"{g} [{Font.PdfWidth(g)}]"));
        var cidFont = writer.Add(
            $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{baseFont} " +
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
            $"/FontDescriptor {descriptor} 0 R /DW 1000 /W [{widths}] /CIDToGIDMap /Identity >>");
        var toUnicode = writer.Stream(Encoding.ASCII.GetBytes(ToUnicodeCMap()), "");
        return writer.Add(
            $"<< /Type /Font /Subtype /Type0 /BaseFont /{baseFont} /Encoding /Identity-H " +
            $"/DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R >>");
    }

    private string ToUnicodeCMap()
    {
        var cmap = new StringBuilder();
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        cmap.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
        cmap.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        cmap.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var mapped = _used.Where(u => u.Key != 0).ToList();
        // PDF 32000-1 9.10.3: at most 100 entries per beginbfchar block.
        foreach (var chunk in mapped.Chunk(100))
        {
            cmap.Append(System.Globalization.CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var (glyph, text) in chunk)
            {
                cmap.Append(System.Globalization.CultureInfo.InvariantCulture, $"<{glyph:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>\n");
            }

            cmap.Append("endbfchar\n");
        }

        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.ToString();
    }

    /// <summary>Six capital letters derived from the glyph set, marking the font as a subset (PDF 32000-1 9.6.4).</summary>
    private string SubsetTag()
    {
        var hash = 2166136261u;
        foreach (var glyph in _used.Keys)
        {
            hash = unchecked((hash ^ (uint)glyph) * 16777619u);
        }

        hash ^= (uint)Font.PostScriptName.Length;
        var tag = new char[6];
        for (var i = 0; i < 6; i++)
        {
            tag[i] = (char)('A' + (hash % 26));
            hash /= 26;
        }

        return new string(tag);
    }
}
