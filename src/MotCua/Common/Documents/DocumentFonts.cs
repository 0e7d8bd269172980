using MotCua.Common.Documents.Pdf;

namespace MotCua.Common.Documents;

/// <summary>The Noto Serif family embedded in the application (SIL OFL 1.1, see Fonts/OFL.txt), loaded once.</summary>
internal static class DocumentFonts
{
    private static readonly Lazy<TrueTypeFont> s_regular = new(() => Load("NotoSerif-Regular.ttf"));
    private static readonly Lazy<TrueTypeFont> s_bold = new(() => Load("NotoSerif-Bold.ttf"));
    private static readonly Lazy<TrueTypeFont> s_italic = new(() => Load("NotoSerif-Italic.ttf"));
    private static readonly Lazy<TrueTypeFont> s_boldItalic = new(() => Load("NotoSerif-BoldItalic.ttf"));

    public static TrueTypeFont Get(bool bold, bool italic) =>
        (bold, italic) switch
        {
            (false, false) => s_regular.Value,
            (true, false) => s_bold.Value,
            (false, true) => s_italic.Value,
            _ => s_boldItalic.Value,
        };

    private static TrueTypeFont Load(string file)
    {
        using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream("MotCua.Fonts." + file)
            ?? throw new InvalidOperationException($"The font {file} is not embedded in the application.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return TrueTypeFont.Load(buffer.ToArray());
    }
}
