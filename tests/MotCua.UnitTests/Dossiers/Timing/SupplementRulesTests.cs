using MotCua.Common.Validation;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Timing;
using static MotCua.UnitTests.Dossiers.Timing.Clock;

namespace MotCua.UnitTests.Dossiers.Timing;

public sealed class SupplementRulesTests
{
    private static readonly TimeOnly Cutoff = ProcessingTime.DefaultCutOff;
    private static readonly ProcessingTime FiveDays = new(5, DeadlineUnit.WorkingDays, ProcessingTime.DefaultCutOff);
    private static readonly DossierTimePolicy Policy = DossierTimePolicy.Default;

    private static RuleFailure? Check(DateTimeOffset received, DateTimeOffset requested, int previous = 0, DossierTimePolicy? policy = null) =>
        SupplementWindow.Check(Year2026, received, Cutoff, requested, previous, policy ?? Policy);

    [Fact]
    public void A_supplement_may_be_requested_up_to_three_working_days_after_receipt_to_the_minute()
    {
        // Mon 02/3 09:00 + 3 × 8 h = Thu 05/3 09:00.
        SupplementWindow.Closes(Year2026, At(2026, 3, 2, 9), Cutoff, Policy).ShouldBe(At(2026, 3, 5, 9));
        Check(At(2026, 3, 2, 9), At(2026, 3, 5, 9)).ShouldBeNull();

        var broken = Check(At(2026, 3, 2, 9), At(2026, 3, 5, 9, 1)).ShouldNotBeNull();
        broken.Source.ShouldBe(TimeRuleNames.SupplementWindowClosed);
        broken.Message.ShouldBe("Chỉ được yêu cầu bổ sung hồ sơ trong thời hạn 03 ngày làm việc kể từ ngày tiếp nhận (hạn cuối 09:00 ngày 05/03/2026).");
    }

    [Fact]
    public void The_supplement_window_does_not_count_Tet_2026()
    {
        // Thu 12/2 10:00: Fri 13/2 = day 1, Tết 16–20/2 skipped, Mon 23/2 = 2, Tue 24/2 = 3 → closes Tue 24/2 10:00.
        SupplementWindow.Closes(Year2026, At(2026, 2, 12, 10), Cutoff, Policy).ShouldBe(At(2026, 2, 24, 10));
        Check(At(2026, 2, 12, 10), At(2026, 2, 23, 16)).ShouldBeNull();
        Check(At(2026, 2, 12, 10), At(2026, 2, 25, 8)).ShouldNotBeNull().Source.ShouldBe(TimeRuleNames.SupplementWindowClosed);
    }

    [Fact]
    public void A_dossier_received_after_the_cut_off_gets_its_window_from_the_next_working_day()
    {
        // Fri 13/2 16:10 → start Mon 23/2 07:00 → 3 days from an opening end at the closing of Wed 25/2.
        SupplementWindow.Closes(Year2026, At(2026, 2, 13, 16, 10), Cutoff, Policy).ShouldBe(At(2026, 2, 25, 17));
        Check(At(2026, 2, 13, 16, 10), At(2026, 2, 25, 16, 59)).ShouldBeNull();
    }

    [Fact]
    public void A_second_supplement_request_is_refused_unless_the_policy_allows_it()
    {
        var broken = Check(At(2026, 3, 2, 9), At(2026, 3, 3, 9), previous: 1).ShouldNotBeNull();
        broken.Source.ShouldBe(TimeRuleNames.SupplementRequestLimit);
        broken.Message.ShouldBe("Hồ sơ chỉ được yêu cầu bổ sung, hoàn thiện một lần.");

        Check(At(2026, 3, 2, 9), At(2026, 3, 3, 9), previous: 1, Policy with { MaxSupplementRequests = 2 }).ShouldBeNull();
    }

    [Fact]
    public void A_longer_window_from_the_policy_is_honoured()
    {
        // Regime B provinces may set 5 days: Mon 02/3 09:00 + 5 days = Mon 09/3 09:00.
        Check(At(2026, 3, 2, 9), At(2026, 3, 9, 9), policy: Policy with { SupplementWindowWorkingDays = 5 }).ShouldBeNull();
    }

    [Fact]
    public void A_request_before_receipt_is_a_programming_error() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Check(At(2026, 3, 2, 9), At(2026, 3, 2, 8)));

    [Fact]
    public void Restart_gives_the_full_processing_time_from_the_completed_supplement()
    {
        // Completed Fri 06/3 14:00 → + 5 working days = Fri 13/3 14:00, whatever the old due date was.
        var supplement = new SupplementInterval(At(2026, 3, 4, 10), At(2026, 3, 6, 14));

        SupplementClock.NewDueDate(Year2026, FiveDays, At(2026, 3, 9, 9), supplement, SupplementClockMode.Restart).ShouldBe(At(2026, 3, 13, 14));
    }

    [Fact]
    public void Restart_treats_a_completion_after_15_00_as_received_the_next_working_day()
    {
        // Completed Fri 06/3 15:30 → start Mon 09/3 07:00 → closing of Fri 13/3.
        var supplement = new SupplementInterval(At(2026, 3, 4, 10), At(2026, 3, 6, 15, 30));

        SupplementClock.NewDueDate(Year2026, FiveDays, At(2026, 3, 9, 9), supplement, SupplementClockMode.Restart).ShouldBe(At(2026, 3, 13, 17));
    }

    [Fact]
    public void Restart_across_Tet_2026_skips_the_holidays()
    {
        // Completed Fri 13/2 10:00, 3 days: Mon 23/2 (1), Tue 24/2 (2), Wed 25/2 (3) → Wed 25/2 10:00.
        var threeDays = FiveDays with { Amount = 3 };
        var supplement = new SupplementInterval(At(2026, 2, 11, 10), At(2026, 2, 13, 10));

        SupplementClock.NewDueDate(Year2026, threeDays, At(2026, 2, 17, 10), supplement, SupplementClockMode.Restart).ShouldBe(At(2026, 2, 25, 10));
    }

    [Fact]
    public void Pause_moves_the_due_date_by_the_working_time_spent_waiting()
    {
        // Waiting Wed 04/3 10:00 → Fri 06/3 14:00 = Wed 1.5 + 3.5, Thu 8, Fri 4.5 + 0.5 = 18 h.
        // Old due Mon 09/3 09:00 + 18 h: Mon 2.5 + 3.5 = 6 h, Tue 8 h (14 h), Wed 07:00 + 4 h → Wed 11/3 11:00.
        var supplement = new SupplementInterval(At(2026, 3, 4, 10), At(2026, 3, 6, 14));

        SupplementClock.NewDueDate(Year2026, FiveDays, At(2026, 3, 9, 9), supplement, SupplementClockMode.Pause).ShouldBe(At(2026, 3, 11, 11));
    }

    [Fact]
    public void Pause_landing_on_the_lunch_break_shows_the_afternoon_opening()
    {
        // Waiting Tue 03/3 07:00–09:30 = 2.5 h; Mon 09/3 09:00 + 2.5 h = 11:30, shown as 13:30 like the calendar does.
        var supplement = new SupplementInterval(At(2026, 3, 3, 7), At(2026, 3, 3, 9, 30));

        SupplementClock.NewDueDate(Year2026, FiveDays, At(2026, 3, 9, 9), supplement, SupplementClockMode.Pause).ShouldBe(At(2026, 3, 9, 13, 30));
    }

    [Fact]
    public void Pause_landing_on_the_closing_stays_at_17_00()
    {
        // Waiting Tue 03/3 13:30–17:00 = 3.5 h; Mon 09/3 13:30 + 3.5 h = Mon 17:00, not Tue 07:00.
        var supplement = new SupplementInterval(At(2026, 3, 3, 13, 30), At(2026, 3, 3, 17));

        SupplementClock.NewDueDate(Year2026, FiveDays, At(2026, 3, 9, 13, 30), supplement, SupplementClockMode.Pause).ShouldBe(At(2026, 3, 9, 17));
    }

    [Fact]
    public void Pause_of_minutes_lands_to_the_minute()
    {
        // Waiting Tue 03/3 16:50 → Wed 04/3 07:15 = 10 + 15 = 25 min; Mon 09/3 11:20 + 25 min = 11:20–11:30 (10 min) + 13:30–13:45.
        var supplement = new SupplementInterval(At(2026, 3, 3, 16, 50), At(2026, 3, 4, 7, 15));

        SupplementClock.NewDueDate(Year2026, FiveDays, At(2026, 3, 9, 11, 20), supplement, SupplementClockMode.Pause).ShouldBe(At(2026, 3, 9, 13, 45));
    }

    [Fact]
    public void Pause_over_a_weekend_and_Tet_counts_no_time()
    {
        // Requested Fri 13/2 17:00, completed Mon 23/2 07:00: no working time between, the due date stays.
        var supplement = new SupplementInterval(At(2026, 2, 13, 17), At(2026, 2, 23, 7));

        SupplementClock.NewDueDate(Year2026, FiveDays, At(2026, 2, 25, 10), supplement, SupplementClockMode.Pause).ShouldBe(At(2026, 2, 25, 10));
    }

    [Fact]
    public void A_new_due_date_needs_a_completed_supplement() =>
        Should.Throw<ArgumentException>(() =>
            SupplementClock.NewDueDate(Year2026, FiveDays, At(2026, 3, 9, 9), new SupplementInterval(At(2026, 3, 4, 10), null), SupplementClockMode.Restart));
}
