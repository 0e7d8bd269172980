using System.Globalization;
using MotCua.Modules.Metrics.Evaluation;

namespace MotCua.UnitTests.Metrics.Evaluation;

public sealed class EvaluationScoreTests
{
    private static Dictionary<EvaluationIndicator, decimal?> Scores(params (EvaluationIndicator Indicator, decimal? Score)[] scores) =>
        scores.ToDictionary(s => s.Indicator, s => s.Score);

    /// <summary>Scores that add up to <paramref name="total"/>: 2 points on each indicator in turn, the rest on the next, 0 after.</summary>
    private static Dictionary<EvaluationIndicator, decimal?> Spread(EvaluatedParty party, decimal total)
    {
        var scores = new Dictionary<EvaluationIndicator, decimal?>();
        foreach (var indicator in EvaluationIndicators.CountingFor(party))
        {
            scores[indicator] = Math.Min(2m, total);
            total -= scores[indicator]!.Value;
        }

        return scores;
    }

    [Fact]
    public void An_indicator_score_is_the_points_over_the_dossiers_rounded_to_one_decimal()
    {
        EvaluationScore.Indicator([2m, 1m, 1m]).ShouldBe(1.3m);
        EvaluationScore.Indicator([2m, 2m, 1m]).ShouldBe(1.7m);
        EvaluationScore.Indicator([2m, 2m, 2m, 0m]).ShouldBe(1.5m);
    }

    [Fact]
    public void A_score_half_way_is_rounded_away_from_zero_as_taught_in_school()
    {
        // 1.25 = (2 + 1 + 1 + 1) / 4: banker's rounding would give 1.2.
        EvaluationScore.Indicator([2m, 1m, 1m, 1m]).ShouldBe(1.3m);
        // 0.05 = 1 / 20.
        EvaluationScore.Indicator([1m, .. Enumerable.Repeat<decimal?>(0m, 19)]).ShouldBe(0.1m);
        EvaluationScore.Rounding.ShouldBe(MidpointRounding.AwayFromZero);
    }

    [Fact]
    public void Dossiers_without_a_point_are_left_out_of_the_average_not_counted_as_0()
    {
        EvaluationScore.Indicator([2m, null, 1m]).ShouldBe(1.5m);
        EvaluationScore.Indicator([null, null]).ShouldBeNull();
        EvaluationScore.Indicator([]).ShouldBeNull();
    }

    [Fact]
    public void Points_outside_0_to_2_are_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => EvaluationScore.Indicator([3m]));

    [Theory]
    [InlineData("10", nameof(CompletionBand.Full))]
    [InlineData("5.0", nameof(CompletionBand.Full))]
    [InlineData("4.99", nameof(CompletionBand.SeventyToFull))]
    [InlineData("4.9", nameof(CompletionBand.SeventyToFull))]
    [InlineData("3.5", nameof(CompletionBand.SeventyToFull))]
    [InlineData("3.49", nameof(CompletionBand.BelowSeventy))]
    [InlineData("3.4", nameof(CompletionBand.BelowSeventy))]
    [InlineData("0", nameof(CompletionBand.BelowSeventy))]
    public void An_officers_total_of_indicators_1_2_3_4_7_gives_the_completion_band(string total, string band)
    {
        var result = EvaluationScore.Officer(Spread(EvaluatedParty.Officer, decimal.Parse(total, CultureInfo.InvariantCulture)), ExcludedIndicatorBands.CompareAsIs)!;

        result.Band.ShouldBe(Enum.Parse<CompletionBand>(band));
        result.Total.Maximum.ShouldBe(10m);
        result.Total.Excluded.ShouldBeEmpty();
    }

    [Fact]
    public void The_unit_indicators_do_not_count_in_an_officers_total()
    {
        var scores = Spread(EvaluatedParty.Officer, 4m);
        scores[EvaluationIndicator.Petitions] = 2m;
        scores[EvaluationIndicator.Publication] = 2m;

        var result = EvaluationScore.Officer(scores, ExcludedIndicatorBands.CompareAsIs)!;

        result.Total.Total.ShouldBe(4m);
        result.Band.ShouldBe(CompletionBand.SeventyToFull);
    }

    [Theory]
    [InlineData("18", nameof(UnitRating.Excellent))]
    [InlineData("15", nameof(UnitRating.Excellent))]
    [InlineData("14.9", nameof(UnitRating.Good))]
    [InlineData("12", nameof(UnitRating.Good))]
    [InlineData("11.9", nameof(UnitRating.Fair))]
    [InlineData("9", nameof(UnitRating.Fair))]
    [InlineData("8.9", nameof(UnitRating.Average))]
    [InlineData("6", nameof(UnitRating.Average))]
    [InlineData("5.9", nameof(UnitRating.Weak))]
    [InlineData("0", nameof(UnitRating.Weak))]
    public void A_units_total_of_the_nine_indicators_gives_its_rating(string total, string rating)
    {
        var result = EvaluationScore.Unit(Spread(EvaluatedParty.Unit, decimal.Parse(total, CultureInfo.InvariantCulture)), ExcludedIndicatorBands.CompareAsIs)!;

        result.Rating.ShouldBe(Enum.Parse<UnitRating>(rating));
        result.Total.Maximum.ShouldBe(18m);
    }

    [Fact]
    public void An_indicator_without_data_is_excluded_and_the_total_compared_as_it_is_by_default()
    {
        // Chỉ số 5 without data: 14.5 of the 16 points the eight others could give.
        var result = EvaluationScore.Unit(Scores(
            (EvaluationIndicator.TotalTime, 2m), (EvaluationIndicator.UnitTime, 2m), (EvaluationIndicator.Contacts, 2m),
            (EvaluationIndicator.AgenciesContacted, 2m), (EvaluationIndicator.DecidedAtOneStop, null), (EvaluationIndicator.Publication, 2m),
            (EvaluationIndicator.Attitude, 2m), (EvaluationIndicator.Petitions, 1.5m), (EvaluationIndicator.OnlineService, 1m)), ExcludedIndicatorBands.CompareAsIs)!;

        result.Total.Total.ShouldBe(14.5m);
        result.Total.Maximum.ShouldBe(16m);
        result.Total.Excluded.ShouldBe([EvaluationIndicator.DecidedAtOneStop]);
        result.Total.Compared.ShouldBe(14.5m);
        result.Rating.ShouldBe(UnitRating.Good);
    }

    [Fact]
    public void Scaled_to_the_maximum_a_total_with_an_excluded_indicator_meets_the_bands_as_a_full_one()
    {
        var scores = Scores(
            (EvaluationIndicator.TotalTime, 2m), (EvaluationIndicator.UnitTime, 2m), (EvaluationIndicator.Contacts, 2m),
            (EvaluationIndicator.AgenciesContacted, 2m), (EvaluationIndicator.Publication, 2m),
            (EvaluationIndicator.Attitude, 2m), (EvaluationIndicator.Petitions, 1.5m), (EvaluationIndicator.OnlineService, 1m));

        var result = EvaluationScore.Unit(scores, ExcludedIndicatorBands.ScaleToMaximum)!;

        // 14.5 of 16 → 16.3125 of 18.
        result.Total.Compared.ShouldBe(16.3125m);
        result.Rating.ShouldBe(UnitRating.Excellent);
    }

    [Fact]
    public void An_officer_without_ratings_on_chi_so_3_scales_four_indicators_to_10()
    {
        var scores = Scores((EvaluationIndicator.TotalTime, 1m), (EvaluationIndicator.UnitTime, 1m), (EvaluationIndicator.AgenciesContacted, 1m),
            (EvaluationIndicator.Attitude, 1m), (EvaluationIndicator.Contacts, null));

        EvaluationScore.Officer(scores, ExcludedIndicatorBands.CompareAsIs)!.Band.ShouldBe(CompletionBand.SeventyToFull);
        var scaled = EvaluationScore.Officer(scores, ExcludedIndicatorBands.ScaleToMaximum)!;
        scaled.Total.Compared.ShouldBe(5m);
        scaled.Band.ShouldBe(CompletionBand.Full);
    }

    [Fact]
    public void A_party_with_no_indicator_data_is_not_evaluated()
    {
        EvaluationScore.Officer(Scores((EvaluationIndicator.Petitions, 2m)), ExcludedIndicatorBands.CompareAsIs).ShouldBeNull();
        EvaluationScore.Unit(Scores(), ExcludedIndicatorBands.ScaleToMaximum).ShouldBeNull();
    }
    [Fact]
    public void A_unit_without_any_per_dossier_indicator_data_is_not_evaluated_however_its_unit_indicators_score()
    {
        // Chỉ số 5, 6, 8, 9 at 2 points would be 8 of 8 — "Yếu" on the bands as they are, yet nothing of its dossiers is known.
        var unitOnly = Scores((EvaluationIndicator.DecidedAtOneStop, 2m), (EvaluationIndicator.Publication, 2m),
            (EvaluationIndicator.Petitions, 2m), (EvaluationIndicator.OnlineService, 2m));

        EvaluationScore.HasDossierData(unitOnly).ShouldBeFalse();
        EvaluationScore.Unit(unitOnly, ExcludedIndicatorBands.CompareAsIs).ShouldBeNull();
        EvaluationScore.Unit(unitOnly, ExcludedIndicatorBands.ScaleToMaximum).ShouldBeNull();
    }

    [Fact]
    public void A_unit_with_one_per_dossier_indicator_is_evaluated_on_what_it_has()
    {
        var scores = Scores((EvaluationIndicator.UnitTime, 1m), (EvaluationIndicator.DecidedAtOneStop, 2m), (EvaluationIndicator.Publication, 1.5m),
            (EvaluationIndicator.Petitions, 2m), (EvaluationIndicator.OnlineService, 0m));

        var result = EvaluationScore.Unit(scores, ExcludedIndicatorBands.CompareAsIs)!;
        result.Total.Total.ShouldBe(6.5m);
        result.Total.Maximum.ShouldBe(10m);
        result.Rating.ShouldBe(UnitRating.Average);
    }
}
