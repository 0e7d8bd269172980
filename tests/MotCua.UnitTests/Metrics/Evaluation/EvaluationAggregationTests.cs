using MotCua.Modules.Calendar;
using MotCua.Modules.Metrics.Evaluation;

namespace MotCua.UnitTests.Metrics.Evaluation;

/// <summary>The aggregation of TT 01/2018/TT-VPCP Điều 15 over dossiers (ADR-058), with worked examples from the text.</summary>
public sealed class EvaluationAggregationTests
{
    private static readonly EvaluationOptions Defaults = new();

    [Fact]
    public void Each_per_dossier_indicator_is_the_dossiers_points_over_the_dossiers_with_data_rounded_to_one_decimal()
    {
        // Three dossiers: chỉ số 1 rated 2, 1, 1 → 4/3 = 1.33 → 1.3; the third was not rated on chỉ số 3 → (2 + 0) / 2 = 1.0.
        EvaluatedDossier[] dossiers =
        [
            new(Guid.NewGuid(), 2, 2, 1, 2, [OnTimeClass.Early, OnTimeClass.Early]),
            new(Guid.NewGuid(), 1, 0, 1, 1, [OnTimeClass.Early, OnTimeClass.Late]),
            new(Guid.NewGuid(), 1, null, 2, 1, [OnTimeClass.OnTime]),
        ];

        var figures = EvaluationAggregation.Dossiers(dossiers, Defaults).ToDictionary(f => f.Indicator);

        figures[EvaluationIndicator.TotalTime].ShouldBe(new IndicatorFigure(EvaluationIndicator.TotalTime, 1.3m, 3));
        figures[EvaluationIndicator.Contacts].ShouldBe(new IndicatorFigure(EvaluationIndicator.Contacts, 1.0m, 2));
        figures[EvaluationIndicator.AgenciesContacted].ShouldBe(new IndicatorFigure(EvaluationIndicator.AgenciesContacted, 1.3m, 3));
        figures[EvaluationIndicator.Attitude].ShouldBe(new IndicatorFigure(EvaluationIndicator.Attitude, 1.3m, 3));
        // Chỉ số 2 by the worst step: 2, 0, 1 → 1.0.
        figures[EvaluationIndicator.UnitTime].ShouldBe(new IndicatorFigure(EvaluationIndicator.UnitTime, 1.0m, 3));
    }

    [Fact]
    public void Chi_so_2_by_the_mean_of_steps_gives_fractional_dossier_points()
    {
        var dossier = new EvaluatedDossier(Guid.NewGuid(), null, null, null, null, [OnTimeClass.Early, OnTimeClass.Late]);
        EvaluationAggregation.PointOf(dossier, EvaluationIndicator.UnitTime, new EvaluationOptions { UnitTimeReading = UnitTimeReading.MeanOfSteps }).ShouldBe(1m);
        EvaluationAggregation.PointOf(dossier, EvaluationIndicator.UnitTime, Defaults).ShouldBe(0m);
    }

    [Fact]
    public void A_dossier_without_rating_or_steps_gives_no_point_and_is_not_counted()
    {
        var figures = EvaluationAggregation.Dossiers([new EvaluatedDossier(Guid.NewGuid(), null, null, null, null, [])], Defaults);
        figures.ShouldAllBe(f => f.Points == null && f.Count == 0);
    }

    [Fact]
    public void An_officer_with_the_worked_scores_completes_100_percent_and_a_unit_with_them_and_the_unit_indicators_is_rated_good()
    {
        // Chỉ số 1, 2, 3, 4, 7 = 1.3 + 1.0 + 1.0 + 1.3 + 1.3 = 5.9 ≥ 5: hoàn thành 100 %.
        var scores = new Dictionary<EvaluationIndicator, decimal?>
        {
            [EvaluationIndicator.TotalTime] = 1.3m, [EvaluationIndicator.UnitTime] = 1.0m, [EvaluationIndicator.Contacts] = 1.0m,
            [EvaluationIndicator.AgenciesContacted] = 1.3m, [EvaluationIndicator.Attitude] = 1.3m,
        };
        var officer = EvaluationScore.Officer(scores, ExcludedIndicatorBands.CompareAsIs)!;
        officer.Total.Total.ShouldBe(5.9m);
        officer.Band.ShouldBe(CompletionBand.Full);

        // The unit adds chỉ số 6 = 1 (electronic only), 8 = 2 (no PAKN), 9 = 2; chỉ số 5 not recorded: 10.9 of 16 → Khá.
        scores[EvaluationIndicator.DecidedAtOneStop] = null;
        scores[EvaluationIndicator.Publication] = 1m;
        scores[EvaluationIndicator.Petitions] = 2m;
        scores[EvaluationIndicator.OnlineService] = 2m;
        var unit = EvaluationScore.Unit(scores, ExcludedIndicatorBands.CompareAsIs)!;
        unit.Total.Total.ShouldBe(10.9m);
        unit.Total.Maximum.ShouldBe(16m);
        unit.Total.Excluded.ShouldBe([EvaluationIndicator.DecidedAtOneStop]);
        unit.Rating.ShouldBe(UnitRating.Fair);
    }

    [Theory]
    [InlineData(15.0, "Excellent")]
    [InlineData(14.9, "Good")]
    [InlineData(12.0, "Good")]
    [InlineData(11.9, "Fair")]
    [InlineData(9.0, "Fair")]
    [InlineData(8.9, "Average")]
    [InlineData(6.0, "Average")]
    [InlineData(5.9, "Weak")]
    public void A_units_total_meets_the_bands_of_dieu_15(double total, string rating) =>
        EvaluationScore.Unit(Spread(Enum.GetValues<EvaluationIndicator>(), (decimal)total), ExcludedIndicatorBands.CompareAsIs)!.Rating.ShouldBe(Enum.Parse<UnitRating>(rating));

    [Theory]
    [InlineData(5.0, "Full")]
    [InlineData(4.9, "SeventyToFull")]
    [InlineData(3.5, "SeventyToFull")]
    [InlineData(3.4, "BelowSeventy")]
    public void An_officers_total_meets_the_bands_of_dieu_15(double total, string band) =>
        EvaluationScore.Officer(Spread(EvaluationAggregation.PerDossier, (decimal)total), ExcludedIndicatorBands.CompareAsIs)!.Band.ShouldBe(Enum.Parse<CompletionBand>(band));

    [Fact]
    public void Equal_totals_share_a_place_and_parties_without_a_total_are_unranked()
    {
        var ranked = EvaluationAggregation.Rank(
            [("B", (decimal?)12m), ("A", 12m), ("C", 15m), ("D", null), ("E", 9m)], x => x.Item2, x => x.Item1);

        ranked.Select(r => (r.Rank, r.Item.Item1)).ShouldBe([(1, "C"), (2, "A"), (2, "B"), (4, "E"), (0, "D")]);
    }

    /// <summary>The total spread over the indicators, 2 points each until it runs out (each stays within 0–2).</summary>
    private static Dictionary<EvaluationIndicator, decimal?> Spread(IEnumerable<EvaluationIndicator> indicators, decimal total)
    {
        var left = total;
        return indicators.ToDictionary(i => i, _ =>
        {
            var point = Math.Min(2m, left);
            left -= point;
            return (decimal?)point;
        });
    }
}
