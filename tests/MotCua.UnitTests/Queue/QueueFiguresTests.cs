using MotCua.Modules.Queue;

namespace MotCua.UnitTests.Queue;

public sealed class QueueFiguresTests
{
    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 9)]
    [InlineData(new double[] { 30, 5 }, 30)]
    [InlineData(new double[] { 7 }, 7)]
    [InlineData(new double[] { 4, 1, 3, 2, 5, 6, 7, 8, 9, 10, 11 }, 10)]
    public void The_90th_percentile_is_the_nearest_rank(double[] minutes, double expected) =>
        QueueFigures.Percentile90(minutes).ShouldBe(expected);

    [Fact]
    public void No_visits_have_no_percentile() => QueueFigures.Percentile90([]).ShouldBeNull();

    [Theory]
    [InlineData(20.0, false)]
    [InlineData(20.1, true)]
    public void An_average_wait_over_20_minutes_misses_the_target(double average, bool misses) =>
        new QueueFigures("Quầy 1", 1, 1, 0, average, average, 1, 1).MissesTarget.ShouldBe(misses);
}
