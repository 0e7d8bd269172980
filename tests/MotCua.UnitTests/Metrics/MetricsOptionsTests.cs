using System.ComponentModel.DataAnnotations;
using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Statistics;

namespace MotCua.UnitTests.Metrics;

public sealed class MetricsOptionsTests
{
    [Fact]
    public void By_default_periods_are_cut_on_the_14th_and_only_end_statuses_count_as_resolved()
    {
        var options = new MetricsOptions();

        Errors(options).ShouldBeEmpty();
        options.StatutoryCutOffDay.ShouldBe(14);
        options.ResolvedRule.ShouldBe(ResolvedRule.EndStatuses);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(28)]
    public void A_cut_off_day_whose_next_day_may_not_exist_stops_the_start(int day)
    {
        Errors(new MetricsOptions { StatutoryCutOffDay = day }).ShouldBe(["Metrics:StatutoryCutOffDay must be between 1 and 27."]);
    }

    [Fact]
    public void An_undefined_resolved_rule_stops_the_start()
    {
        Errors(new MetricsOptions { ResolvedRule = (ResolvedRule)7 }).ShouldBe(["Metrics:ResolvedRule must be EndStatuses or SupplementAndWithdrawalOnTime."]);
    }

    private static List<string> Errors(MetricsOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
