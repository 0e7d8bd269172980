using MotCua.Modules.Notifications.Delivery;

namespace MotCua.UnitTests.Notifications;

public sealed class RetryScheduleTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Max = TimeSpan.FromHours(2);

    [Fact]
    public void Delay_doubles_with_every_failure_without_jitter()
    {
        var delays = Enumerable.Range(1, 5).Select(a => RetrySchedule.DelayAfter(a, First, Max, jitter: 0)).ToList();

        delays.ShouldBe([TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8)]);
    }

    [Fact]
    public void Delay_stops_growing_at_the_maximum_even_after_many_failures()
    {
        RetrySchedule.DelayAfter(9, First, Max, jitter: 0).ShouldBe(Max);
        RetrySchedule.DelayAfter(1000, First, Max, jitter: 0).ShouldBe(Max);
    }

    [Fact]
    public void Jitter_adds_at_most_a_fifth_of_the_delay()
    {
        RetrySchedule.DelayAfter(3, First, Max, jitter: 0.5).ShouldBe(TimeSpan.FromMinutes(2.2));
        RetrySchedule.DelayAfter(3, First, Max, jitter: 0.999999).ShouldBeLessThan(TimeSpan.FromMinutes(2.4));
    }

    [Fact]
    public void Delays_with_jitter_still_grow_from_one_attempt_to_the_next()
    {
        for (var attempt = 1; attempt < 8; attempt++)
        {
            RetrySchedule.DelayAfter(attempt + 1, First, Max, jitter: 0).ShouldBeGreaterThan(RetrySchedule.DelayAfter(attempt, First, Max, jitter: 0.999));
        }
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, -0.1)]
    [InlineData(1, 1.0)]
    public void Out_of_range_arguments_are_refused(int attempts, double jitter)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => RetrySchedule.DelayAfter(attempts, First, Max, jitter));
    }
}
