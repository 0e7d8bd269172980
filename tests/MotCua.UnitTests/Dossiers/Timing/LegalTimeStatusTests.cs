using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Timing;
using static MotCua.UnitTests.Dossiers.Timing.Clock;

namespace MotCua.UnitTests.Dossiers.Timing;

public sealed class LegalTimeStatusTests
{
    private static readonly OnTimeRule Days = new(DeadlineUnit.WorkingDays, OnTimeGranularity.DeadlineUnit);

    // Received Mon 02/3/2026 09:00, 5 working days: the receipt says Mon 09/3 09:00. A supplement requested Wed 04/3 09:00
    // is completed Mon 09/3 09:00; restarted, the appointment becomes Mon 16/3 09:00; paused, the statistic's due is Thu 12/3 09:00.
    private static readonly DateTimeOffset Received = At(2026, 3, 2, 9);
    private static readonly DateTimeOffset FirstAppointment = At(2026, 3, 9, 9);
    private static readonly DateTimeOffset Restarted = At(2026, 3, 16, 9);
    private static readonly SupplementInterval Supplement = new(At(2026, 3, 4, 9), At(2026, 3, 9, 9));

    [Fact]
    public void A_dossier_settled_by_its_restarted_date_is_on_time_by_law_though_the_national_statistic_counts_it_late()
    {
        var ends = new DossierEndEvents(FinishedAt: At(2026, 3, 13, 10));

        var legal = LegalTimeStatus.Classify(Year2026, new LegalTimeInput(Restarted, ends, null, At(2026, 3, 31, 17), Days));
        var statistic = OnTimeStatistic.Classify(Year2026, new OnTimeInput(Received, FirstAppointment, null, ends, [Supplement], At(2026, 3, 31, 17), Days));

        legal.Class.ShouldBe(OnTimeClass.Early);
        legal.IsOpen.ShouldBeFalse();
        statistic.Due.ShouldBe(At(2026, 3, 12, 9));
        statistic.Class.ShouldBe(OnTimeClass.Late);
    }

    [Fact]
    public void An_open_dossier_past_the_appointment_in_force_is_late_and_before_it_within_time()
    {
        LegalTimeStatus.Classify(Year2026, new LegalTimeInput(FirstAppointment, DossierEndEvents.None, null, At(2026, 3, 9, 10), Days))
            .ShouldSatisfyAllConditions(r => r.Class.ShouldBe(OnTimeClass.Late), r => r.IsOpen.ShouldBeTrue());
        LegalTimeStatus.Classify(Year2026, new LegalTimeInput(FirstAppointment, DossierEndEvents.None, null, At(2026, 3, 5, 10), Days))
            .Class.ShouldBe(OnTimeClass.Early);
    }

    [Fact]
    public void While_the_applicant_completes_the_dossier_the_clock_stands_at_the_request()
    {
        var result = LegalTimeStatus.Classify(Year2026, new LegalTimeInput(FirstAppointment, DossierEndEvents.None, Supplement.RequestedAt, At(2026, 3, 20, 10), Days));

        result.WaitingForApplicant.ShouldBeTrue();
        result.End.ShouldBe(Supplement.RequestedAt);
        result.Class.ShouldBe(OnTimeClass.Early);
    }

    [Fact]
    public void An_extended_appointment_is_the_one_compared()
    {
        var extended = At(2026, 3, 12, 17);
        var ends = new DossierEndEvents(FinishedAt: At(2026, 3, 12, 15));

        LegalTimeStatus.Classify(Year2026, new LegalTimeInput(extended, ends, null, At(2026, 3, 31, 17), Days)).Class.ShouldBe(OnTimeClass.OnTime);
    }

    [Fact]
    public void Restart_and_pause_give_the_dates_these_tests_assume()
    {
        var time = new ProcessingTime(5, DeadlineUnit.WorkingDays, BusinessCalendar.DefaultCutoff);

        SupplementClock.NewDueDate(Year2026, time, FirstAppointment, Supplement, SupplementClockMode.Restart).ShouldBe(Restarted);
        SupplementClock.NewDueDate(Year2026, time, FirstAppointment, Supplement, SupplementClockMode.Pause).ShouldBe(At(2026, 3, 12, 9));
    }
}
