using MotCua.Modules.Metrics.Evaluation;

namespace MotCua.UnitTests.Metrics.Evaluation;

public sealed class EvaluationIndicatorsTests
{
    private static int[] Numbers(Func<IndicatorDefinition, bool> where) =>
        [.. EvaluationIndicators.All.Where(where).Select(d => (int)d.Indicator)];

    [Fact]
    public void Nine_indicators_in_the_texts_order()
    {
        EvaluationIndicators.All.Select(d => (int)d.Indicator).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8, 9]);
        EvaluationIndicators.Of(EvaluationIndicator.Attitude).Indicator.ShouldBe(EvaluationIndicator.Attitude);
    }

    [Fact]
    public void Indicators_1_2_3_4_6_7_are_per_dossier_and_5_6_8_9_per_unit()
    {
        Numbers(d => d.Subject.HasFlag(IndicatorSubject.Dossier)).ShouldBe([1, 2, 3, 4, 6, 7]);
        Numbers(d => d.Subject.HasFlag(IndicatorSubject.Unit)).ShouldBe([5, 6, 8, 9]);
    }

    [Fact]
    public void Indicators_1_3_4_7_come_from_ratings_and_2_6_8_9_from_the_system()
    {
        Numbers(d => d.Source == IndicatorSource.Rating).ShouldBe([1, 3, 4, 7]);
        Numbers(d => d.Source == IndicatorSource.System).ShouldBe([2, 6, 8, 9]);
    }

    [Fact]
    public void The_officers_total_counts_1_2_3_4_7_and_the_units_all_nine()
    {
        EvaluationIndicators.CountingFor(EvaluatedParty.Officer).Select(i => (int)i).ShouldBe([1, 2, 3, 4, 7]);
        EvaluationIndicators.CountingFor(EvaluatedParty.Unit).Count.ShouldBe(9);
    }
}
