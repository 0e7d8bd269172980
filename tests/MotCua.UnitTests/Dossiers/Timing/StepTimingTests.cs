using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Timing;
using static MotCua.UnitTests.Dossiers.Timing.Clock;

namespace MotCua.UnitTests.Dossiers.Timing;

public sealed class StepTimingTests
{
    private static readonly StepAllotment FourHours = new(4, DeadlineUnit.WorkingHours);

    [Fact]
    public void A_four_hour_step_done_in_one_hour_is_early_by_default()
    {
        var due = StepTiming.Classify(Year2026, new StepAllotment(4, DeadlineUnit.WorkingHours), At(2026, 3, 2, 8), At(2026, 3, 2, 9), At(2026, 3, 2, 9), OnTimeGranularity.DeadlineUnit);

        due.Due.ShouldBe(At(2026, 3, 2, 14));
        due.Class.ShouldBe(OnTimeClass.Early);
    }

    [Fact]
    public void A_step_received_after_15_00_still_counts_from_its_receipt()
    {
        // No cut-off between units: Mon 02/3 15:30 + 4 h = 15:30–17:00 (1.5 h) + Tue 07:00–09:30 (2.5 h).
        var result = StepTiming.Classify(Year2026, FourHours, At(2026, 3, 2, 15, 30), At(2026, 3, 3, 9), At(2026, 3, 31, 17), OnTimeGranularity.DeadlineUnit);

        result.Due.ShouldBe(At(2026, 3, 3, 9, 30));
        result.Class.ShouldBe(OnTimeClass.OnTime);
        result.WorkingTimeUsed.ShouldBe(Hours(3.5));
        result.WorkingTimeAllotted.ShouldBe(Hours(4));
        result.IsOpen.ShouldBeFalse();
    }

    [Fact]
    public void A_step_handed_over_the_day_before_its_due_date_is_early_and_after_the_due_instant_late()
    {
        StepTiming.Classify(Year2026, FourHours, At(2026, 3, 2, 15, 30), At(2026, 3, 2, 16, 45), At(2026, 3, 31, 17), OnTimeGranularity.DeadlineUnit).Class.ShouldBe(OnTimeClass.Early);
        StepTiming.Classify(Year2026, FourHours, At(2026, 3, 2, 15, 30), At(2026, 3, 3, 9, 45), At(2026, 3, 31, 17), OnTimeGranularity.DeadlineUnit).Class.ShouldBe(OnTimeClass.Late);
    }

    [Fact]
    public void A_step_over_the_lunch_break_counts_working_time_only()
    {
        // Mon 10:30 + 2 h = 10:30–11:30 (1 h) + 13:30–14:30 (1 h). Handed over 14:00: 1 h + 0.5 h used.
        var result = StepTiming.Classify(Year2026, new StepAllotment(2, DeadlineUnit.WorkingHours), At(2026, 3, 2, 10, 30), At(2026, 3, 2, 14), At(2026, 3, 31, 17), OnTimeGranularity.DeadlineUnit);

        result.Due.ShouldBe(At(2026, 3, 2, 14, 30));
        result.WorkingTimeUsed.ShouldBe(Hours(1.5));
        result.Class.ShouldBe(OnTimeClass.OnTime);
    }

    [Fact]
    public void A_one_day_step_received_the_Friday_before_Tet_is_due_the_Monday_after()
    {
        // Fri 13/2 14:00 + 8 h = Fri 14:00–17:00 (3 h) + Mon 23/2 07:00–11:30 (4.5 h) + 13:30–14:00 (0.5 h) → Mon 23/2 14:00.
        var result = StepTiming.Classify(Year2026, new StepAllotment(1, DeadlineUnit.WorkingDays), At(2026, 2, 13, 14), At(2026, 2, 23, 10), At(2026, 3, 31, 17), OnTimeGranularity.DeadlineUnit);

        result.Due.ShouldBe(At(2026, 2, 23, 14));
        result.Class.ShouldBe(OnTimeClass.OnTime);

        // Fri 3 h + Mon 07:00–10:00 3 h.
        result.WorkingTimeUsed.ShouldBe(Hours(6));
    }

    [Fact]
    public void An_open_step_is_classified_as_of_the_given_instant()
    {
        var result = StepTiming.Classify(Year2026, FourHours, At(2026, 3, 2, 15, 30), null, At(2026, 3, 3, 10), OnTimeGranularity.DeadlineUnit);

        result.IsOpen.ShouldBeTrue();
        result.End.ShouldBe(At(2026, 3, 3, 10));
        result.Class.ShouldBe(OnTimeClass.Late);
    }
}
