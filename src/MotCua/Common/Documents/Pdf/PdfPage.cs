using System.Text;

namespace MotCua.Common.Documents.Pdf;

/// <summary>
/// One page and its content stream. Coordinates are in points from the TOP-left corner (as a layout thinks);
/// the page converts them to PDF's bottom-left origin.
/// </summary>
internal sealed class PdfPage
{
    private readonly PdfDocument _document;
    private readonly StringBuilder _content = new();

    internal PdfPage(PdfDocument document, double width, double height)
    {
        _document = document;
        Width = width;
        Height = height;
    }

    public double Width { get; }

    public double Height { get; }

    internal string Content => _content.ToString();

    /// <summary>Draws text with its baseline at <paramref name="baseline"/>; the text must already be in NFC.</summary>
    public void Text(TrueTypeFont font, double size, double x, double baseline, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var resource = _document.Resource(font);
        _content.Append($"BT /{resource.Name} {N(size)} Tf {N(x)} {N(Height - baseline)} Td {resource.Encode(text)} Tj ET\n");
    }

    /// <summary>A straight line; <paramref name="dotted"/> draws round dots (for blanks filled in by hand).</summary>
    public void Line(double x1, double y1, double x2, double y2, double width, bool dotted = false)
    {
        var dash = dotted ? $"1 J [0 {N(width * 4)}] 0 d" : "0 J [] 0 d";
        _content.Append($"q {N(width)} w {dash} {N(x1)} {N(Height - y1)} m {N(x2)} {N(Height - y2)} l S Q\n");
    }

    /// <summary>A filled black rectangle (QR modules).</summary>
    public void FillRectangle(double x, double y, double width, double height) =>
        _content.Append($"{N(x)} {N(Height - y - height)} {N(width)} {N(height)} re f\n");

    private static string N(double value) => PdfDocument.Num(value);
}
