using MotCua.Common.Validation;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Statistics;
using MotCua.Modules.Reports.Statistics;

namespace MotCua.UnitTests.Reports.Statistics;

/// <summary>The statistics query string read strictly: defaults, the two calendars, and a Vietnamese failure on the field that is wrong.</summary>
public sealed class StatisticsQueryReadingTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void No_period_means_the_statutory_quarter_holding_today_and_the_form_06a_by_field()
    {
        var failures = new List<RuleFailure>();
        var query = new StatisticsQuery(null, null, null, null, null, null, null, null);

        var calendar = StatisticsQueryReading.Calendar(query.Lich, 14, failures)!.Value;
        var period = StatisticsQueryReading.Period(query, calendar, Today, failures)!;

        failures.ShouldBeEmpty();
        // NĐ 09/2019/NĐ-CP Điều 12: quý IV = 15/9 → 14/12.
        (period.First, period.Last).ShouldBe((new DateOnly(2026, 9, 15), new DateOnly(2026, 12, 14)));
        StatisticsQueryReading.Layout(null, failures).ShouldBe(StatisticsLayout.Form06a);
        StatisticsQueryReading.Grouping(null, failures).ShouldBe(StatisticsGrouping.Field);
    }

    [Fact]
    public void The_calendar_month_and_a_custom_range_are_read_with_their_own_days()
    {
        var failures = new List<RuleFailure>();
        var month = StatisticsQueryReading.Period(new StatisticsQuery("2026-11", null, null, null, null, null, null, null), PeriodCalendar.Calendar, Today, failures)!;
        var range = StatisticsQueryReading.Period(new StatisticsQuery(null, "2026-12-15", "2026-12-24", null, null, null, null, null), PeriodCalendar.Calendar, Today, failures)!;

        failures.ShouldBeEmpty();
        (month.First, month.Last).ShouldBe((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
        (range.First, range.Last).ShouldBe((new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 24)));
        StatisticsQueryReading.Layout("DETAILED", failures).ShouldBe(StatisticsLayout.Detailed);
        StatisticsQueryReading.Grouping(" agency ", failures).ShouldBe(StatisticsGrouping.Unit);
        StatisticsQueryReading.Calendar("calendar", 14, failures).ShouldBe(PeriodCalendar.Calendar);
    }

    [Theory]
    [InlineData("2026-Q5", null, null, "ky")]
    [InlineData("2026-Q4", "2026-10-01", null, "ky")]
    [InlineData(null, "2026-12-24", "2026-12-15", "den")]
    [InlineData(null, "24/12/2026", "2026-12-30", "tu")]
    public void A_bad_period_fails_on_the_query_field_that_names_it(string? ky, string? tu, string? den, string field)
    {
        var failures = new List<RuleFailure>();

        StatisticsQueryReading.Period(new StatisticsQuery(ky, tu, den, null, null, null, null, null), PeriodCalendar.Calendar, Today, failures).ShouldBeNull();

        failures.ShouldNotBeEmpty();
        failures.ShouldAllBe(f => f.Field == field);
    }

    [Fact]
    public void An_unknown_layout_grouping_calendar_or_column_fails_with_a_Vietnamese_message()
    {
        var failures = new List<RuleFailure>();

        StatisticsQueryReading.Layout("07b", failures).ShouldBeNull();
        StatisticsQueryReading.Grouping("officer", failures).ShouldBeNull();
        StatisticsQueryReading.Calendar("week", 14, failures).ShouldBeNull();
        StatisticsQueryReading.Number("１３", "col", 3, 15, "Column", failures).ShouldBeNull();
        StatisticsQueryReading.Number("2", "col", 3, 15, "Column", failures).ShouldBeNull();
        StatisticsQueryReading.Number("13", "col", 3, 15, "Column", failures).ShouldBe(13);
        StatisticsQueryReading.Number(null, "page", 1, 9, "Page", failures, blank: 1).ShouldBe(1);

        failures.Select(f => f.Field).ShouldBe(["layout", "group", "lich", "col", "col"]);
        failures[0].Message.ShouldContain("Mẫu biểu");
        failures[3].Message.ShouldBe("Số cột (col) phải là số từ 3 đến 15 của mẫu biểu.");
    }
}
