using MotCua.Modules.Metrics.Scoring766;

namespace MotCua.UnitTests.Metrics.Scoring766;

public sealed class Score766Tests
{
    // A full kỳ báo cáo of the 2022 set; points by hand in the comments.
    private static readonly IndicatorInput[] Period2022 =
    [
        new("1.1", 45, 50), // 6 × 0.9 = 5.4
        new("1.2", 30, 40), // 4 × 0.75 = 3
        new("1.3", 99, 100), // 2 × 0.99 = 1.98
        new("1.4", 950, 1000), // 6 × 0.95 = 5.7          group 1: 16.08
        new("2.1", 180, 200), // 20 × 0.9 = 18
        new("2.2", 1500, 100), // info                   group 2: 18
        new("3.1", 60, 100), // 2 × 0.6 / 0.8 = 1.5
        new("3.2", 15, 20), // 4 × 0.75 = 3
        new("3.3", 300, 1000), // 6 × 0.3 / 0.5 = 3.6   group 3: 8.1
        new("3.4", 40, 100), // 2 × 0.4 / 0.8 = 1
        new("3.5", 20, 50), // 2 × 0.4 / 0.8 = 1
        new("3.6", 250, 500), // 6 × 0.5 = 3             group 4: 5
        new("4.1", 720, 800), // 5.4
        new("4.2", 500, 1000), // 2.5
        new("4.3", 200, 1000), // 0.5
        new("4.4", 100, 400), // 1
        new("4.5a", 30, 120), // 0.5
        new("4.5b", 600, 1000), // 1.2
        new("4.6", 70, 100), // 1.4                      group 5: 12.5
        new("5.1", 3, 10), // info
        new("5.2", 0, 0), // no PAKN: 6
        new("5.3", 0, 0), // no PAKN: 6
        new("5.4", 72, 100), // 4.8                      group 6: 16.8
    ];

    [Fact]
    public void Groups_are_the_sum_of_their_indicators_and_the_total_the_sum_of_the_groups()
    {
        var result = Score766.Compute(Set766.Set2022, Period2022);

        result.Groups.Select(g => g.Points).ShouldBe([16.08m, 18m, 8.1m, 5m, 12.5m, 16.8m]);
        foreach (var group in result.Groups)
            group.Points.ShouldBe(group.Indicators.Sum(i => i.Points));
        result.Total.ShouldBe(76.48m);
        result.Total.ShouldBe(result.Groups.Sum(g => g.Points));
        result.MaxTotal.ShouldBe(100m);
    }

    [Fact]
    public void Full_marks_everywhere_total_100()
    {
        var full = Set766.Set2022.Indicators.Select(i => new IndicatorInput(i.Id, 1, 1));

        Score766.Compute(Set766.Set2022, full).Total.ShouldBe(100m);
    }

    [Fact]
    public void An_indicator_not_given_scores_0_and_is_marked_missing()
    {
        var result = Score766.Compute(Set766.Set2022, Period2022.Where(i => i.Id != "1.4"));
        var sync = result.Indicators.Single(i => i.Id == "1.4");

        sync.IsMissing.ShouldBeTrue();
        sync.IsEntered.ShouldBeTrue();
        sync.Points.ShouldBe(0m);
        result.Total.ShouldBe(76.48m - 5.7m);
    }

    [Fact]
    public void The_score_carries_its_formula_and_flags()
    {
        var result = Score766.Compute(Set766.Set2022, Period2022);
        var online = result.Indicators.Single(i => i.Id == "3.3");

        online.ShouldBe(new IndicatorScore("3.3", "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", 300, 1000, 0.3m, 3.6m, 6m,
            "full-at-50", IsEntered: false, IsInformational: false, IsProvisional: false, IsMissing: false));
    }

    [Fact]
    public void The_2026_set_scores_the_fully_online_row_provisionally()
    {
        var set = Set766.Set2026(new DateOnly(2026, 1, 1));
        // 3.toan-trinh: 450 fully online of 600 eligible → 12 × 0.75 = 9 (max × ratio, provisional)
        var result = Score766.Compute(set, [new IndicatorInput("3.toan-trinh", 450, 600), new IndicatorInput("3.3", 300, 1000)]);
        var group3 = result.Groups.Single(g => g.Group == 3);

        group3.Points.ShouldBe(9m);
        group3.Indicators.Single(i => i.Id == "3.toan-trinh").IsProvisional.ShouldBeTrue();
    }

    [Fact]
    public void Unknown_duplicate_or_negative_inputs_are_refused()
    {
        Should.Throw<ArgumentException>(() => Score766.Compute(Set766.Set2022, [new IndicatorInput("3.toan-trinh", 1, 1)]));
        Should.Throw<ArgumentException>(() => Score766.Compute(Set766.Set2022, [new IndicatorInput("2.1", 1, 2), new IndicatorInput("2.1", 1, 2)]));
        Should.Throw<ArgumentException>(() => Score766.Compute(Set766.Set2022, [new IndicatorInput("2.1", -1, 2)]));
    }

    [Fact]
    public void No_classification_is_given_until_bands_are_configured()
    {
        Score766Bands.Classify(95m, []).ShouldBeNull();
    }

    [Fact]
    public void Configured_bands_classify_the_exact_total()
    {
        Score766Band[] bands =
        [
            new() { MinPoints = 90, Rating = Rating766.Excellent },
            new() { MinPoints = 80, Rating = Rating766.Good },
            new() { MinPoints = 65, Rating = Rating766.Fair },
        ];

        Score766Bands.Classify(90m, bands).ShouldBe(Rating766.Excellent);
        // 89.996 shows as 90,00 but has not reached 90
        Score766Bands.Classify(89.996m, bands).ShouldBe(Rating766.Good);
        Score766Bands.Classify(64m, bands).ShouldBeNull();
        Score766Bands.Name(Rating766.Excellent).ShouldBe("Xuất sắc");
    }
}
