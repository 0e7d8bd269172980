using System.Globalization;
using System.Text;
using MotCua.Common.Documents.Layout;

namespace MotCua.Modules.Dossiers.Forms;

/// <summary>
/// Class names for the HTML rendering of a document model. The content security policy forbids style attributes, so
/// sizes are rounded to the classes that wwwroot/css/forms.css defines (widths in whole percent, font sizes in half points).
/// </summary>
internal static class FormHtml
{
    public static string ParagraphClass(Paragraph p) =>
        $"form-p {Align(p.Align)} {FontSize(p.Size)} sb-{Clamp(p.SpaceBefore, 0, 12)} sa-{Clamp(p.SpaceAfter, 0, 12)} ind-{Clamp(p.Indent, 0, 30)}";

    public static string Align(TextAlign align) => "al-" + align.ToString().ToLowerInvariant();

    public static string Width(double fraction) => $"w-{Clamp(fraction * 100, 1, 100)}";

    public static string FontSize(double size) => $"fs-{Clamp(size * 2, 12, 30)}";

    public static string Spacer(double height) => $"sp-{Clamp(height, 0, 60)}";

    public static string BlankWidth(double points) => $"bw-{Clamp(points / 10, 1, 30)}";

    public static string QrSize(double points) => $"qr-{Clamp(points, 30, 80)}";

    public static int QrModules(string content) => QrMatrix.Create(content).GetLength(0);

    /// <summary>An SVG path with one unit square per dark module.</summary>
    public static string QrPath(string content)
    {
        var matrix = QrMatrix.Create(content);
        var path = new StringBuilder();
        for (var r = 0; r < matrix.GetLength(0); r++)
        {
            for (var c = 0; c < matrix.GetLength(1); c++)
            {
                if (matrix[r, c])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{c} {r}h1v1h-1z");
                }
            }
        }

        return path.ToString();
    }

    private static int Clamp(double value, int min, int max) => Math.Clamp((int)Math.Round(value), min, max);
}
