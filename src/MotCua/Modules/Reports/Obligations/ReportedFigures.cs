using System.Globalization;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Metrics.Statistics;
using MotCua.Modules.Reports.Obligations.Data;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>One row of Biểu 06a as the form posts it: the row's key and label and the eleven figures as typed.</summary>
internal sealed class ReportedRowInput
{
    public string? Key { get; set; }

    public string? Label { get; set; }

    public List<string?> V { get; set; } = [];

    /// <summary>A row as the form shows it, its figures written as the form reads them back (invariant digits).</summary>
    public static ReportedRowInput Of(string key, string label, IEnumerable<long> values) =>
        new() { Key = key, Label = label, V = [.. values.Select(v => (string?)v.ToString(CultureInfo.InvariantCulture))] };
}

/// <summary>
/// Reads the Biểu 06a rows an agency typed (ADR-060): whole numbers only, none negative, none above <see cref="MaxFigure"/>, a
/// label on every row with figures, and the form's sums kept (<see cref="StatisticsIdentities"/>). Blank rows are dropped.
/// Every problem names the row and column, in Vietnamese.
/// </summary>
internal static class ReportedFigures
{
    /// <summary>The largest figure accepted: far above any agency's dossiers in a year.</summary>
    public const long MaxFigure = 1_000_000_000;

    /// <summary>The most rows one report may have.</summary>
    public const int MaxRows = 500;

    public static (IReadOnlyList<ReportSubmissionRow> Rows, IReadOnlyList<RuleFailure> Failures) Read(IReadOnlyList<ReportedRowInput>? input)
    {
        var failures = new List<RuleFailure>();
        var rows = new List<ReportSubmissionRow>();
        if (input is null)
        {
            return (rows, failures);
        }

        if (input.Count > MaxRows)
        {
            return (rows, [Problem("Rows", "Error_TooManyRows", MaxRows)]);
        }

        for (var i = 0; i < input.Count; i++)
        {
            var posted = input[i];
            var label = posted.Label?.Trim() ?? "";
            var key = posted.Key?.Trim() ?? "";
            var texts = posted.V ?? [];
            if (label.Length == 0 && texts.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var field = $"Rows[{i}]";
            var name = label.Length == 0 ? (i + 1).ToString(CultureInfo.InvariantCulture) : label;
            if (label.Length == 0)
            {
                failures.Add(Problem(field, "Error_LabelMissing", i + 1));
            }
            else if (label.Length > ReportSubmissionRow.LabelLength)
            {
                failures.Add(Problem(field, "Error_LabelTooLong", i + 1, ReportSubmissionRow.LabelLength));
            }

            if (key.Length > ReportSubmissionRow.KeyLength || texts.Count > ReportSubmissionRow.ValueCount)
            {
                failures.Add(Problem(field, "Error_RowShape", name));
                continue;
            }

            var values = new long[ReportSubmissionRow.ValueCount];
            for (var c = 0; c < values.Length; c++)
            {
                var column = c + StatisticsLayout.FirstNumericColumn;
                switch (Figure(c < texts.Count ? texts[c] : null, out var value))
                {
                    case FigureReading.Negative:
                        failures.Add(Problem(field, "Error_FigureNegative", name, column));
                        break;
                    case FigureReading.TooLarge:
                        failures.Add(Problem(field, "Error_FigureTooLarge", name, column, MaxFigure.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))));
                        break;
                    case FigureReading.NotANumber:
                        failures.Add(Problem(field, "Error_FigureNotNumber", name, column));
                        break;
                    default:
                        values[c] = value;
                        break;
                }
            }

            if (failures.Count == 0)
            {
                rows.Add(ReportSubmissionRow.Of(rows.Count + 1, key, label, values));
            }
        }

        if (failures.Count == 0)
        {
            var table = StatisticsTable.Of(StatisticsLayout.Form06a, StatisticsGrouping.Field, [.. rows.Select(ToStatisticsRow)]);
            failures.AddRange(StatisticsIdentities.Check(table));
        }

        return failures.Count > 0 ? ([], failures) : (rows, []);
    }

    /// <summary>A stored row as the statistics table's row.</summary>
    public static StatisticsRow ToStatisticsRow(ReportSubmissionRow row) => new(row.Label, [.. row.Values]);

    /// <summary>The key two reported rows, or a reported and a live row, are matched by: the field code, else the label.</summary>
    public static string MatchKey(string rowKey, string label) => rowKey.Length > 0 ? rowKey : "label:" + label;

    /// <summary>
    /// A figure as typed: blank is 0; digits with "." or spaces between thousands ("1.250"); a leading "-" is negative;
    /// anything else (letters, decimals, full-width digits) is not a whole number.
    /// </summary>
    private static FigureReading Figure(string? text, out long value)
    {
        value = 0;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return FigureReading.Read;
        }

        var negative = trimmed.StartsWith('-');
        var digits = (negative ? trimmed[1..] : trimmed).Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return FigureReading.NotANumber;
        }

        if (negative && digits.Any(d => d != '0'))
        {
            return FigureReading.Negative;
        }

        var significant = digits.TrimStart('0');
        if (significant.Length > 10 || (significant.Length > 0 && long.Parse(significant, NumberStyles.None, CultureInfo.InvariantCulture) > MaxFigure))
        {
            return FigureReading.TooLarge;
        }

        value = significant.Length == 0 ? 0 : long.Parse(significant, NumberStyles.None, CultureInfo.InvariantCulture);
        return FigureReading.Read;
    }

    private static RuleFailure Problem(string field, string name, params object[] arguments) =>
        new(field, ResourceText.Get<ObligationsText>(name, arguments), name);

    private enum FigureReading
    {
        Read,
        NotANumber,
        Negative,
        TooLarge,
    }
}
