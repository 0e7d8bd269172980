using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>Reads a generated PDF back with poppler-utils (installed by scripts/test.sh), as a viewer would.</summary>
internal static class PdfText
{
    /// <summary>The text of <paramref name="pdf"/> in reading layout (pdftotext -layout).</summary>
    public static Task<string> ReadAsync(byte[] pdf) => Task.FromResult(Poppler.Run("pdftotext", pdf, "-layout"));

    /// <summary>Whitespace runs folded to one space, so that wrapped lines compare as text.</summary>
    public static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
