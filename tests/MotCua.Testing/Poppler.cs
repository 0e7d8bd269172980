using System.Diagnostics;

namespace MotCua.Testing;

/// <summary>Runs poppler-utils (installed by scripts/test.sh) on a PDF to read it back as a viewer would.</summary>
public static class Poppler
{
    public static string Run(string tool, byte[] pdf, params string[] arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"motcua-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            return Run(tool, [.. arguments, file, .. tool == "pdftotext" ? new[] { "-" } : []]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static string Run(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error}");
        }

        return output.Result + error;
    }

    /// <summary>Keeps the PDF as artifacts/screenshots/&lt;name&gt;.pdf and renders every page to &lt;name&gt;-N.png (80 dpi unless told).</summary>
    public static void Screenshot(byte[] pdf, string name, int dpi = 80)
    {
        var directory = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, name + ".pdf");
        File.WriteAllBytes(file, pdf);
        Run("pdftoppm", ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", file, Path.Combine(directory, name)]);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MotCua.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
