using System.Globalization;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Statistics;

namespace MotCua.Modules.Reports.Statistics;

/// <summary>
/// The statistics table's query string as pages, exports and the API take it: <c>ky=</c> (2026-Q4, 2026-11, 2026-H1, 2026)
/// or <c>tu=</c>/<c>den=</c> (custom days), <c>lich=</c> (statutory 15→14, the default for the periodic report, or calendar),
/// <c>agency=</c>, <c>procedure=</c>, <c>layout=</c> (06a, detailed), <c>group=</c> (field, agency). All text, read strictly.
/// </summary>
internal sealed record StatisticsQuery(string? Ky, string? Tu, string? Den, string? Lich, string? Agency, string? Procedure, string? Layout, string? Group)
{
    public const string PeriodField = "ky";

    public const string FromField = "tu";

    public const string ToField = "den";

    public const string CalendarField = "lich";

    public const string AgencyField = "agency";

    public const string ProcedureField = "procedure";

    public const string LayoutField = "layout";

    public const string GroupField = "group";

    public const string StatutoryCalendar = "statutory";

    public const string CalendarYear = "calendar";

    public const string Form06a = "06a";

    public const string Detailed = "detailed";

    public const string ByField = "field";

    public const string ByAgency = "agency";

    /// <summary>The longest procedure code a query may name (the catalogue's column).</summary>
    public const int MaxProcedureLength = 20;

    /// <summary>The query's parameters with a value, in a stable order, for links to the same table.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Parameters() => new KeyValuePair<string, string?>[]
    {
        new(PeriodField, Ky), new(FromField, Tu), new(ToField, Den), new(CalendarField, Lich), new(AgencyField, Agency),
        new(ProcedureField, Procedure), new(LayoutField, Layout), new(GroupField, Group),
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value));

    /// <summary>The query string of <see cref="Parameters"/> plus <paramref name="extra"/>, starting with '?' (empty when none).</summary>
    public string QueryString(params KeyValuePair<string, string?>[] extra) =>
        Microsoft.AspNetCore.Http.QueryString.Create(Parameters().Concat(extra.Where(e => e.Value is not null))).ToUriComponent();
}

/// <summary>A statistics table asked for, read and checked: the period, layout, rows, scope (whole province when <see cref="AgencyId"/> is null).</summary>
internal sealed record StatisticsCriteria(
    ReportPeriod Period, StatisticsLayout Layout, StatisticsGrouping Grouping, Guid? AgencyId, string ScopeName, string? ProcedureCode, StatisticsQuery Query);

/// <summary>Reads the parts of <see cref="StatisticsQuery"/> that need no database.</summary>
internal static class StatisticsQueryReading
{
    /// <summary>The calendar named by <c>lich=</c> (statutory with the configured cut-off day by default), or a failure.</summary>
    public static PeriodCalendar? Calendar(string? text, int cutOffDay, List<RuleFailure> failures)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value) || string.Equals(value, StatisticsQuery.StatutoryCalendar, StringComparison.OrdinalIgnoreCase))
        {
            return PeriodCalendar.Statutory(cutOffDay);
        }

        if (string.Equals(value, StatisticsQuery.CalendarYear, StringComparison.OrdinalIgnoreCase))
        {
            return PeriodCalendar.Calendar;
        }

        failures.Add(Problem(StatisticsQuery.CalendarField, "Calendar", StatisticsQuery.StatutoryCalendar, StatisticsQuery.CalendarYear));
        return null;
    }

    /// <summary>
    /// The period of <c>ky=</c> or <c>tu=</c>/<c>den=</c> (ReportPeriodQuery's rules and messages, named by this query's
    /// fields); none given: the period of <paramref name="calendar"/>'s quarter holding <paramref name="today"/>.
    /// </summary>
    public static ReportPeriod? Period(StatisticsQuery query, PeriodCalendar calendar, DateOnly today, List<RuleFailure> failures)
    {
        if (string.IsNullOrWhiteSpace(query.Ky) && string.IsNullOrWhiteSpace(query.Tu) && string.IsNullOrWhiteSpace(query.Den))
        {
            return ReportPeriods.Containing(PeriodKind.Quarter, today, calendar);
        }

        var (period, problems) = ReportPeriodQuery.Parse(query.Ky, query.Tu, query.Den, calendar);
        failures.AddRange(problems.Select(p => p with { Field = FieldOf(p.Field) }));
        return period;
    }

    public static StatisticsLayout? Layout(string? text, List<RuleFailure> failures)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value) || string.Equals(value, StatisticsQuery.Form06a, StringComparison.OrdinalIgnoreCase))
        {
            return StatisticsLayout.Form06a;
        }

        if (string.Equals(value, StatisticsQuery.Detailed, StringComparison.OrdinalIgnoreCase))
        {
            return StatisticsLayout.Detailed;
        }

        failures.Add(Problem(StatisticsQuery.LayoutField, "Layout", StatisticsQuery.Form06a, StatisticsQuery.Detailed));
        return null;
    }

    public static StatisticsGrouping? Grouping(string? text, List<RuleFailure> failures)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value) || string.Equals(value, StatisticsQuery.ByField, StringComparison.OrdinalIgnoreCase))
        {
            return StatisticsGrouping.Field;
        }

        if (string.Equals(value, StatisticsQuery.ByAgency, StringComparison.OrdinalIgnoreCase))
        {
            return StatisticsGrouping.Unit;
        }

        failures.Add(Problem(StatisticsQuery.GroupField, "Group", StatisticsQuery.ByField, StatisticsQuery.ByAgency));
        return null;
    }

    /// <summary>The query value naming <paramref name="grouping"/>.</summary>
    public static string GroupValue(StatisticsGrouping grouping) => grouping == StatisticsGrouping.Unit ? StatisticsQuery.ByAgency : StatisticsQuery.ByField;

    /// <summary>The query value naming <paramref name="layout"/>.</summary>
    public static string LayoutValue(StatisticsLayout layout) => layout == StatisticsLayout.Detailed ? StatisticsQuery.Detailed : StatisticsQuery.Form06a;

    /// <summary>A number the query gives (<c>col=</c>, <c>page=</c>): digits only, within the bounds; else a failure on <paramref name="field"/>.</summary>
    public static int? Number(string? text, string field, int min, int max, string rule, List<RuleFailure> failures, int? blank = null)
    {
        if (string.IsNullOrWhiteSpace(text) && blank is { } value)
        {
            return value;
        }

        if (text is not null && text.Trim() is { Length: > 0 and <= 9 } trimmed && trimmed.All(char.IsAsciiDigit)
            && int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture) is var number && number >= min && number <= max)
        {
            return number;
        }

        failures.Add(Problem(field, rule, min, max));
        return null;
    }

    /// <summary>A failure on <paramref name="field"/>; the message is the resource <c>Error_</c>+<paramref name="rule"/>.</summary>
    public static RuleFailure Problem(string field, string rule, params object[] arguments) =>
        new(field, ResourceText.Get<ReportsText>("Error_" + rule, arguments), rule);

    private static string FieldOf(string periodQueryField) => periodQueryField switch
    {
        ReportPeriodQuery.FromField => StatisticsQuery.FromField,
        ReportPeriodQuery.ToField => StatisticsQuery.ToField,
        _ => StatisticsQuery.PeriodField,
    };
}
