using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Timing;
using static MotCua.UnitTests.Dossiers.Timing.Clock;

namespace MotCua.UnitTests.Dossiers.Timing;

public sealed class OnTimeStatisticTests
{
    // Received Mon 02/3/2026 09:00 with 5 working days: due Mon 09/3 09:00 (40 h of working time).
    private static readonly DateTimeOffset Received = At(2026, 3, 2, 9);
    private static readonly DateTimeOffset Due = At(2026, 3, 9, 9);
    private static readonly DateTimeOffset EndOfMarch = At(2026, 3, 31, 23, 59, 59);
    private static readonly OnTimeRule DayRule = new(DeadlineUnit.WorkingDays, OnTimeGranularity.DeadlineUnit);

    private static OnTimeResult Classify(DossierEndEvents ends, DateTimeOffset? periodEnd = null, params SupplementInterval[] supplements) =>
        OnTimeStatistic.Classify(Year2026, new OnTimeInput(Received, Due, null, ends, supplements, periodEnd ?? EndOfMarch, DayRule));

    [Fact]
    public void Finished_on_a_day_before_the_due_date_is_early()
    {
        var result = Classify(new DossierEndEvents(FinishedAt: At(2026, 3, 6, 10)));

        result.Class.ShouldBe(OnTimeClass.Early);
        result.IsOpen.ShouldBeFalse();
        result.EndKind.ShouldBe(DossierEndKind.Finished);

        // Mon 09:00–17:00 = 6 h, Tue–Thu 24 h, Fri 07:00–10:00 = 3 h.
        result.WorkingTimeUsed.ShouldBe(Hours(33));
        result.WorkingTimeAllowed.ShouldBe(Hours(40));
    }

    [Fact]
    public void Finished_on_the_due_date_up_to_the_due_instant_is_on_time_and_a_minute_later_is_late()
    {
        Classify(new DossierEndEvents(FinishedAt: At(2026, 3, 9, 7, 30))).Class.ShouldBe(OnTimeClass.OnTime);
        Classify(new DossierEndEvents(FinishedAt: At(2026, 3, 9, 9))).Class.ShouldBe(OnTimeClass.OnTime);
        Classify(new DossierEndEvents(FinishedAt: At(2026, 3, 9, 9, 1))).Class.ShouldBe(OnTimeClass.Late);
    }

    [Fact]
    public void Finished_on_the_weekend_before_the_due_date_is_early() =>
        Classify(new DossierEndEvents(FinishedAt: At(2026, 3, 7, 10))).Class.ShouldBe(OnTimeClass.Early);

    [Fact]
    public void The_first_end_reached_counts_finished_before_returned()
    {
        var result = Classify(new DossierEndEvents(FinishedAt: At(2026, 3, 6, 10), ReturnedAt: At(2026, 3, 10, 9)));

        result.EndKind.ShouldBe(DossierEndKind.Finished);
        result.Class.ShouldBe(OnTimeClass.Early);
    }

    [Fact]
    public void At_the_same_instant_finished_wins_over_returned()
    {
        var sameInstant = At(2026, 3, 9, 8);

        Classify(new DossierEndEvents(FinishedAt: sameInstant, ReturnedAt: sameInstant)).EndKind.ShouldBe(DossierEndKind.Finished);
    }

    [Fact]
    public void Returned_without_a_finished_status_ends_at_the_return()
    {
        var result = Classify(new DossierEndEvents(ReturnedAt: At(2026, 3, 9, 8)));

        result.EndKind.ShouldBe(DossierEndKind.Returned);
        result.Class.ShouldBe(OnTimeClass.OnTime);
    }

    [Fact]
    public void A_refusal_after_the_due_date_is_late()
    {
        var result = Classify(new DossierEndEvents(StoppedAt: At(2026, 3, 10, 9)));

        result.EndKind.ShouldBe(DossierEndKind.Stopped);
        result.Class.ShouldBe(OnTimeClass.Late);
    }

    [Fact]
    public void A_withdrawal_ends_processing()
    {
        var result = Classify(new DossierEndEvents(WithdrawnAt: At(2026, 3, 4, 10)));

        result.EndKind.ShouldBe(DossierEndKind.Withdrawn);
        result.Class.ShouldBe(OnTimeClass.Early);
        result.IsOpen.ShouldBeFalse();
    }

    [Fact]
    public void An_open_dossier_is_classified_at_the_end_of_the_reporting_period()
    {
        var inTime = Classify(DossierEndEvents.None, At(2026, 3, 6, 23, 59, 59));
        var dueDay = Classify(DossierEndEvents.None, At(2026, 3, 9, 8));
        var overdue = Classify(DossierEndEvents.None, At(2026, 3, 10, 17));

        inTime.IsOpen.ShouldBeTrue();
        inTime.EndKind.ShouldBe(DossierEndKind.PeriodEnd);
        inTime.Class.ShouldBe(OnTimeClass.Early);
        dueDay.Class.ShouldBe(OnTimeClass.OnTime);
        overdue.IsOpen.ShouldBeTrue();
        overdue.Class.ShouldBe(OnTimeClass.Late);
        overdue.End.ShouldBe(At(2026, 3, 10, 17));
    }

    [Fact]
    public void An_end_after_the_period_is_ignored_for_that_period()
    {
        var result = Classify(new DossierEndEvents(FinishedAt: At(2026, 3, 11, 9)), At(2026, 3, 10, 17));

        result.IsOpen.ShouldBeTrue();
        result.End.ShouldBe(At(2026, 3, 10, 17));
        result.Class.ShouldBe(OnTimeClass.Late);
    }

    [Fact]
    public void A_completed_supplement_pauses_the_clock()
    {
        // Waiting Wed 04/3 10:00 → Fri 06/3 14:00 = 18 h, so the due instant moves from Mon 09/3 09:00 to Wed 11/3 11:00.
        var supplement = new SupplementInterval(At(2026, 3, 4, 10), At(2026, 3, 6, 14));

        var onTime = Classify(new DossierEndEvents(FinishedAt: At(2026, 3, 11, 10, 30)), null, supplement);
        var early = Classify(new DossierEndEvents(FinishedAt: At(2026, 3, 10, 16)), null, supplement);
        var late = Classify(new DossierEndEvents(FinishedAt: At(2026, 3, 11, 11, 30)), null, supplement);

        onTime.Due.ShouldBe(At(2026, 3, 11, 11));
        onTime.SupplementTime.ShouldBe(Hours(18));

        // Mon 02/3 6 h + Tue–Fri 32 h + Mon 09/3 8 h + Tue 10/3 8 h + Wed 11/3 07:00–10:30 3.5 h = 57.5 h, minus 18 h.
        onTime.WorkingTimeUsed.ShouldBe(Hours(39.5));
        onTime.Class.ShouldBe(OnTimeClass.OnTime);
        early.Class.ShouldBe(OnTimeClass.Early);
        late.Class.ShouldBe(OnTimeClass.Late);
    }

    [Fact]
    public void Waiting_for_a_supplement_ends_the_count_at_the_request()
    {
        var result = Classify(DossierEndEvents.None, null, new SupplementInterval(At(2026, 3, 4, 10), null));

        result.EndKind.ShouldBe(DossierEndKind.SupplementRequested);
        result.End.ShouldBe(At(2026, 3, 4, 10));
        result.IsOpen.ShouldBeTrue();
        result.Class.ShouldBe(OnTimeClass.Early);

        // Mon 6 h + Tue 8 h + Wed 07:00–10:00 3 h.
        result.WorkingTimeUsed.ShouldBe(Hours(17));
    }

    [Fact]
    public void A_dossier_stopped_while_waiting_for_a_supplement_is_measured_to_the_request()
    {
        var result = Classify(new DossierEndEvents(StoppedAt: At(2026, 3, 16, 9)), null, new SupplementInterval(At(2026, 3, 4, 10), null));

        result.IsOpen.ShouldBeFalse();
        result.End.ShouldBe(At(2026, 3, 4, 10));
        result.Class.ShouldBe(OnTimeClass.Early);
    }

    [Fact]
    public void A_supplement_completed_after_the_period_is_still_pending_in_that_period()
    {
        var result = Classify(DossierEndEvents.None, null, new SupplementInterval(At(2026, 3, 4, 10), At(2026, 4, 1, 9)));

        result.EndKind.ShouldBe(DossierEndKind.SupplementRequested);
        result.End.ShouldBe(At(2026, 3, 4, 10));
    }

    [Fact]
    public void Two_supplement_requests_make_the_dossier_late_however_quick_it_was()
    {
        var result = Classify(
            new DossierEndEvents(FinishedAt: At(2026, 3, 6, 10)),
            null,
            new SupplementInterval(At(2026, 3, 3, 10), At(2026, 3, 4, 10)),
            new SupplementInterval(At(2026, 3, 5, 9), At(2026, 3, 5, 15)));

        result.RepeatedSupplementRequests.ShouldBeTrue();
        result.Class.ShouldBe(OnTimeClass.Late);
    }

    [Fact]
    public void Without_a_due_date_the_maximum_time_counts_from_the_start_without_cut_off()
    {
        // Received Fri 13/2 16:10 (after 15:00, which the statistic ignores): 40 h = Fri 16:10–17:00 (50 min), Mon–Thu 23–26/2
        // after Tết (32 h), Fri 27/2 07:00–11:30 (4.5 h) and 13:30–16:10 (2 h 40 min) → Fri 27/2 16:10.
        var maxTime = new ProcessingTime(5, DeadlineUnit.WorkingDays, ProcessingTime.DefaultCutOff);
        OnTimeResult Finished(DateTimeOffset at) =>
            OnTimeStatistic.Classify(Year2026, new OnTimeInput(At(2026, 2, 13, 16, 10), null, maxTime, new DossierEndEvents(FinishedAt: at), [], EndOfMarch, DayRule));

        Finished(At(2026, 2, 26, 16)).Class.ShouldBe(OnTimeClass.Early);
        Finished(At(2026, 2, 27, 16)).Class.ShouldBe(OnTimeClass.OnTime);
        Finished(At(2026, 2, 27, 16, 30)).Class.ShouldBe(OnTimeClass.Late);
        Finished(At(2026, 2, 27, 16)).Due.ShouldBe(At(2026, 2, 27, 16, 10));
        Finished(At(2026, 2, 27, 16)).WorkingTimeAllowed.ShouldBe(Hours(40));
    }

    [Fact]
    public void Across_Tet_only_working_time_is_used()
    {
        // Thu 12/2 10:00 + 3 days = Tue 24/2 10:00. Finished Mon 23/2 16:00: Thu 5 h + Fri 8 h + Mon 07:00–16:00 7 h = 20 h.
        var result = OnTimeStatistic.Classify(
            Year2026, new OnTimeInput(At(2026, 2, 12, 10), At(2026, 2, 24, 10), null, new DossierEndEvents(FinishedAt: At(2026, 2, 23, 16)), [], EndOfMarch, DayRule));

        result.Class.ShouldBe(OnTimeClass.Early);
        result.WorkingTimeUsed.ShouldBe(Hours(20));
        result.WorkingTimeAllowed.ShouldBe(Hours(24));
    }

    [Fact]
    public void A_dossier_without_a_due_date_or_a_maximum_time_cannot_be_classified() =>
        Should.Throw<ArgumentException>(() =>
            OnTimeStatistic.Classify(Year2026, new OnTimeInput(Received, null, null, DossierEndEvents.None, [], EndOfMarch, DayRule)));
}
