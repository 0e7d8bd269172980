namespace MotCua.Modules.Metrics.Periods;

/// <summary>
/// Builds report periods by either calendar: a named period (month 11 of 2026, quarter 4…), the period of a kind that
/// contains a date, and the period before one. Pure: dates in, dates out.
/// </summary>
internal static class ReportPeriods
{
    /// <summary>The period of <paramref name="kind"/> numbered <paramref name="number"/> (month 1–12, quarter 1–4, half 1–2; ignored for a year) of <paramref name="year"/>.</summary>
    public static ReportPeriod Of(PeriodKind kind, int year, int number, PeriodCalendar calendar)
    {
        var months = Months(kind);
        var lastMonth = kind == PeriodKind.Year ? 12 : number * months;
        var lastMonthStart = new DateOnly(year, lastMonth, 1);
        var (first, last) = calendar.Kind == PeriodCalendarKind.Statutory
            // NĐ 09/2019/NĐ-CP Điều 12 [R]: from the day after the cut-off in the month before the period to the cut-off of its last month.
            ? (lastMonthStart.AddMonths(-months).AddDays(calendar.CutOffDay), new DateOnly(year, lastMonth, calendar.CutOffDay))
            : (lastMonthStart.AddMonths(1 - months), lastMonthStart.AddMonths(1).AddDays(-1));
        return new ReportPeriod(kind, calendar, year, kind == PeriodKind.Year ? 0 : number, first, last);
    }

    /// <summary>A custom period from <paramref name="first"/> to <paramref name="last"/>, both included (the caller checks their order).</summary>
    public static ReportPeriod Custom(DateOnly first, DateOnly last, PeriodCalendar calendar) =>
        new(PeriodKind.Custom, calendar, last.Year, 0, first, last);

    /// <summary>
    /// The period of <paramref name="kind"/> that contains <paramref name="date"/>. In the statutory calendar a day after the
    /// cut-off already belongs to the next month's period: 15/12/2026 is in Q1 2027, 14/12/2026 in Q4 2026. A custom
    /// "period containing" a date is that day alone.
    /// </summary>
    public static ReportPeriod Containing(PeriodKind kind, DateOnly date, PeriodCalendar calendar)
    {
        if (kind == PeriodKind.Custom)
        {
            return Custom(date, date, calendar);
        }

        var month = new DateOnly(date.Year, date.Month, 1);
        if (calendar.Kind == PeriodCalendarKind.Statutory && date.Day > calendar.CutOffDay)
        {
            month = month.AddMonths(1);
        }

        return Of(kind, month.Year, (month.Month - 1) / Months(kind) + 1, calendar);
    }

    /// <summary>The period just before: the same kind and calendar ending the day before; for a custom period, as many days just before it.</summary>
    public static ReportPeriod Previous(ReportPeriod period) =>
        period.Kind == PeriodKind.Custom
            ? Custom(period.First.AddDays(-period.Days), period.First.AddDays(-1), period.Calendar)
            : Containing(period.Kind, period.First.AddDays(-1), period.Calendar);

    private static int Months(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        PeriodKind.HalfYear => 6,
        _ => 12,
    };
}
