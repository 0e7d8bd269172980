using System.Diagnostics;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>Reads a generated PDF back with poppler-utils (installed by scripts/test.sh), as a viewer would.</summary>
internal static class PdfText
{
    /// <summary>The text of <paramref name="pdf"/> in reading layout (pdftotext -layout).</summary>
    public static async Task<string> ReadAsync(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(0);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Whitespace runs folded to one space, so that wrapped lines compare as text.</summary>
    public static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
