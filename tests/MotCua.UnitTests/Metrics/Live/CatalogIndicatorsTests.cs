using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Calendar.DemoData;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Scoring766;
using MotCua.UnitTests.Catalog;

namespace MotCua.UnitTests.Metrics.Live;

/// <summary>
/// Chỉ số 766 1.1, 1.3, 2.2, 3.4 and 3.5 (ADR-062) with worked examples: the 5-working-day line of 1.1 across Tết Bính Ngọ
/// (16–20/02/2026), one TTHC counted once, a missing bộ phận tạo thành, an average in working days, the payment ratios and
/// their 80 % full marks.
/// </summary>
public sealed class CatalogIndicatorsTests
{
    private static readonly BusinessCalendar Calendar = new(WorkingSchedule.Default, PublishedExceptions.All);

    [Fact]
    public void A_decision_signed_on_the_fifth_working_day_before_the_act_takes_effect_across_Tet_is_on_time_and_the_next_day_is_late()
    {
        // The act takes effect Monday 23/02/2026; 16–20/02 are Tết, so the five working days before are 09/02–13/02.
        var effective = new DateOnly(2026, 2, 23);
        CatalogIndicators.Deadline11(Calendar, effective).ShouldBe(new DateOnly(2026, 2, 9));

        CatalogIndicators.PublishedOnTime11(Calendar, Decision("1.000105", new DateOnly(2026, 2, 9), effective)).ShouldBeTrue();
        CatalogIndicators.PublishedOnTime11(Calendar, Decision("1.000105", new DateOnly(2026, 2, 10), effective)).ShouldBeFalse();
        CatalogIndicators.PublishedOnTime11(Calendar, Decision("1.000105", new DateOnly(2026, 1, 5), null)).ShouldBeFalse("no effective date: not shown on time");
    }

    [Fact]
    public void A_procedure_with_one_late_decision_in_the_period_counts_once_and_late()
    {
        var effective = new DateOnly(2026, 4, 1);
        var items = CatalogIndicators.OnTime11(Calendar,
        [
            Decision("1.001978", new DateOnly(2026, 3, 2), effective),
            Decision("1.001978", new DateOnly(2026, 3, 30), effective, version: 2),
            Decision("1.000105", new DateOnly(2026, 3, 16), effective),
        ]);

        items.Select(i => (i.Code, i.InNumerator)).ShouldBe([("1.000105", true), ("1.001978", false)]);
        items[1].Why.ShouldContain("công bố muộn");
        items[1].Why.ShouldContain("hạn ký quyết định công bố 25/03/2026");
    }

    [Fact]
    public void A_decision_without_the_acts_effective_date_is_left_out_of_both_sides_and_listed_apart()
    {
        var effective = new DateOnly(2026, 4, 1);
        PublicationDecision[] decisions =
        [
            Decision("1.001978", new DateOnly(2026, 3, 2), null),
            Decision("1.001978", new DateOnly(2026, 3, 16), effective, version: 2),
            Decision("1.000105", new DateOnly(2026, 3, 30), null),
        ];

        // 1.001978 is judged on its dated decision only (on time); 1.000105 has nothing to judge and is not in the list.
        CatalogIndicators.OnTime11(Calendar, decisions).Select(i => (i.Code, i.InNumerator)).ShouldBe([("1.001978", true)]);
        var undated = CatalogIndicators.Undated11(decisions);
        undated.Select(i => (i.Code, i.InNumerator)).ShouldBe([("1.000105", false), ("1.001978", false)]);
        undated[1].Why.ShouldContain("không tính vào chỉ số 1.1");
        undated[1].Why.ShouldNotContain("muộn");
    }

    [Fact]
    public void A_dossier_of_the_average_time_says_its_reception_its_result_and_its_time_in_the_procedures_unit()
    {
        // Friday 04/12/2026 09:00 to Tuesday 08/12/2026 09:00: two working days across the weekend.
        var why = WhyItCounts.Elapsed22(Local(2026, 12, 4, 9), Local(2026, 12, 8, 9), DeadlineUnit.WorkingDays, Calendar);
        why.ShouldBe("Tiếp nhận 09:00 04/12/2026, có kết quả 09:00 08/12/2026: 2,00 ngày làm việc.");
    }

    [Fact]
    public void A_list_held_whole_is_sliced_into_pages_and_a_page_past_the_end_shows_the_last()
    {
        var rows = Enumerable.Range(1, 120).ToList();
        MotCua.Common.Data.Paging.Slice(rows, 2, 50).ShouldSatisfyAllConditions(
            p => p.Rows.First().ShouldBe(51), p => p.Rows.Count.ShouldBe(50), p => p.PageNumber.ShouldBe(2), p => p.PageCount.ShouldBe(3));
        var past = MotCua.Common.Data.Paging.Slice(rows, 9, 50);
        (past.PageNumber, past.Rows.Count, past.Rows[0]).ShouldBe((3, 20, 101));
        MotCua.Common.Data.Paging.Slice(Array.Empty<int>(), 1, 50).PageCount.ShouldBe(1);
    }

    [Fact]
    public void A_version_without_its_sequence_lacks_component_b_only()
    {
        var content = ProcedureLifecycleTests.Complete();
        Procedure.MissingPublicComponents(Procedure.Create("1.001193", content, null, DateTime.UnixEpoch).Draft!).ShouldBeEmpty();

        content.Sequence = " ";
        Procedure.MissingPublicComponents(Procedure.Create("1.001193", content, null, DateTime.UnixEpoch).Draft!).ShouldBe([PublicComponent.Sequence]);
    }

    [Fact]
    public void The_average_time_in_working_days_skips_the_weekend()
    {
        // Friday 04/12 09:00 → Tuesday 08/12 09:00 is 2 working days; Monday 07/12 09:00 → Friday 11/12 09:00 is 4.
        var average = CatalogIndicators.Average(DeadlineUnit.WorkingDays,
        [
            (Calendar, Local(2026, 12, 4, 9), Local(2026, 12, 8, 9)),
            (Calendar, Local(2026, 12, 7, 9), Local(2026, 12, 11, 9)),
        ]);

        (average.Total, average.Count, average.Average).ShouldBe((6m, 2, (decimal?)3m));
        average.Text(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")).ShouldBe("3,00 ngày làm việc");
        CatalogIndicators.Average(DeadlineUnit.CalendarDays, [(Calendar, Local(2026, 12, 4, 9), Local(2026, 12, 8, 9))]).Total.ShouldBe(4m);
        CatalogIndicators.Average(DeadlineUnit.WorkingDays, []).Average.ShouldBeNull();
    }

    [Fact]
    public void The_payment_rows_score_two_points_each_with_full_marks_at_80_percent()
    {
        var set = Set766.Set2022;

        // 3.4: 3 of 4 TTHC with fees had an online payment: 2 × 0.75 / 0.8 = 1.875.
        Score766.Score(set.Find("3.4")!, new IndicatorInput("3.4", 3, 4)).Points.ShouldBe(1.875m);
        // 3.5: 9 of 10 TTHC with fees carried fees in the period: 90 % ≥ 80 %, so the full 2 (not 2.25).
        Score766.Score(set.Find("3.5")!, new IndicatorInput("3.5", 9, 10)).Points.ShouldBe(2m);
        Score766Display.Percent(Score766.Score(set.Find("3.5")!, new IndicatorInput("3.5", 2, 3)).Ratio, System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))
            .ShouldBe("66,67 %");
    }

    private static PublicationDecision Decision(string code, DateOnly signed, DateOnly? effective, int version = 1) =>
        new(code, version, signed, VietnamTime.ToUtc(signed.ToDateTime(new TimeOnly(9, 0))), effective, "Thủ tục " + code, $"{version}/QĐ-UBND");

    private static DateTime Local(int year, int month, int day, int hour) => VietnamTime.ToUtc(new DateTime(year, month, day, hour, 0, 0));
}
