using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;

namespace MotCua.UnitTests.Dossiers.Timing;

public sealed class LateApologyTests
{
    private static readonly DateTimeOffset Due = new(2026, 12, 10, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_dossier_settled_by_its_appointment_owes_no_apology()
    {
        LateApology.Of(Legal(OnTimeClass.OnTime), []).ShouldBe(LateApologyState.NotLate);
        LateApology.Of(Legal(OnTimeClass.Early), [Apology(Due, afterDue: false)]).ShouldBe(LateApologyState.NotLate);
    }

    [Fact]
    public void A_late_dossier_without_an_apology_is_counted_as_not_apologised()
    {
        LateApology.Of(Legal(OnTimeClass.Late), []).ShouldBe(LateApologyState.NotApologised);
    }

    [Fact]
    public void An_apology_for_the_missed_appointment_counts_and_says_whether_it_came_before_or_after_it()
    {
        LateApology.Of(Legal(OnTimeClass.Late), [Apology(Due, afterDue: false)]).ShouldBe(LateApologyState.Apologised);
        LateApology.Of(Legal(OnTimeClass.Late), [Apology(Due, afterDue: true)]).ShouldBe(LateApologyState.ApologisedAfterDue);
        LateApology.Of(Legal(OnTimeClass.Late), [Apology(Due, afterDue: true), Apology(Due, afterDue: false)]).ShouldBe(LateApologyState.Apologised);
    }

    [Fact]
    public void An_apology_for_an_earlier_appointment_does_not_answer_for_missing_the_extended_one()
    {
        var beforeExtension = Due.AddDays(-3);

        LateApology.Of(Legal(OnTimeClass.Late), [Apology(beforeExtension, afterDue: false)]).ShouldBe(LateApologyState.NotApologised);
    }

    [Fact]
    public void The_count_splits_late_dossiers_by_their_apology_and_leaves_the_others_out()
    {
        var count = LateApology.Count([
            LateApologyState.NotLate, LateApologyState.Apologised, LateApologyState.NotApologised,
            LateApologyState.NotApologised, LateApologyState.ApologisedAfterDue, LateApologyState.NotLate,
        ]);

        count.ShouldBe(new LateApologyCount(Late: 4, Apologised: 1, ApologisedAfterDue: 1, NotApologised: 2));
        count.WithApology.ShouldBe(2);
    }

    private static LegalTimeResult Legal(OnTimeClass verdict) => new(verdict, IsOpen: false, WaitingForApplicant: false, Due.AddHours(5), Due);

    private static DossierApology Apology(DateTimeOffset due, bool afterDue) => new()
    {
        Number = 1, IssuedAt = due.UtcDateTime.AddHours(afterDue ? 2 : -2), IssuedByName = "Lãnh đạo", Reason = "Chờ ý kiến phối hợp",
        DueAt = due.UtcDateTime, NewAppointment = due.UtcDateTime.AddDays(2), IssuedAfterDue = afterDue,
    };
}
