using MotCua.Modules.Metrics.Periods;

namespace MotCua.UnitTests.Metrics.Periods;

/// <summary>Worked examples from NĐ 09/2019/NĐ-CP Điều 12 (15th → 14th) and the calendar periods of Bộ chỉ số 766.</summary>
public sealed class ReportPeriodsTests
{
    private static readonly PeriodCalendar Statutory = PeriodCalendar.Statutory(14);

    private static readonly PeriodCalendar Calendar = PeriodCalendar.Calendar;

    [Fact]
    public void Statutory_first_quarter_runs_from_15_December_of_the_previous_year_to_14_March()
    {
        var q1 = ReportPeriods.Of(PeriodKind.Quarter, 2027, 1, Statutory);

        q1.First.ShouldBe(new DateOnly(2026, 12, 15));
        q1.Last.ShouldBe(new DateOnly(2027, 3, 14));
    }

    [Theory]
    [InlineData(true, nameof(PeriodKind.Quarter), 2026, 2, "2026-03-15", "2026-06-14")]
    [InlineData(true, nameof(PeriodKind.Quarter), 2026, 4, "2026-09-15", "2026-12-14")]
    [InlineData(true, nameof(PeriodKind.HalfYear), 2026, 1, "2025-12-15", "2026-06-14")]
    [InlineData(true, nameof(PeriodKind.HalfYear), 2026, 2, "2026-06-15", "2026-12-14")]
    [InlineData(true, nameof(PeriodKind.Year), 2026, 0, "2025-12-15", "2026-12-14")]
    [InlineData(true, nameof(PeriodKind.Month), 2026, 1, "2025-12-15", "2026-01-14")]
    [InlineData(true, nameof(PeriodKind.Month), 2026, 3, "2026-02-15", "2026-03-14")]
    [InlineData(false, nameof(PeriodKind.Quarter), 2028, 1, "2028-01-01", "2028-03-31")]
    [InlineData(false, nameof(PeriodKind.Month), 2028, 2, "2028-02-01", "2028-02-29")]
    [InlineData(false, nameof(PeriodKind.HalfYear), 2028, 2, "2028-07-01", "2028-12-31")]
    [InlineData(false, nameof(PeriodKind.Year), 2028, 0, "2028-01-01", "2028-12-31")]
    public void Statutory_periods_run_from_the_15th_before_to_the_14th_and_calendar_ones_from_the_1st_to_the_last_day(
        bool statutory, string kind, int year, int number, string first, string last)
    {
        var period = ReportPeriods.Of(Enum.Parse<PeriodKind>(kind), year, number, statutory ? Statutory : Calendar);

        (period.First, period.Last).ShouldBe((Iso(first), Iso(last)));
    }

    [Fact]
    public void A_statutory_month_over_a_leap_February_counts_29_days_and_a_common_one_28()
    {
        ReportPeriods.Of(PeriodKind.Month, 2028, 3, Statutory).Days.ShouldBe(29);
        ReportPeriods.Of(PeriodKind.Month, 2027, 3, Statutory).Days.ShouldBe(28);
        ReportPeriods.Of(PeriodKind.Year, 2028, 0, Statutory).Days.ShouldBe(366);
    }

    [Fact]
    public void Fourteen_December_is_in_the_fourth_quarter_and_fifteen_December_already_in_the_next_years_first()
    {
        var q4 = ReportPeriods.Containing(PeriodKind.Quarter, new DateOnly(2026, 12, 14), Statutory);
        var q1 = ReportPeriods.Containing(PeriodKind.Quarter, new DateOnly(2026, 12, 15), Statutory);

        (q4.Year, q4.Number).ShouldBe((2026, 4));
        (q1.Year, q1.Number).ShouldBe((2027, 1));
        ReportPeriods.Containing(PeriodKind.Year, new DateOnly(2026, 12, 15), Statutory).Year.ShouldBe(2027);
        ReportPeriods.Containing(PeriodKind.Quarter, new DateOnly(2026, 12, 15), Calendar).Number.ShouldBe(4);
    }

    [Fact]
    public void Every_day_of_a_year_is_in_exactly_one_statutory_quarter_and_the_quarters_follow_each_other()
    {
        for (var day = new DateOnly(2027, 12, 1); day <= new DateOnly(2029, 1, 31); day = day.AddDays(1))
        {
            var period = ReportPeriods.Containing(PeriodKind.Quarter, day, Statutory);
            period.Contains(day).ShouldBeTrue(day.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            ReportPeriods.Previous(period).Last.AddDays(1).ShouldBe(period.First);
        }
    }

    [Fact]
    public void The_period_before_the_first_quarter_is_the_fourth_of_the_previous_year()
    {
        var previous = ReportPeriods.Previous(ReportPeriods.Of(PeriodKind.Quarter, 2027, 1, Statutory));

        previous.ShouldBe(ReportPeriods.Of(PeriodKind.Quarter, 2026, 4, Statutory));
        ReportPeriods.Previous(ReportPeriods.Of(PeriodKind.Month, 2026, 1, Calendar)).Key.ShouldBe("2025-12");
    }

    [Fact]
    public void The_period_before_a_custom_one_has_as_many_days_and_ends_the_day_before()
    {
        var custom = ReportPeriods.Custom(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10), Calendar);

        var previous = ReportPeriods.Previous(custom);

        previous.First.ShouldBe(new DateOnly(2026, 2, 19));
        previous.Last.ShouldBe(new DateOnly(2026, 2, 28));
    }

    [Fact]
    public void A_period_starts_and_ends_at_local_midnight_seventeen_hours_utc_the_day_before()
    {
        var q4 = ReportPeriods.Of(PeriodKind.Quarter, 2026, 4, Statutory);

        q4.StartUtc.ShouldBe(new DateTime(2026, 9, 14, 17, 0, 0, DateTimeKind.Utc));
        q4.EndUtc.ShouldBe(new DateTime(2026, 12, 14, 17, 0, 0, DateTimeKind.Utc));
        q4.Contains(new DateTime(2026, 12, 14, 16, 59, 59, DateTimeKind.Utc)).ShouldBeTrue();
        q4.Contains(new DateTime(2026, 12, 14, 17, 0, 0, DateTimeKind.Utc)).ShouldBeFalse();
    }

    [Fact]
    public void A_different_cut_off_day_moves_both_ends()
    {
        var q1 = ReportPeriods.Of(PeriodKind.Quarter, 2027, 1, PeriodCalendar.Statutory(20));

        q1.First.ShouldBe(new DateOnly(2026, 12, 21));
        q1.Last.ShouldBe(new DateOnly(2027, 3, 20));
    }

    [Fact]
    public void Labels_name_the_period_and_the_days_it_covers()
    {
        ReportPeriods.Of(PeriodKind.Quarter, 2026, 4, Statutory).Label.ShouldBe("Quý IV năm 2026 (từ 15/9/2026 đến 14/12/2026)");
        ReportPeriods.Of(PeriodKind.Month, 2026, 11, Calendar).Label.ShouldBe("Tháng 11 năm 2026 (từ 1/11/2026 đến 30/11/2026)");
        ReportPeriods.Of(PeriodKind.HalfYear, 2026, 1, Statutory).Label.ShouldBe("6 tháng đầu năm 2026 (từ 15/12/2025 đến 14/6/2026)");
        ReportPeriods.Of(PeriodKind.Year, 2026, 0, Statutory).Label.ShouldBe("Năm 2026 (từ 15/12/2025 đến 14/12/2026)");
        ReportPeriods.Custom(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 20), Calendar).Label
            .ShouldBe("Kỳ báo cáo tùy chọn (từ 1/11/2026 đến 20/11/2026)");
    }

    [Fact]
    public void The_calendar_name_says_which_calendar_the_figures_follow()
    {
        ReportPeriods.Of(PeriodKind.Quarter, 2026, 4, Statutory).CalendarName.ShouldContain("từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ");
        ReportPeriods.Of(PeriodKind.Quarter, 2026, 4, Calendar).CalendarName.ShouldContain("Bộ chỉ số 766");
    }

    private static DateOnly Iso(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
