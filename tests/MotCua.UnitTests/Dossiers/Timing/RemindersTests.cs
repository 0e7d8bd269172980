using MotCua.Modules.Dossiers.Timing;
using static MotCua.UnitTests.Dossiers.Timing.Clock;

namespace MotCua.UnitTests.Dossiers.Timing;

public sealed class RemindersTests
{
    private static readonly DossierTimePolicy Policy = DossierTimePolicy.Default;

    [Fact]
    public void Eight_working_hours_left_is_due_soon_and_one_minute_more_is_not()
    {
        // Due Tue 03/3 09:00. From Mon 09:00: 2.5 + 3.5 + 2 = 8 h. From Mon 08:59: 8 h 01 min.
        Reminders.Classify(Year2026, At(2026, 3, 2, 9), At(2026, 3, 3, 9), Policy).ShouldBe(ReminderState.DueSoon);
        Reminders.Classify(Year2026, At(2026, 3, 2, 8, 59), At(2026, 3, 3, 9), Policy).ShouldBe(ReminderState.None);
    }

    [Fact]
    public void The_due_instant_itself_is_due_soon_and_after_it_overdue()
    {
        Reminders.Classify(Year2026, At(2026, 3, 3, 9), At(2026, 3, 3, 9), Policy).ShouldBe(ReminderState.DueSoon);
        Reminders.Classify(Year2026, At(2026, 3, 3, 9, 1), At(2026, 3, 3, 9), Policy).ShouldBe(ReminderState.Overdue);
    }

    [Fact]
    public void A_weekend_does_not_count_as_time_left()
    {
        // Fri 27/2 16:00 → Mon 02/3 15:00: Fri 1 h + Mon 4.5 h + 1.5 h = 7 h.
        Reminders.Classify(Year2026, At(2026, 2, 27, 16), At(2026, 3, 2, 15), Policy).ShouldBe(ReminderState.DueSoon);
    }

    [Fact]
    public void Ten_calendar_days_over_Tet_can_be_only_eight_working_hours()
    {
        // Fri 13/2 09:00 → Mon 23/2 09:00: Fri 6 h + Mon 2 h.
        Reminders.Classify(Year2026, At(2026, 2, 13, 9), At(2026, 2, 23, 9), Policy).ShouldBe(ReminderState.DueSoon);
    }

    [Fact]
    public void The_due_soon_threshold_comes_from_the_policy()
    {
        // Fri 27/2 09:00 → Tue 03/3 09:00: Fri 6 h + Mon 8 h + Tue 2 h = 16 h.
        Reminders.Classify(Year2026, At(2026, 2, 27, 9), At(2026, 3, 3, 9), Policy).ShouldBe(ReminderState.None);
        Reminders.Classify(Year2026, At(2026, 2, 27, 9), At(2026, 3, 3, 9), Policy with { DueSoonWorkingHours = 16 }).ShouldBe(ReminderState.DueSoon);
    }
}
