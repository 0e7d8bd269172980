using System.Text.RegularExpressions;

namespace MotCua.UnitTests.Architecture;

/// <summary>
/// Input typed by people is read one strict way. In .NET <c>\d</c> and <c>char.IsDigit</c> accept every Unicode decimal
/// digit (Arabic-Indic, full-width…), which <c>int.Parse</c> then refuses with an exception: codes, numbers and indexes
/// are digits 0–9 only. <c>Enum.TryParse</c> takes "2" for a value that may not exist and "New,Received" for the bitwise OR
/// of two: a choice typed as text is read by name through <c>TypedValues</c>, and a date typed yyyy-MM-dd there too.
/// </summary>
public sealed partial class StrictInputTests
{
    [Fact]
    public void No_pattern_or_digit_test_in_the_application_accepts_digits_other_than_0_to_9() =>
        SourceLines(UnicodeDigitTest()).ShouldBeEmpty();

    [Fact]
    public void No_choice_typed_as_text_is_read_with_enum_try_parse() =>
        SourceLines(EnumTryParse()).ShouldBeEmpty();

    [Fact]
    public void Dates_typed_as_year_month_day_are_read_in_one_place() =>
        SourceLines(IsoDateParse()).Where(l => !l.StartsWith($"Common{Path.DirectorySeparatorChar}Validation{Path.DirectorySeparatorChar}TypedValues.cs", StringComparison.Ordinal)).ShouldBeEmpty();

    [GeneratedRegex(@"(Regex|RegularExpression)\(.*\\d|char\.IsDigit|\bIsDigit\(")]
    private static partial Regex UnicodeDigitTest();

    [GeneratedRegex(@"\bEnum\.TryParse\b(?!</c>)")]
    private static partial Regex EnumTryParse();

    [GeneratedRegex(@"TryParseExact\([^;]*""yyyy-MM-dd""")]
    private static partial Regex IsoDateParse();

    private static List<string> SourceLines(Regex pattern)
    {
        var sourceRoot = SourceTree.Root;
        return Directory.EnumerateFiles(sourceRoot, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(sourceRoot, f), Line: i + 1, Text: line)))
            .Where(l => pattern.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
    }
}
