using MotCua.Common.Jobs;

namespace MotCua.UnitTests.Common.Jobs;

public sealed class JobScheduleTests
{
    [Fact]
    public void Slot_starts_at_the_last_multiple_of_the_interval_since_the_epoch()
    {
        var now = new DateTime(2026, 11, 23, 10, 17, 42, DateTimeKind.Utc);

        JobSchedule.SlotStart(now, TimeSpan.FromSeconds(10)).ShouldBe(new DateTime(2026, 11, 23, 10, 17, 40, DateTimeKind.Utc));
        JobSchedule.SlotStart(now, TimeSpan.FromMinutes(15)).ShouldBe(new DateTime(2026, 11, 23, 10, 15, 0, DateTimeKind.Utc));
        JobSchedule.SlotStart(now, TimeSpan.FromDays(1)).ShouldBe(new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Every_instant_of_a_slot_maps_to_the_same_slot_and_the_next_instant_to_the_next()
    {
        var interval = TimeSpan.FromSeconds(10);
        var start = new DateTime(2026, 11, 23, 10, 17, 40, DateTimeKind.Utc);

        JobSchedule.SlotStart(start, interval).ShouldBe(start);
        JobSchedule.SlotStart(start.AddTicks(interval.Ticks - 1), interval).ShouldBe(start);
        JobSchedule.SlotStart(start + interval, interval).ShouldBe(start + interval);
        JobSchedule.SlotStart(start, interval).Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public void A_non_positive_interval_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => JobSchedule.SlotStart(DateTime.UnixEpoch, TimeSpan.Zero));
    }
}
