using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Scoring766;

namespace MotCua.UnitTests.Metrics.Scoring766;

public sealed class Set766Tests
{
    private static readonly DateOnly From2026 = new(2026, 1, 1);

    [Fact]
    public void The_2022_set_has_six_groups_worth_100_points()
    {
        var set = Set766.Set2022;

        set.MaxTotal.ShouldBe(100m);
        set.Groups.ShouldBe([1, 2, 3, 4, 5, 6]);
        set.Groups.Select(set.GroupMax).ShouldBe([18m, 20m, 12m, 10m, 22m, 18m]);
        set.IsProvisional.ShouldBeFalse();
    }

    [Fact]
    public void The_2026_set_puts_the_online_group_on_one_provisional_row_and_still_totals_100()
    {
        var set = Set766.Set2026(From2026);

        set.MaxTotal.ShouldBe(100m);
        set.Groups.Select(set.GroupMax).ShouldBe([18m, 20m, 12m, 10m, 22m, 18m]);
        set.Indicators.Where(i => i.Group == 3 && i.MaxPoints > 0).Select(i => i.Id).ShouldBe(["3.toan-trinh"]);
        set.Find("3.toan-trinh")!.IsProvisional.ShouldBeTrue();
        set.IsProvisional.ShouldBeTrue();
        set.Find("3.1")!.IsInformational.ShouldBeTrue();
        set.Find("3.3")!.IsInformational.ShouldBeTrue();
        set.Find("5.cat-giam")!.IsInformational.ShouldBeTrue();
    }

    [Fact]
    public void The_set_is_chosen_by_the_period_start_on_both_sides_of_the_effective_date()
    {
        Set766.For(new DateOnly(2025, 12, 1), From2026)!.Id.ShouldBe("766-2022");
        Set766.For(new DateOnly(2025, 10, 1), From2026)!.Id.ShouldBe("766-2022");
        Set766.For(new DateOnly(2026, 1, 1), From2026)!.Id.ShouldBe("766-2026");
        Set766.For(new DateOnly(2026, 4, 1), From2026)!.Id.ShouldBe("766-2026");
        Set766.For(new DateOnly(2022, 6, 22), From2026).ShouldBeNull();
    }

    [Fact]
    public void The_effective_date_of_the_2026_set_is_a_setting()
    {
        var options = new MetricsOptions();
        options.Score766Set2026From.ShouldBe(new DateOnly(2026, 1, 1));
        options.Score766Bands.ShouldBeEmpty();

        options.Score766Set2026From = new DateOnly(2026, 7, 1);

        Set766.For(new DateOnly(2026, 4, 1), options)!.Id.ShouldBe("766-2022");
        Set766.For(new DateOnly(2026, 7, 1), options)!.EffectiveFrom.ShouldBe(new DateOnly(2026, 7, 1));
    }

    [Theory]
    [InlineData("1.4")]
    [InlineData("4.4")]
    [InlineData("4.5a")]
    [InlineData("4.5b")]
    [InlineData("4.6")]
    public void Data_held_outside_the_system_is_entered_by_the_control_officer(string id)
    {
        Set766.Set2022.Find(id)!.IsEntered.ShouldBeTrue();
        Set766.Set2026(From2026).Find(id)!.IsEntered.ShouldBeTrue();
    }

    [Fact]
    public void Only_those_indicators_are_entered()
    {
        Set766.Set2022.Indicators.Where(i => i.IsEntered).Select(i => i.Id).ShouldBe(["1.4", "4.4", "4.5a", "4.5b", "4.6"]);
    }

    [Fact]
    public void Every_indicator_and_group_has_a_vietnamese_name()
    {
        var indicators = Set766.Set2022.Indicators.Concat(Set766.Set2026(From2026).Indicators);

        foreach (var indicator in indicators)
            indicator.Name.ShouldNotBe(indicator.NameKey);
        IndicatorDefinition.GroupName(2).ShouldBe("Nhóm chỉ số về tiến độ, kết quả giải quyết");
        Set766.Set2022.Find("2.1")!.Name.ShouldBe("Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn");
    }
}
