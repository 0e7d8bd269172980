using System.Globalization;
using System.Text.RegularExpressions;
using MotCua.Common.Localization;
using MotCua.Common.Validation;

namespace MotCua.Modules.Metrics.Periods;

/// <summary>
/// A period as a query string gives it: <c>period=2026-Q4</c> (or <c>2026-11</c>, <c>2026-H1</c>, <c>2026</c>), or a custom
/// <c>from=2026-11-01&amp;to=2026-11-20</c>. Read strictly: digits 0–9 only, years <see cref="TypedValues.FirstYear"/>–<see cref="TypedValues.LastYear"/>.
/// </summary>
internal static partial class ReportPeriodQuery
{
    public const string PeriodField = "period";

    public const string FromField = "from";

    public const string ToField = "to";

    /// <summary>The period asked for, or the failures (in Vietnamese) that say why none could be read.</summary>
    public static (ReportPeriod? Period, IReadOnlyList<RuleFailure> Problems) Parse(string? period, string? from, string? to, PeriodCalendar calendar)
    {
        var hasPeriod = !string.IsNullOrWhiteSpace(period);
        var hasRange = !string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to);
        if (hasPeriod && hasRange)
        {
            return Failed(Problem(PeriodField, "PeriodOrRange"));
        }

        if (hasPeriod)
        {
            return ParseNamed(period!.Trim(), calendar);
        }

        if (hasRange)
        {
            return ParseRange(from, to, calendar);
        }

        return Failed(Problem(PeriodField, "PeriodMissing"));
    }

    private static (ReportPeriod?, IReadOnlyList<RuleFailure>) ParseNamed(string text, PeriodCalendar calendar)
    {
        var match = NamedPeriod().Match(text);
        if (!match.Success)
        {
            return Failed(Problem(PeriodField, "PeriodFormat"));
        }

        var year = Number(match.Groups["year"]);
        if (year is < TypedValues.FirstYear or > TypedValues.LastYear)
        {
            return Failed(Problem(PeriodField, "PeriodYear", TypedValues.FirstYear, TypedValues.LastYear));
        }

        var (kind, number, max, rule) = match switch
        {
            _ when match.Groups["month"].Success => (PeriodKind.Month, Number(match.Groups["month"]), 12, "PeriodMonth"),
            _ when match.Groups["quarter"].Success => (PeriodKind.Quarter, Number(match.Groups["quarter"]), 4, "PeriodQuarter"),
            _ when match.Groups["half"].Success => (PeriodKind.HalfYear, Number(match.Groups["half"]), 2, "PeriodHalfYear"),
            _ => (PeriodKind.Year, 0, 0, ""),
        };
        if (kind != PeriodKind.Year && (number < 1 || number > max))
        {
            return Failed(Problem(PeriodField, rule));
        }

        return (ReportPeriods.Of(kind, year, number, calendar), []);
    }

    private static (ReportPeriod?, IReadOnlyList<RuleFailure>) ParseRange(string? from, string? to, PeriodCalendar calendar)
    {
        var problems = new List<RuleFailure>();
        var first = Date(from, FromField, problems);
        var last = Date(to, ToField, problems);
        if (first is { } f && last is { } l && f > l)
        {
            problems.Add(Problem(ToField, "PeriodDateOrder"));
        }

        return problems.Count > 0 ? (null, problems) : (ReportPeriods.Custom(first!.Value, last!.Value, calendar), []);
    }

    private static DateOnly? Date(string? text, string field, List<RuleFailure> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(Problem(field, "PeriodDateMissing"));
            return null;
        }

        if (TypedValues.IsoDate(text) is { } date)
        {
            return date;
        }

        problems.Add(Problem(field, "PeriodDate", TypedValues.FirstYear, TypedValues.LastYear));
        return null;
    }

    private static (ReportPeriod?, IReadOnlyList<RuleFailure>) Failed(RuleFailure failure) => (null, [failure]);

    /// <summary>The value of <paramref name="field"/> breaks <paramref name="rule"/>; the message is the resource <c>Error_</c>+rule.</summary>
    private static RuleFailure Problem(string field, string rule, params object[] arguments) =>
        new(field, ResourceText.Get<MetricsText>("Error_" + rule, arguments), rule);

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    // [0-9], not \d: .NET's \d takes every Unicode digit (full-width "２０２６" included).
    [GeneratedRegex(@"^(?<year>[0-9]{4})(-((?<month>[0-9]{1,2})|[Qq](?<quarter>[0-9]{1,2})|[Hh](?<half>[0-9]{1,2})))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamedPeriod();
}
