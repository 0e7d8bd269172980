using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Timing;
using static MotCua.UnitTests.Dossiers.Timing.Clock;

namespace MotCua.UnitTests.Dossiers.Timing;

public sealed class DueDatesTests
{
    private static ProcessingTime Days(int n) => new(n, DeadlineUnit.WorkingDays, ProcessingTime.DefaultCutOff);

    [Fact]
    public void One_working_day_from_Monday_9_00_is_due_Tuesday_9_00_with_an_explanation()
    {
        var due = DueDates.Compute(Year2026, At(2026, 3, 2, 9), Days(1));

        due.Due.ShouldBe(At(2026, 3, 3, 9));
        due.Due.Offset.ShouldBe(TimeSpan.Zero);
        due.EffectiveStart.ShouldBe(At(2026, 3, 2, 9));
        due.Adjustment.ShouldBe(StartAdjustment.None);
        due.Explanation.ShouldBe(
            "Tiếp nhận lúc 09:00 ngày 02/03/2026; bắt đầu tính thời hạn từ 09:00 ngày 02/03/2026. Thời hạn giải quyết: 1 ngày làm việc. Hẹn trả kết quả: 09:00 ngày 03/03/2026.");
    }

    [Fact]
    public void Received_after_15_00_on_the_Friday_before_Tet_2026_is_due_after_the_five_Tet_days()
    {
        // Start Mon 23/2 07:00 (after 15:00; Sat 14, Sun 15, Tết 16–20, Sat 21, Sun 22); 5 × 8 h from an opening ends at the closing of the 5th day, Fri 27/2.
        var due = DueDates.Compute(Year2026, At(2026, 2, 13, 16, 10), Days(5));

        due.Adjustment.ShouldBe(StartAdjustment.AfterCutoff);
        due.EffectiveStart.ShouldBe(At(2026, 2, 23, 7));
        due.Due.ShouldBe(At(2026, 2, 27, 17));
        due.SkippedDays.Count(d => d.Kind == CalendarDayKind.Holiday).ShouldBe(5);
        due.Explanation.ShouldContain("sau 15:00 nên tính từ ngày làm việc tiếp theo");
        due.Explanation.ShouldContain("17/02/2026 (Tết Nguyên đán (mùng 1))");
        due.Explanation.ShouldEndWith("Hẹn trả kết quả: 17:00 ngày 27/02/2026.");
    }

    [Fact]
    public void Received_at_15_00_exactly_still_counts_from_the_same_day()
    {
        // 15:00 is not after the cut-off: 4 working hours = 15:00–17:00 (2 h) + Tue 07:00–09:00 (2 h).
        DueDates.Compute(Year2026, At(2026, 3, 2, 15), new ProcessingTime(4, DeadlineUnit.WorkingHours, ProcessingTime.DefaultCutOff)).Due
            .ShouldBe(At(2026, 3, 3, 9));
    }

    [Fact]
    public void The_procedure_cut_off_replaces_the_default_one()
    {
        // Cut-off 16:00: 15:30 counts the same day; 4 h = 15:30–17:00 (1.5 h) + Tue 07:00–09:30 (2.5 h).
        var lateCutoff = new ProcessingTime(4, DeadlineUnit.WorkingHours, new TimeOnly(16, 0));
        DueDates.Compute(Year2026, At(2026, 3, 2, 15, 30), lateCutoff).Due.ShouldBe(At(2026, 3, 3, 9, 30));

        // Default 15:00: 15:30 counts from Tue 07:00, so 4 h ends Tue 11:00.
        DueDates.Compute(Year2026, At(2026, 3, 2, 15, 30), lateCutoff with { CutOff = ProcessingTime.DefaultCutOff }).Due
            .ShouldBe(At(2026, 3, 3, 11));
    }

    [Fact]
    public void Received_in_the_lunch_break_counts_from_13_30()
    {
        var due = DueDates.Compute(Year2026, At(2026, 3, 2, 12, 15), Days(1));

        due.Adjustment.ShouldBe(StartAdjustment.Break);
        due.Due.ShouldBe(At(2026, 3, 3, 13, 30));
        due.Explanation.ShouldContain("trong giờ nghỉ trưa");
    }

    [Fact]
    public void Immediate_is_the_closing_of_the_same_working_day_or_the_next_after_the_cut_off()
    {
        var immediate = new ProcessingTime(0, DeadlineUnit.Immediate, ProcessingTime.DefaultCutOff);

        DueDates.Compute(Year2026, At(2026, 3, 2, 10), immediate).Due.ShouldBe(At(2026, 3, 2, 17));
        DueDates.Compute(Year2026, At(2026, 3, 2, 15, 30), immediate).Due.ShouldBe(At(2026, 3, 3, 17));
        DueDates.Compute(Year2026, At(2026, 3, 2, 10), immediate).Explanation.ShouldContain("Giải quyết trong ngày.");
    }

    [Fact]
    public void Calendar_days_end_at_the_closing_of_the_next_working_day_when_the_last_day_is_Tet()
    {
        // 10/2 + 7 days = Tue 17/2 (Tết mùng 1) → next working day Mon 23/2, at closing.
        DueDates.Compute(Year2026, At(2026, 2, 10, 10), new ProcessingTime(7, DeadlineUnit.CalendarDays, ProcessingTime.DefaultCutOff)).Due
            .ShouldBe(At(2026, 2, 23, 17));
    }

    [Fact]
    public void Received_on_a_Saturday_counts_from_Monday_and_says_so()
    {
        var due = DueDates.Compute(Year2026, At(2026, 3, 7, 10), Days(2));

        due.Due.ShouldBe(At(2026, 3, 10, 17));
        due.Explanation.ShouldContain("vào ngày nghỉ nên tính từ ngày làm việc tiếp theo");
    }
}
