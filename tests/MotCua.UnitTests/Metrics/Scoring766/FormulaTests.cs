using MotCua.Modules.Metrics.Scoring766;

namespace MotCua.UnitTests.Metrics.Scoring766;

/// <summary>One worked example per chỉ số of the 2022 set, computed by hand from the formula text.</summary>
public sealed class FormulaTests
{
    private static decimal Points(string id, decimal numerator, decimal denominator) =>
        Score766.Score(Set766.Set2022.Find(id)!, new IndicatorInput(id, numerator, denominator)).Points;

    [Theory]
    // 1.1: 45 TTHC công bố đúng hạn of 50 → 6 × 0.9 = 5.4
    [InlineData("1.1", 45, 50, 5.4)]
    // 1.2: 30 công khai đúng hạn of 40 → 4 × 0.75 = 3
    [InlineData("1.2", 30, 40, 3)]
    // 1.3: 99 complete of 100 → 2 × 0.99 = 1.98
    [InlineData("1.3", 99, 100, 1.98)]
    // 1.4: 950 synced of 1 000 → 6 × 0.95 = 5.7
    [InlineData("1.4", 950, 1000, 5.7)]
    // 2.1: 180 on time of 200 received → 20 × 0.9 = 18.00
    [InlineData("2.1", 180, 200, 18)]
    // 3.1: 60 TTHC with DVCTT of 100 → 2 × 0.6 / 0.8 = 1.5
    [InlineData("3.1", 60, 100, 1.5)]
    // 3.2: 15 DVC with online dossiers of 20 → 4 × 0.75 = 3
    [InlineData("3.2", 15, 20, 3)]
    // 3.3: 300 online dossiers of 1 000 → 6 × 0.3 / 0.5 = 3.6
    [InlineData("3.3", 300, 1000, 3.6)]
    // 3.4: 40 TTHC with an online payment of 100 with fees → min(2, 2.5 × 0.4) = 1
    [InlineData("3.4", 40, 100, 1)]
    // 3.5: 20 TTHC integrated of 50 with fees → 2 × 0.4 / 0.8 = 1
    [InlineData("3.5", 20, 50, 1)]
    // 3.6: 250 dossiers paid online of 500 with fees → 6 × 0.5 = 3
    [InlineData("3.6", 250, 500, 3)]
    // 4.1: 720 with an electronic result of 800 → 6 × 0.9 = 5.4
    [InlineData("4.1", 720, 800, 5.4)]
    // 4.2: 500 digitised of 1 000 → 4 × 0.5 / 0.8 = 2.5
    [InlineData("4.2", 500, 1000, 2.5)]
    // 4.3: 200 reusing data of 1 000 → 2 × 0.2 / 0.8 = 0.5
    [InlineData("4.3", 200, 1000, 0.5)]
    // 4.4: 100 linked to the personal store of 400 → 4 × 0.25 = 1
    [InlineData("4.4", 100, 400, 1)]
    // 4.5 (TTHC): 30 of 120 TTHC for citizens → 2 × 0.25 = 0.5
    [InlineData("4.5a", 30, 120, 0.5)]
    // 4.5 (hồ sơ): 600 of 1 000 dossiers → 2 × 0.6 = 1.2
    [InlineData("4.5b", 600, 1000, 1.2)]
    // chứng thực điện tử: 70 of 100 → 2 × 0.7 = 1.4
    [InlineData("4.6", 70, 100, 1.4)]
    // 5.2: 18 PAKN on time of 20 → 6 × 0.9 = 5.4
    [InlineData("5.2", 18, 20, 5.4)]
    // 5.3: (10 PAKN − 1 không hài lòng − 1 quá hạn) / 10 → 6 × 0.8 = 4.8
    [InlineData("5.3", 8, 10, 4.8)]
    // 5.4: 72 % satisfied → 6 × 0.72 / 0.9 = 4.8
    [InlineData("5.4", 72, 100, 4.8)]
    public void Each_indicator_scores_as_the_formula_text_computes_by_hand(string id, int numerator, int denominator, double expected) =>
        Points(id, numerator, denominator).ShouldBe((decimal)expected);

    [Theory]
    // 3.1 at 80 % and above gets the full 2
    [InlineData("3.1", 80, 100, 2)]
    [InlineData("3.1", 95, 100, 2)]
    // 3.3 at 50 % gets the full 6
    [InlineData("3.3", 50, 100, 6)]
    [InlineData("3.3", 70, 100, 6)]
    // 3.4: min(2, 2.5 × 0.9) = 2, not 2.25
    [InlineData("3.4", 90, 100, 2)]
    [InlineData("3.5", 100, 100, 2)]
    [InlineData("4.2", 85, 100, 4)]
    [InlineData("4.3", 80, 100, 2)]
    // 5.4 at 90 % gets the full 6
    [InlineData("5.4", 90, 100, 6)]
    [InlineData("5.4", 97, 100, 6)]
    public void Capped_indicators_give_full_marks_at_their_threshold(string id, int numerator, int denominator, double expected) =>
        Points(id, numerator, denominator).ShouldBe((decimal)expected);

    [Fact]
    public void Just_below_the_threshold_scores_in_proportion()
    {
        // 3.1 at 79 %: 2 × 0.79 / 0.8 = 1.975
        Points("3.1", 79, 100).ShouldBe(1.975m);
        // 5.4 at 89 %: 6 × 0.89 / 0.9 = 5.9333…, kept exact until display
        Points("5.4", 89, 100).ShouldBe(6m * 89m / (100m * 0.9m));
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("2.1")]
    [InlineData("3.3")]
    [InlineData("3.6")]
    [InlineData("4.2")]
    [InlineData("5.4")]
    public void A_zero_denominator_scores_0_and_has_no_ratio(string id)
    {
        var score = Score766.Score(Set766.Set2022.Find(id)!, new IndicatorInput(id, 0, 0));

        score.Points.ShouldBe(0m);
        score.Ratio.ShouldBeNull();
    }

    [Theory]
    [InlineData("5.2")]
    [InlineData("5.3")]
    public void No_feedback_in_the_period_gives_the_full_6(string id)
    {
        var score = Score766.Score(Set766.Set2022.Find(id)!, new IndicatorInput(id, 0, 0));

        score.Points.ShouldBe(6m);
        score.Ratio.ShouldBeNull();
    }

    [Fact]
    public void Satisfaction_subtracts_the_overdue_and_complained_shares()
    {
        // 100 % − (5 % quá hạn + 10 % có PAKN/dislike) = 85 % → 6 × 0.85 / 0.9 = 5.6666…
        var input = IndicatorInput.Satisfaction54(dossiers: 200, overdue: 10, withFeedbackOrDislike: 20);

        input.ShouldBe(new IndicatorInput("5.4", 170, 200));
        Points("5.4", input.Numerator, input.Denominator).ShouldBe(6m * 170m / (200m * 0.9m));
        // the two shares may overlap and exceed the whole: the tử số stays at 0, and so do the points
        IndicatorInput.Satisfaction54(dossiers: 100, overdue: 60, withFeedbackOrDislike: 50).Numerator.ShouldBe(0m);
    }

    [Theory]
    // the larger of the two counts
    [InlineData(900, 1000, null, 1, 1000)]
    [InlineData(1200, 1000, null, 3, 1200)]
    // both 0: previous year ÷ 12 for a month, ÷ 4 for a quarter, whole for a year
    [InlineData(0, 0, 2400, 1, 200)]
    [InlineData(0, 0, 2400, 3, 600)]
    [InlineData(0, 0, 2400, 12, 2400)]
    // no previous year: 0, so the ratio is N/A and 1.4 scores 0
    [InlineData(0, 0, null, 1, 0)]
    public void Sync_denominator_falls_back_to_the_previous_year(int national, int portal, int? previousYear, int months, int expected) =>
        IndicatorInput.SyncDenominator(national, portal, previousYear, months).ShouldBe(expected);

    [Fact]
    public void Informational_rows_score_nothing_and_say_so()
    {
        // 2.2: 1 500 hours over 100 completed dossiers: average 15, no points
        var score = Score766.Score(Set766.Set2022.Find("2.2")!, new IndicatorInput("2.2", 1500, 100));

        score.IsInformational.ShouldBeTrue();
        score.MaxPoints.ShouldBe(0m);
        score.Points.ShouldBe(0m);
        score.Ratio.ShouldBe(15m);
        Set766.Set2022.Find("5.1")!.IsInformational.ShouldBeTrue();
    }

    [Fact]
    public void Points_stay_exact_and_only_the_display_rounds()
    {
        // 2.1: 2 of 3 on time → 20 × 2/3 = 13.3333…; displayed 13,33 and 66,67 %
        var score = Score766.Score(Set766.Set2022.Find("2.1")!, new IndicatorInput("2.1", 2, 3));
        var vi = new System.Globalization.CultureInfo("vi-VN");

        score.Points.ShouldBe(20m * 2m / 3m);
        score.Points.ShouldNotBe(13.33m);
        Score766Display.Points(score.Points, vi).ShouldBe("13,33");
        Score766Display.Percent(score.Ratio, vi).ShouldBe("66,67 %");
        Score766Display.Percent(0.12345m, vi).ShouldBe("12,35 %");
        Score766Display.Percent(null, vi).ShouldBe("Không phát sinh");
    }
}
