using MotCua.Modules.Calendar;
using static MotCua.UnitTests.Dossiers.Timing.Clock;

namespace MotCua.UnitTests.Calendar;

public sealed class OnTimeDefinitionTests
{
    // A 4-hour step received Mon 02/3/2026 08:00 is due at 14:00 the same day (08:00–11:30, then 13:30–14:00).
    private static readonly DateTimeOffset FourHoursDue = At(2026, 3, 2, 14);

    private static OnTimeClass Classify(DateTimeOffset end, DateTimeOffset due, DeadlineUnit unit, OnTimeGranularity granularity) =>
        OnTimeDefinition.Classify(Year2026, end, due, new OnTimeRule(unit, granularity));

    [Fact]
    public void A_limit_in_working_hours_is_met_exactly_in_its_last_working_hour()
    {
        Classify(At(2026, 3, 2, 11, 1), FourHoursDue, DeadlineUnit.WorkingHours, OnTimeGranularity.DeadlineUnit).ShouldBe(OnTimeClass.OnTime);
        Classify(At(2026, 3, 2, 10, 30), FourHoursDue, DeadlineUnit.WorkingHours, OnTimeGranularity.DeadlineUnit).ShouldBe(OnTimeClass.Early);
        Classify(At(2026, 3, 2, 14, 1), FourHoursDue, DeadlineUnit.WorkingHours, OnTimeGranularity.DeadlineUnit).ShouldBe(OnTimeClass.Late);
    }

    [Fact]
    public void A_limit_in_working_days_is_met_exactly_on_the_due_date()
    {
        var due = At(2026, 3, 9, 9);

        Classify(At(2026, 3, 9, 7, 30), due, DeadlineUnit.WorkingDays, OnTimeGranularity.DeadlineUnit).ShouldBe(OnTimeClass.OnTime);
        Classify(At(2026, 3, 6, 16, 59), due, DeadlineUnit.WorkingDays, OnTimeGranularity.DeadlineUnit).ShouldBe(OnTimeClass.Early);
        Classify(At(2026, 3, 9, 9, 1), due, DeadlineUnit.WorkingDays, OnTimeGranularity.DeadlineUnit).ShouldBe(OnTimeClass.Late);
    }

    [Fact]
    public void The_working_day_granularity_reads_an_hour_limit_by_its_due_date()
    {
        Classify(At(2026, 3, 2, 9), FourHoursDue, DeadlineUnit.WorkingHours, OnTimeGranularity.WorkingDay).ShouldBe(OnTimeClass.OnTime);
        Classify(At(2026, 2, 27, 16), FourHoursDue, DeadlineUnit.WorkingHours, OnTimeGranularity.WorkingDay).ShouldBe(OnTimeClass.Early);
    }

    [Fact]
    public void The_instant_granularity_counts_only_the_due_minute_as_on_time()
    {
        var due = At(2026, 3, 9, 9);

        Classify(At(2026, 3, 9, 9), due, DeadlineUnit.WorkingDays, OnTimeGranularity.Instant).ShouldBe(OnTimeClass.OnTime);
        Classify(At(2026, 3, 9, 8, 59), due, DeadlineUnit.WorkingDays, OnTimeGranularity.Instant).ShouldBe(OnTimeClass.Early);
        Classify(At(2026, 3, 9, 9, 0, 30), due, DeadlineUnit.WorkingDays, OnTimeGranularity.Instant).ShouldBe(OnTimeClass.Late);
    }
}
