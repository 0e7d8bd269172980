using System.Text.RegularExpressions;

namespace MotCua.UnitTests.Architecture;

/// <summary>
/// In .NET <c>\d</c> and <c>char.IsDigit</c> accept every Unicode decimal digit (Arabic-Indic, full-width…), which
/// <c>int.Parse</c> then refuses with an exception; codes, numbers and indexes typed by people are digits 0–9 only.
/// </summary>
public sealed partial class AsciiDigitTests
{
    [Fact]
    public void No_pattern_or_digit_test_in_the_application_accepts_digits_other_than_0_to_9()
    {
        var sourceRoot = SourceRoot();
        var offending = Directory.EnumerateFiles(sourceRoot, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(sourceRoot, f), Line: i + 1, Text: line)))
            .Where(l => UnicodeDigitTest().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        offending.ShouldBeEmpty();
    }

    [GeneratedRegex(@"(Regex|RegularExpression)\(.*\\d|char\.IsDigit|\bIsDigit\(")]
    private static partial Regex UnicodeDigitTest();

    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "src", "MotCua", "MotCua.csproj")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "src", "MotCua");
    }
}
