using MotCua.Modules.Calendar;
using MotCua.Modules.Metrics.Evaluation;

namespace MotCua.UnitTests.Metrics.Evaluation;

public sealed class IndicatorRulesTests
{
    [Theory]
    [InlineData(nameof(OnTimeClass.Early), 2)]
    [InlineData(nameof(OnTimeClass.OnTime), 1)]
    [InlineData(nameof(OnTimeClass.Late), 0)]
    public void Total_time_shorter_equal_or_longer_than_allowed_scores_2_1_0(string time, int points) =>
        IndicatorRules.TotalTime(Enum.Parse<OnTimeClass>(time)).ShouldBe(points);

    [Fact]
    public void A_unit_with_one_late_step_scores_0_on_its_time_when_read_by_its_worst_step()
    {
        IndicatorRules.UnitTime([OnTimeClass.Early, OnTimeClass.Late], UnitTimeReading.WorstStep).ShouldBe(0m);
        IndicatorRules.UnitTime([OnTimeClass.Early, OnTimeClass.OnTime], UnitTimeReading.WorstStep).ShouldBe(1m);
        IndicatorRules.UnitTime([OnTimeClass.Early, OnTimeClass.Early], UnitTimeReading.WorstStep).ShouldBe(2m);
    }

    [Fact]
    public void Read_by_the_mean_of_its_steps_a_unit_early_once_and_late_once_scores_1()
    {
        IndicatorRules.UnitTime([OnTimeClass.Early, OnTimeClass.Late], UnitTimeReading.MeanOfSteps).ShouldBe(1m);
        IndicatorRules.UnitTime([OnTimeClass.Early, OnTimeClass.Early, OnTimeClass.OnTime], UnitTimeReading.MeanOfSteps)!.Value.ShouldBe(5m / 3m);
    }

    [Fact]
    public void A_unit_that_handled_no_step_of_the_dossier_gives_no_point_on_its_time() =>
        IndicatorRules.UnitTime([], UnitTimeReading.WorstStep).ShouldBeNull();

    [Theory]
    [InlineData(0, false, 2)]
    [InlineData(1, false, 1)]
    [InlineData(1, true, 1)]
    [InlineData(2, false, 0)]
    [InlineData(5, false, 0)]
    public void Contacts_none_one_or_more_score_2_1_0(int contacts, bool applicantAtFault, int points) =>
        IndicatorRules.Contacts(new ContactsNeeded(contacts, applicantAtFault), ApplicantFaultContacts.Excluded).ShouldBe(points);

    [Fact]
    public void More_than_one_contact_by_the_applicants_fault_is_not_scored_0()
    {
        var twoByApplicant = new ContactsNeeded(2, ApplicantAtFault: true);

        IndicatorRules.Contacts(twoByApplicant, ApplicantFaultContacts.Excluded).ShouldBeNull();
        IndicatorRules.Contacts(twoByApplicant, ApplicantFaultContacts.OnePoint).ShouldBe(1m);
    }

    [Theory]
    [InlineData(false, 0, 2)]
    [InlineData(true, 0, 1)]
    [InlineData(true, 1, 0)]
    [InlineData(false, 2, 0)]
    [InlineData(false, 1, 0)]
    public void Agencies_contacted_none_only_the_one_stop_unit_or_more_score_2_1_0(bool oneStopUnit, int otherAgencies, int points) =>
        IndicatorRules.AgenciesContacted(new AgenciesContacted(oneStopUnit, otherAgencies)).ShouldBe(points);

    [Theory]
    [InlineData(nameof(OneStopLevel.MinistryOrProvince), 100, 20, 2)]
    [InlineData(nameof(OneStopLevel.MinistryOrProvince), 100, 19, 0)]
    [InlineData(nameof(OneStopLevel.MinistryOrProvince), 1000, 199, 0)]
    [InlineData(nameof(OneStopLevel.District), 100, 50, 2)]
    [InlineData(nameof(OneStopLevel.District), 100, 49, 0)]
    [InlineData(nameof(OneStopLevel.Commune), 120, 120, 2)]
    [InlineData(nameof(OneStopLevel.Commune), 120, 119, 0)]
    public void Decided_at_the_one_stop_unit_scores_2_from_the_levels_threshold(string level, int listed, int decided, int points) =>
        IndicatorRules.DecidedAtOneStop(new OneStopDecisions(Enum.Parse<OneStopLevel>(level), listed, decided, EligibleProcedures: 80, ReceivedAndReturnedAtOneStop: 79)).ShouldBe(points);

    [Fact]
    public void Below_the_threshold_every_eligible_procedure_received_and_returned_at_the_one_stop_unit_scores_1()
    {
        IndicatorRules.DecidedAtOneStop(new OneStopDecisions(OneStopLevel.District, 100, 49, 80, 80)).ShouldBe(1m);
        IndicatorRules.DecidedAtOneStop(new OneStopDecisions(OneStopLevel.District, 100, 49, 80, 79)).ShouldBe(0m);
    }

    [Fact]
    public void A_unit_without_listed_procedures_gives_no_point_on_the_one_stop_indicator() =>
        IndicatorRules.DecidedAtOneStop(new OneStopDecisions(OneStopLevel.Commune, 0, 0, 0, 0)).ShouldBeNull();

    [Theory]
    [InlineData(true, true, 2)]
    [InlineData(true, false, 1)]
    [InlineData(false, true, 1)]
    [InlineData(false, false, 0)]
    public void Publication_posted_and_electronic_either_or_none_scores_2_1_0(bool posted, bool electronic, int points) =>
        IndicatorRules.Publication(new Publication(posted, electronic)).ShouldBe(points);

    [Theory]
    [InlineData(nameof(OnTimeClass.Early), false, 2)]
    [InlineData(nameof(OnTimeClass.OnTime), false, 1)]
    [InlineData(nameof(OnTimeClass.Early), true, 0)]
    [InlineData(nameof(OnTimeClass.OnTime), true, 0)]
    [InlineData(nameof(OnTimeClass.Late), false, 0)]
    public void Attitude_ahead_of_time_on_time_or_with_a_founded_complaint_scores_2_1_0(string time, bool foundedComplaint, int points) =>
        IndicatorRules.Attitude(new Attitude(Enum.Parse<OnTimeClass>(time), foundedComplaint)).ShouldBe(points);

    [Theory]
    [InlineData(0, 0, false, 2)]
    [InlineData(40, 40, false, 2)]
    [InlineData(10, 9, false, 1)]
    [InlineData(100, 90, false, 1)]
    [InlineData(10000, 8999, false, 0)]
    [InlineData(40, 39, true, 0)]
    [InlineData(40, 40, true, 0)]
    public void Petitions_none_or_all_on_time_score_2_at_least_90_percent_1_otherwise_or_prolonged_0(int petitions, int onTime, bool prolonged, int points) =>
        IndicatorRules.Petitions(new PetitionHandling(petitions, onTime, prolonged)).ShouldBe(points);

    [Theory]
    [InlineData(100, 20, 100, 30, 0, 2)]
    [InlineData(100, 19, 100, 30, 0, 0)]
    [InlineData(100, 20, 100, 30, 1, 0)]
    [InlineData(100, 20, 10000, 2999, 0, 1)]
    [InlineData(100, 5, 100, 15, 0, 1)]
    [InlineData(100, 5, 10000, 1499, 0, 0)]
    [InlineData(100, 5, 100, 20, 1, 0)]
    [InlineData(100, 5, 100, 30, 0, 0)]
    public void Online_service_scores_by_the_share_of_level_3_4_procedures_online_dossiers_and_none_overdue(
        int procedures, int level3Or4, int dossiers, int online, int overdue, int points) =>
        IndicatorRules.OnlineService(new OnlineService(procedures, level3Or4, dossiers, online, overdue)).ShouldBe(points);

    [Fact]
    public void A_unit_without_dossiers_gives_no_point_on_online_service() =>
        IndicatorRules.OnlineService(new OnlineService(100, 30, 0, 0, 0)).ShouldBeNull();

    [Fact]
    public void Counts_that_do_not_add_up_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => IndicatorRules.Petitions(new PetitionHandling(10, 11, false)));
        Should.Throw<ArgumentOutOfRangeException>(() => IndicatorRules.Contacts(new ContactsNeeded(-1, false), ApplicantFaultContacts.Excluded));
    }
    [Theory]
    // A Sở (cấp tỉnh) with 40 listed procedures deciding 8 at the one-stop unit: 8/40 = 20 % → 2 points; 7/40 = 17.5 % → 0
    // unless every eligible procedure is received and returned there (1).
    [InlineData("TINH", 40, 8, 40, 40, 2)]
    [InlineData("TINH", 40, 7, 40, 40, 1)]
    [InlineData("TINH", 40, 7, 40, 39, 0)]
    [InlineData("BO", 10, 2, 10, 10, 2)]
    // A huyện with 30 procedures: 15 decided = 50 % → 2; 14 → 1 when all 30 go through the one-stop unit.
    [InlineData("HUYEN", 30, 15, 30, 0, 2)]
    [InlineData("HUYEN", 30, 14, 30, 30, 1)]
    // A xã with 25 procedures, 3 not eligible (received at the site by law): 25 decided → 2; 24 decided, the 22 eligible
    // all received and returned there → 1.
    [InlineData("XA", 25, 25, 22, 22, 2)]
    [InlineData("XA", 25, 24, 22, 22, 1)]
    [InlineData("XA", 25, 24, 22, 21, 0)]
    public void Chi_so_5_worked_examples_per_level_with_the_statutory_thresholds(string levelCode, int listed, int decided, int eligible, int received, int points)
    {
        var level = OneStopLevels.Of(levelCode)!.Value;
        IndicatorRules.DecidedAtOneStop(new OneStopDecisions(level, listed, decided, eligible, received), new EvaluationOptions().OneStopThresholds).ShouldBe(points);
    }

    [Fact]
    public void Chi_so_5_thresholds_are_settings_read_per_level()
    {
        var stricter = new OneStopThresholds(MinistryOrProvince: 30, District: 60, Commune: 100);
        IndicatorRules.DecidedAtOneStop(new OneStopDecisions(OneStopLevel.MinistryOrProvince, 10, 2, 10, 0), stricter).ShouldBe(0m);
        IndicatorRules.DecidedAtOneStop(new OneStopDecisions(OneStopLevel.MinistryOrProvince, 10, 3, 10, 0), stricter).ShouldBe(2m);
        IndicatorRules.DecidedAtOneStop(new OneStopDecisions(OneStopLevel.District, 10, 5, 10, 10), stricter).ShouldBe(1m);
        new EvaluationOptions().OneStopThresholds.ShouldBe(OneStopThresholds.Statutory);
    }

    [Fact]
    public void A_level_the_text_does_not_name_has_no_chi_so_5_threshold() =>
        OneStopLevels.Of("KHAC").ShouldBeNull();

    [Theory]
    // Posted on the version's publication day or later, by the period's last day: posted and electronic → 2.
    [InlineData("2026-10-05", false, 2)]
    // Posted before the version in force was published (the old text on the wall): electronic only → 1.
    [InlineData("2026-09-30", false, 1)]
    // Posted after the period: not yet posted in it → 1.
    [InlineData("2027-01-02", false, 1)]
    // No declaration: electronic only → 1; the province's option reads every published procedure as posted → 2.
    [InlineData(null, false, 1)]
    [InlineData(null, true, 2)]
    public void Chi_so_6_from_the_agencys_posting_declaration(string? postedOn, bool publishedMeansPosted, int points)
    {
        var posted = PostingDeclarations.IsPosted(postedOn is null ? null : DateOnly.Parse(postedOn, System.Globalization.CultureInfo.InvariantCulture),
            new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), publishedMeansPosted);
        IndicatorRules.Publication(new Publication(posted, Electronic: true)).ShouldBe(points);
    }

    [Fact]
    public void Chi_so_6_neither_posted_nor_electronic_scores_0() =>
        IndicatorRules.Publication(new Publication(PostingDeclarations.IsPosted(null, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), false), Electronic: false)).ShouldBe(0m);
}
