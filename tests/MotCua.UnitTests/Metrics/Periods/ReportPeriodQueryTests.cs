using MotCua.Modules.Metrics.Periods;

namespace MotCua.UnitTests.Metrics.Periods;

public sealed class ReportPeriodQueryTests
{
    private static readonly PeriodCalendar Statutory = PeriodCalendar.Statutory(14);

    [Theory]
    [InlineData("2026-Q4", nameof(PeriodKind.Quarter), 4)]
    [InlineData("2026-q1", nameof(PeriodKind.Quarter), 1)]
    [InlineData("2026-11", nameof(PeriodKind.Month), 11)]
    [InlineData("2026-1", nameof(PeriodKind.Month), 1)]
    [InlineData("2026-H1", nameof(PeriodKind.HalfYear), 1)]
    [InlineData(" 2026 ", nameof(PeriodKind.Year), 0)]
    public void A_named_period_is_read_with_its_kind_and_number(string text, string kind, int number)
    {
        var kindValue = Enum.Parse<PeriodKind>(kind);
        var (period, problems) = ReportPeriodQuery.Parse(text, null, null, Statutory);

        problems.ShouldBeEmpty();
        period.ShouldNotBeNull();
        (period.Kind, period.Year, period.Number).ShouldBe((kindValue, 2026, number));
    }

    [Fact]
    public void The_key_of_a_period_reads_back_as_the_same_period()
    {
        foreach (var text in new[] { "2026-Q4", "2026-11", "2026-H2", "2026" })
        {
            var period = ReportPeriodQuery.Parse(text, null, null, Statutory).Period!;
            ReportPeriodQuery.Parse(period.Key, null, null, Statutory).Period.ShouldBe(period);
        }
    }

    [Fact]
    public void A_custom_range_gives_a_custom_period_with_both_days_included()
    {
        var (period, problems) = ReportPeriodQuery.Parse(null, "2026-11-01", "2026-11-20", Statutory);

        problems.ShouldBeEmpty();
        period!.Kind.ShouldBe(PeriodKind.Custom);
        (period.First, period.Last).ShouldBe((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 20)));
    }

    [Theory]
    [InlineData("2026-Q0", "Quý phải từ 1 đến 4.")]
    [InlineData("2026-Q5", "Quý phải từ 1 đến 4.")]
    [InlineData("2026-13", "Tháng phải từ 1 đến 12.")]
    [InlineData("2026-00", "Tháng phải từ 1 đến 12.")]
    [InlineData("2026-H3", "Kỳ 6 tháng phải là H1 (6 tháng đầu năm) hoặc H2 (6 tháng cuối năm).")]
    [InlineData("1999-Q4", "Năm của kỳ báo cáo phải từ 2000 đến 2199.")]
    [InlineData("2200", "Năm của kỳ báo cáo phải từ 2000 đến 2199.")]
    public void Impossible_values_are_refused_with_a_vietnamese_message_on_the_period(string text, string message)
    {
        var (period, problems) = ReportPeriodQuery.Parse(text, null, null, Statutory);

        period.ShouldBeNull();
        problems.Select(p => (p.Field, p.Message)).ShouldBe([("period", message)]);
    }

    [Theory]
    [InlineData("２０２６")]
    [InlineData("2026-Q\u0664")]
    [InlineData("2026\0")]
    [InlineData("2026-Q4\0")]
    [InlineData("Q4-2026")]
    [InlineData("2026-W48")]
    [InlineData("2026-11-30")]
    [InlineData("+2026")]
    public void Text_that_is_not_a_period_in_digits_0_to_9_is_refused_without_an_exception(string text)
    {
        var (period, problems) = ReportPeriodQuery.Parse(text, null, null, Statutory);

        period.ShouldBeNull();
        problems.Single().Rule().ShouldBe(("period", "PeriodFormat"));
        problems.Single().Message.ShouldStartWith("Kỳ báo cáo không hợp lệ");
    }

    [Fact]
    public void A_from_after_to_is_refused_on_the_to_field()
    {
        var (period, problems) = ReportPeriodQuery.Parse(null, "2026-11-20", "2026-11-01", Statutory);

        period.ShouldBeNull();
        problems.Select(p => (p.Field, p.Message)).ShouldBe([("to", "Đến ngày phải bằng hoặc sau từ ngày.")]);
    }

    [Fact]
    public void Bad_or_missing_dates_are_reported_each_on_its_own_field()
    {
        ReportPeriodQuery.Parse(null, "2026-02-30", "２０２６-11-01", Statutory).Problems.Select(p => p.Rule())
            .ShouldBe([("from", "PeriodDate"), ("to", "PeriodDate")]);
        ReportPeriodQuery.Parse(null, "1999-12-31", "2026-01-01", Statutory).Problems.Select(p => p.Rule()).ShouldBe([("from", "PeriodDate")]);
        ReportPeriodQuery.Parse(null, "2026-11-01", null, Statutory).Problems.Select(p => p.Rule()).ShouldBe([("to", "PeriodDateMissing")]);
        ReportPeriodQuery.Parse(null, "2026-11-01\0", "2026-11-02", Statutory).Problems.Select(p => p.Rule()).ShouldBe([("from", "PeriodDate")]);
    }

    [Fact]
    public void A_period_and_a_range_together_or_nothing_at_all_are_refused()
    {
        ReportPeriodQuery.Parse("2026-Q4", "2026-11-01", null, Statutory).Problems.Select(p => p.Rule()).ShouldBe([("period", "PeriodOrRange")]);
        ReportPeriodQuery.Parse(" ", "", null, Statutory).Problems.Select(p => p.Rule()).ShouldBe([("period", "PeriodMissing")]);
    }
}

internal static class RuleFailureFields
{
    public static (string Field, string? Rule) Rule(this MotCua.Common.Validation.RuleFailure failure) => (failure.Field, failure.Source);
}
