using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Portal.Data;

namespace MotCua.UnitTests.Portal.Rating;

public sealed class AttitudeScoreTests
{
    [Theory]
    [InlineData(false, "Early", 2)]
    [InlineData(false, "OnTime", 1)]
    [InlineData(false, "Late", 1)]
    [InlineData(true, "Early", 0)]
    [InlineData(true, "OnTime", 0)]
    public void Indicator_7_is_two_for_early_one_for_on_time_and_zero_with_a_complaint(bool complaint, string legalTime, int score) =>
        DossierRating.AttitudeScoreOf(complaint, Enum.Parse<OnTimeClass>(legalTime)).ShouldBe(score);
}
