using System.Globalization;
using MotCua.Common.Localization;
using MotCua.Common.Time;

namespace MotCua.Modules.Metrics.Periods;

/// <summary>The length of a report period (kỳ báo cáo).</summary>
internal enum PeriodKind
{
    Month,
    Quarter,
    HalfYear,
    Year,

    /// <summary>Any run of days chosen by the reader (from – to).</summary>
    Custom,
}

/// <summary>
/// The two calendars periods are cut by (ADR-052). Figures of the same "quarter" differ between them, so every page and
/// export names the calendar it shows (<see cref="ReportPeriod.CalendarName"/>).
/// </summary>
internal enum PeriodCalendarKind
{
    /// <summary>From the 1st to the end of the month, quarter, half-year or year: the periods of Bộ chỉ số 766.</summary>
    Calendar,

    /// <summary>The statutory reporting cut-off: from the day after the cut-off day of the month before to the cut-off day.</summary>
    Statutory,
}

/// <summary>A calendar with its cut-off day (meaningful for <see cref="PeriodCalendarKind.Statutory"/> only).</summary>
internal readonly record struct PeriodCalendar(PeriodCalendarKind Kind, int CutOffDay)
{
    /// <summary>1st → end of period (Bộ chỉ số 766; reporting-control-feedback §A4 [V2]).</summary>
    public static PeriodCalendar Calendar { get; } = new(PeriodCalendarKind.Calendar, 0);

    // NĐ 09/2019/NĐ-CP Điều 12 [R]: figures run from the 15th of the month before the period to the 14th of its last month.
    public static PeriodCalendar Statutory(int cutOffDay) => new(PeriodCalendarKind.Statutory, cutOffDay);
}

/// <summary>
/// A report period: its kind, the calendar it was cut by, and its first and last local days (both included).
/// <see cref="Year"/> and <see cref="Number"/> name it (quarter 4 of 2026); a statutory period is named after the month,
/// quarter or year it ends in, so statutory Q1 2027 runs from 15/12/2026 to 14/3/2027.
/// </summary>
internal sealed record ReportPeriod(PeriodKind Kind, PeriodCalendar Calendar, int Year, int Number, DateOnly First, DateOnly Last)
{
    /// <summary>The instant the period starts: local midnight that begins <see cref="First"/> (UTC).</summary>
    public DateTime StartUtc => VietnamTime.StartOfLocalDayUtc(First);

    /// <summary>The instant the period ends, excluded: local midnight after <see cref="Last"/> (UTC).</summary>
    public DateTime EndUtc => VietnamTime.EndOfLocalDayUtc(Last);

    /// <summary>Days in the period.</summary>
    public int Days => Last.DayNumber - First.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= First && date <= Last;

    /// <summary>True when a stored UTC instant falls in the period (start included, end excluded).</summary>
    public bool Contains(DateTime utc) => utc >= StartUtc && utc < EndUtc;

    /// <summary>The query-string form: <c>2026-Q4</c>, <c>2026-11</c>, <c>2026-H1</c>, <c>2026</c>; empty for a custom period (from/to).</summary>
    public string Key => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Number:00}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}"),
        PeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{Year}-H{Number}"),
        PeriodKind.Year => Year.ToString(CultureInfo.InvariantCulture),
        _ => "",
    };

    /// <summary>"Quý IV năm 2026": the name without the dates.</summary>
    public string Name => Kind switch
    {
        PeriodKind.Month => Text("Period_Month", Number, Year),
        PeriodKind.Quarter => Text("Period_Quarter", Roman[Number], Year),
        PeriodKind.HalfYear => Text("Period_HalfYear" + Number, Year),
        PeriodKind.Year => Text("Period_Year", Year),
        _ => Text("Period_Custom"),
    };

    /// <summary>"Quý IV năm 2026 (từ 15/9/2026 đến 14/12/2026)": the name with the days it covers, as the report's header writes it.</summary>
    public string Label => Text("Period_Label", Name, Date(First), Date(Last));

    /// <summary>Which calendar the figures follow, for the line a page or export shows under the period.</summary>
    public string CalendarName => Calendar.Kind == PeriodCalendarKind.Statutory
        ? Text("PeriodCalendar_Statutory", Calendar.CutOffDay + 1, Calendar.CutOffDay)
        : Text("PeriodCalendar_Calendar");

    private static readonly string[] Roman = ["", "I", "II", "III", "IV"];

    private static string Date(DateOnly date) => date.ToString("d/M/yyyy", CultureInfo.InvariantCulture);

    private static string Text(string name, params object[] arguments) => ResourceText.Get<MetricsText>(name, arguments);
}
