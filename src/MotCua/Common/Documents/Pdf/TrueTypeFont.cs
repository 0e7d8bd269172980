using System.Buffers.Binary;
using System.Text;

namespace MotCua.Common.Documents.Pdf;

/// <summary>
/// The parts of a TrueType font a PDF writer needs: the character map (formats 4 and 12), advance widths, the metrics
/// of the font descriptor and the glyph outlines for subsetting. Immutable and thread-safe once loaded.
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length)> _tables;
    private readonly Dictionary<int, int> _cmap;
    private readonly ushort[] _advances;
    private readonly int[] _loca;

    public TrueTypeFont(byte[] data, string postScriptName)
    {
        _data = data;
        PostScriptName = postScriptName;
        _tables = ReadTableDirectory(data);

        var head = Table("head");
        UnitsPerEm = U16(head + 18);
        BoundingBox = (I16(head + 36), I16(head + 38), I16(head + 40), I16(head + 42));
        var longLoca = I16(head + 50) == 1;

        var hhea = Table("hhea");
        Ascent = I16(hhea + 4);
        Descent = I16(hhea + 6);
        int metricsCount = U16(hhea + 34);

        GlyphCount = U16(Table("maxp") + 4);

        var hmtx = Table("hmtx");
        _advances = new ushort[GlyphCount];
        for (var g = 0; g < GlyphCount; g++)
        {
            _advances[g] = U16(hmtx + (4 * Math.Min(g, metricsCount - 1)));
        }

        var loca = Table("loca");
        _loca = new int[GlyphCount + 1];
        for (var g = 0; g <= GlyphCount; g++)
        {
            _loca[g] = longLoca ? (int)U32(loca + (4 * g)) : U16(loca + (2 * g)) * 2;
        }

        CapHeight = _tables.TryGetValue("OS/2", out var os2) && U16(os2.Offset) >= 2 ? I16(os2.Offset + 88) : Ascent;
        ItalicAngle = _tables.TryGetValue("post", out var post) ? I16(post.Offset + 4) + (U16(post.Offset + 6) / 65536.0) : 0;
        _cmap = ReadCmap();
    }

    /// <summary>The name under which the font is embedded (without subset tag).</summary>
    public string PostScriptName { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    public int Ascent { get; }

    public int Descent { get; }

    public int CapHeight { get; }

    public double ItalicAngle { get; }

    public (int XMin, int YMin, int XMax, int YMax) BoundingBox { get; }

    /// <summary>Loads a font; the PostScript name is read from the name table (id 6).</summary>
    public static TrueTypeFont Load(byte[] data)
    {
        var tables = ReadTableDirectory(data);
        return new TrueTypeFont(data, ReadPostScriptName(data, tables));
    }

    /// <summary>The glyph id of a Unicode code point, or 0 (.notdef) when the font lacks it.</summary>
    public int GlyphId(int codePoint) => _cmap.GetValueOrDefault(codePoint);

    /// <summary>The advance width of a glyph in font units.</summary>
    public int Advance(int glyphId) => glyphId >= 0 && glyphId < GlyphCount ? _advances[glyphId] : 0;

    /// <summary>The advance width of a glyph in thousandths of the font size, as PDF width arrays want it.</summary>
    public int PdfWidth(int glyphId) => (int)Math.Round(Advance(glyphId) * 1000.0 / UnitsPerEm);

    /// <summary>The advance width of a text (NFC) at a font size, in points.</summary>
    public double Measure(string text, double size)
    {
        long units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += Advance(GlyphId(rune.Value));
        }

        return units * size / UnitsPerEm;
    }

    /// <summary>The glyphs that the given ones are built from (composite components), recursively, including themselves and .notdef.</summary>
    public SortedSet<int> Closure(IEnumerable<int> glyphIds)
    {
        var result = new SortedSet<int>();
        var pending = new Stack<int>(glyphIds.Append(0));
        var glyf = Table("glyf");
        while (pending.Count > 0)
        {
            var g = pending.Pop();
            if (g < 0 || g >= GlyphCount || !result.Add(g))
            {
                continue;
            }

            foreach (var component in Components(glyf, g))
            {
                if (!result.Contains(component))
                {
                    pending.Push(component);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// A font program with only the outlines of <paramref name="glyphIds"/> (and their components): glyph ids stay the
    /// same, the other glyphs become empty, so content streams can keep using the original ids (CIDToGIDMap Identity).
    /// </summary>
    public byte[] Subset(IEnumerable<int> glyphIds)
    {
        var keep = Closure(glyphIds);
        var glyf = Table("glyf");
        var newGlyf = new MemoryStream();
        var newLoca = new byte[(GlyphCount + 1) * 4];
        for (var g = 0; g < GlyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newGlyf.Length);
            if (keep.Contains(g))
            {
                var length = _loca[g + 1] - _loca[g];
                newGlyf.Write(_data, glyf + _loca[g], length);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * GlyphCount), (uint)newGlyf.Length);

        var head = TableBytes("head");
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["head"] = head,
            ["hhea"] = TableBytes("hhea"),
            ["maxp"] = TableBytes("maxp"),
            ["hmtx"] = TableBytes("hmtx"),
            ["loca"] = newLoca,
            ["glyf"] = newGlyf.ToArray(),
        };
        foreach (var hinting in new[] { "cvt ", "fpgm", "prep" })
        {
            if (_tables.ContainsKey(hinting))
            {
                tables[hinting] = TableBytes(hinting);
            }
        }

        return WriteFont(tables);
    }

    private static byte[] WriteFont(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        var output = new MemoryStream();
        var header = new byte[12 + (16 * count)];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(10), (ushort)((count * 16) - searchRange));
        output.Write(header);

        var offset = header.Length;
        var headOffset = 0;
        var index = 0;
        foreach (var (tag, bytes) in tables)
        {
            var record = header.AsSpan(12 + (16 * index));
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(bytes));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)bytes.Length);
            if (tag == "head")
            {
                headOffset = offset;
            }

            output.Write(bytes);
            var padding = (4 - (bytes.Length % 4)) % 4;
            output.Write(new byte[padding]);
            offset += bytes.Length + padding;
            index++;
        }

        var font = output.ToArray();
        header.CopyTo(font, 0);
        // OpenType spec, 'head' table: checkSumAdjustment = 0xB1B0AFBA minus the checksum of the whole font.
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    private static uint Checksum(byte[] bytes)
    {
        uint sum = 0;
        for (var i = 0; i < bytes.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++)
            {
                word = (word << 8) | (i + j < bytes.Length ? bytes[i + j] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }

    private IEnumerable<int> Components(int glyf, int glyphId)
    {
        var start = glyf + _loca[glyphId];
        if (_loca[glyphId + 1] == _loca[glyphId] || I16(start) >= 0)
        {
            yield break;
        }

        const int argsAreWords = 0x1, hasScale = 0x8, moreComponents = 0x20, hasXyScale = 0x40, hasTwoByTwo = 0x80;
        var p = start + 10;
        int flags;
        do
        {
            flags = U16(p);
            yield return U16(p + 2);
            p += 4 + ((flags & argsAreWords) != 0 ? 4 : 2);
            p += (flags & hasScale) != 0 ? 2 : (flags & hasXyScale) != 0 ? 4 : (flags & hasTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & moreComponents) != 0);
    }

    private Dictionary<int, int> ReadCmap()
    {
        // An embedded subset carries no character map: PDF maps codes to glyphs itself.
        if (!_tables.ContainsKey("cmap"))
        {
            return [];
        }

        var cmap = Table("cmap");
        int count = U16(cmap + 2);
        int? format4 = null, format12 = null;
        for (var i = 0; i < count; i++)
        {
            var record = cmap + 4 + (8 * i);
            int platform = U16(record), encoding = U16(record + 2);
            var subtable = cmap + (int)U32(record + 4);
            var format = U16(subtable);
            var unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (unicode && format == 12)
            {
                format12 ??= subtable;
            }
            else if (unicode && format == 4)
            {
                format4 ??= subtable;
            }
        }

        if (format12 is { } f12)
        {
            return ReadFormat12(f12);
        }

        return format4 is { } f4 ? ReadFormat4(f4) : throw new InvalidDataException("The font has no Unicode character map (cmap format 4 or 12).");
    }

    private Dictionary<int, int> ReadFormat4(int table)
    {
        var map = new Dictionary<int, int>();
        var segments = U16(table + 6) / 2;
        var ends = table + 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            int start = U16(starts + (2 * s)), end = U16(ends + (2 * s)), delta = I16(deltas + (2 * s)), rangeOffset = U16(rangeOffsets + (2 * s));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    glyph = U16(rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start)));
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    map[c] = glyph;
                }
            }
        }

        return map;
    }

    private Dictionary<int, int> ReadFormat12(int table)
    {
        var map = new Dictionary<int, int>();
        var groups = (int)U32(table + 12);
        for (var i = 0; i < groups; i++)
        {
            var group = table + 16 + (12 * i);
            long start = U32(group), end = U32(group + 4), glyph = U32(group + 8);
            for (var c = start; c <= end; c++)
            {
                map[(int)c] = (int)(glyph + (c - start));
            }
        }

        return map;
    }

    private static Dictionary<string, (int, int)> ReadTableDirectory(byte[] data)
    {
        if (data.Length < 12)
        {
            throw new InvalidDataException("Not a TrueType font.");
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (version != 0x00010000 && version != 0x74727565)
        {
            throw new InvalidDataException("Only TrueType outlines (not CFF or collections) can be embedded.");
        }

        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        int count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (16 * i);
            var tag = Encoding.ASCII.GetString(data, record, 4);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 12)));
        }

        return tables;
    }

    private static string ReadPostScriptName(byte[] data, Dictionary<string, (int Offset, int Length)> tables)
    {
        if (!tables.TryGetValue("name", out var name))
        {
            return "Font";
        }

        var span = data.AsSpan(name.Offset);
        int count = BinaryPrimitives.ReadUInt16BigEndian(span[2..]);
        int strings = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = span[(6 + (12 * i))..];
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record), id = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]), offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (id == 6 && platform == 3)
            {
                return Encoding.BigEndianUnicode.GetString(data, name.Offset + strings + offset, length);
            }
        }

        return "Font";
    }

    private int Table(string tag) =>
        _tables.TryGetValue(tag, out var table) ? table.Offset : throw new InvalidDataException($"The font has no '{tag}' table.");

    private byte[] TableBytes(string tag)
    {
        var (offset, length) = _tables[tag];
        return _data.AsSpan(offset, length).ToArray();
    }

    private ushort U16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(offset));

    private short I16(int offset) => BinaryPrimitives.ReadInt16BigEndian(_data.AsSpan(offset));

    private uint U32(int offset) => BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(offset));
}
