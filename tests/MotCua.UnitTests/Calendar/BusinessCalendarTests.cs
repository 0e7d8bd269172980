using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Calendar.DemoData;

namespace MotCua.UnitTests.Calendar;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Calendar = new(WorkingSchedule.Default, PublishedExceptions.All);

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, VietnamTime.Offset);

    private static DateTimeOffset Due(DateTimeOffset start, int amount, DeadlineUnit unit = DeadlineUnit.WorkingDays, TimeOnly? cutoff = null) =>
        Calendar.ComputeDue(start, amount, unit, cutoff ?? BusinessCalendar.DefaultCutoff).Due;

    [Fact]
    public void Monday_9_00_plus_one_working_day_is_Tuesday_9_00() =>
        Due(At(2026, 3, 2, 9), 1).ShouldBe(At(2026, 3, 3, 9));

    [Fact]
    public void Friday_16_10_before_Tet_2026_plus_five_days_is_Friday_27_2_at_closing()
    {
        var due = Calendar.ComputeDue(At(2026, 2, 13, 16, 10), 5, DeadlineUnit.WorkingDays, BusinessCalendar.DefaultCutoff);

        due.Adjustment.ShouldBe(StartAdjustment.AfterCutoff);
        due.EffectiveStart.ShouldBe(At(2026, 2, 23, 7));
        due.Due.ShouldBe(At(2026, 2, 27, 17));
        due.SkippedDays(Calendar).Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date.Day).ShouldBe([16, 17, 18, 19, 20]);
        due.SkippedDays(Calendar).Single(d => d.Date == new DateOnly(2026, 2, 16)).Name.ShouldStartWith("Tết Nguyên đán");
    }

    [Fact]
    public void Received_at_14_59_counts_from_the_same_day_and_at_15_01_from_the_next()
    {
        Due(At(2026, 3, 2, 14, 59), 1).ShouldBe(At(2026, 3, 3, 14, 59));
        Due(At(2026, 3, 2, 15, 1), 1).ShouldBe(At(2026, 3, 3, 17));
    }

    [Fact]
    public void Cutoff_is_a_parameter_and_can_be_disabled()
    {
        Due(At(2026, 3, 2, 15, 30), 1, cutoff: new TimeOnly(16, 0)).ShouldBe(At(2026, 3, 3, 15, 30));
        Calendar.ComputeDue(At(2026, 3, 2, 16, 30), 1, DeadlineUnit.WorkingDays, null).Due.ShouldBe(At(2026, 3, 3, 16, 30));
    }

    [Fact]
    public void Received_in_the_lunch_break_counts_from_13_30()
    {
        var due = Calendar.ComputeDue(At(2026, 3, 2, 12, 15), 1, DeadlineUnit.WorkingDays, BusinessCalendar.DefaultCutoff);

        due.Adjustment.ShouldBe(StartAdjustment.Break);
        due.EffectiveStart.ShouldBe(At(2026, 3, 2, 13, 30));
        due.Due.ShouldBe(At(2026, 3, 3, 13, 30));
    }

    [Fact]
    public void Received_before_opening_counts_from_7_00_and_lands_on_the_previous_closing()
    {
        Due(At(2026, 3, 2, 6, 15), 1).ShouldBe(At(2026, 3, 2, 17));
        Due(At(2026, 3, 2, 6, 15), 3).ShouldBe(At(2026, 3, 4, 17));
    }

    [Fact]
    public void Received_on_Saturday_counts_from_Monday_opening() =>
        Due(At(2026, 3, 7, 10), 2).ShouldBe(At(2026, 3, 10, 17));

    [Fact]
    public void Hung_Kings_day_2026_on_Sunday_gives_a_compensatory_Monday_even_without_data()
    {
        var rulesOnly = new BusinessCalendar(WorkingSchedule.Default, []);

        rulesOnly.Day(new DateOnly(2026, 4, 26)).Kind.ShouldBe(CalendarDayKind.Holiday);
        rulesOnly.Day(new DateOnly(2026, 4, 27)).Kind.ShouldBe(CalendarDayKind.Compensatory);
        Calendar.Day(new DateOnly(2026, 4, 27)).Kind.ShouldBe(CalendarDayKind.Compensatory);
    }

    [Fact]
    public void Due_date_skips_the_compensatory_day_and_the_30_4_1_5_holidays_of_2026() =>
        Due(At(2026, 4, 24, 10), 2).ShouldBe(At(2026, 4, 29, 10));

    [Fact]
    public void Worked_Saturday_22_8_2026_counts_and_Monday_31_8_does_not()
    {
        Calendar.Day(new DateOnly(2026, 8, 22)).Kind.ShouldBe(CalendarDayKind.SwappedWorking);
        Calendar.IsWorkingDay(new DateOnly(2026, 8, 31)).ShouldBeFalse();
        Calendar.IsWorkingDay(new DateOnly(2026, 9, 1)).ShouldBeFalse();
        Calendar.IsWorkingDay(new DateOnly(2026, 9, 2)).ShouldBeFalse();

        Due(At(2026, 8, 21, 9), 1).ShouldBe(At(2026, 8, 22, 9));
        Due(At(2026, 8, 28, 9), 1).ShouldBe(At(2026, 9, 3, 9));
    }

    [Fact]
    public void Swap_of_2025_makes_Saturday_26_4_working_and_Friday_2_5_off()
    {
        Calendar.IsWorkingDay(new DateOnly(2025, 4, 26)).ShouldBeTrue();
        Calendar.IsWorkingDay(new DateOnly(2025, 5, 2)).ShouldBeFalse();
        Due(At(2025, 4, 25, 9), 1).ShouldBe(At(2025, 4, 26, 9));
    }

    [Fact]
    public void Tet_2025_data_replaces_the_default_days()
    {
        Calendar.Year(2025).ToArray().Where(d => d.Name?.StartsWith("Tết Nguyên", StringComparison.Ordinal) == true)
            .Select(d => d.Date.Day).ShouldBe([27, 28, 29, 30, 31]);
        Calendar.IsWorkingDay(new DateOnly(2025, 2, 3)).ShouldBeTrue();
    }

    [Fact]
    public void Default_Tet_is_the_last_day_of_the_lunar_year_and_mung_1_to_4_with_compensation()
    {
        var rulesOnly = new BusinessCalendar(WorkingSchedule.Default, []);

        // 2030: mùng 1 = Saturday 2/2, so 1/2–5/2 are Tết and the Saturday/Sunday are compensated on 6/2 and 7/2.
        rulesOnly.Year(2030).ToArray().Where(d => d.Kind == CalendarDayKind.Holiday && d.Date.Month == 2 || d.Date == new DateOnly(2030, 2, 1))
            .Select(d => d.Date.Day).Order().ShouldBe([1, 2, 3, 4, 5]);
        rulesOnly.Day(new DateOnly(2030, 2, 6)).Kind.ShouldBe(CalendarDayKind.Compensatory);
        rulesOnly.Day(new DateOnly(2030, 2, 7)).Kind.ShouldBe(CalendarDayKind.Compensatory);
        rulesOnly.Day(new DateOnly(2030, 2, 8)).Kind.ShouldBe(CalendarDayKind.Working);
    }

    [Fact]
    public void Due_at_exactly_closing_time_is_shown_as_closing_not_next_opening()
    {
        Due(At(2026, 3, 2, 7), 1).ShouldBe(At(2026, 3, 2, 17));
        Due(At(2026, 3, 2, 7), 4, DeadlineUnit.WorkingHours).ShouldBe(At(2026, 3, 2, 11));
        Due(At(2026, 3, 2, 13, 30), 8, DeadlineUnit.WorkingHours).ShouldBe(At(2026, 3, 3, 13, 30));
    }

    [Fact]
    public void Working_hours_skip_the_lunch_break_and_the_night()
    {
        Due(At(2026, 3, 2, 10), 2, DeadlineUnit.WorkingHours).ShouldBe(At(2026, 3, 2, 14));
        Due(At(2026, 3, 2, 16), 3, DeadlineUnit.WorkingHours, cutoff: new TimeOnly(16, 30)).ShouldBe(At(2026, 3, 3, 9));
    }

    [Fact]
    public void Immediate_is_the_closing_time_of_the_effective_start_day()
    {
        Due(At(2026, 3, 2, 10), 0, DeadlineUnit.Immediate).ShouldBe(At(2026, 3, 2, 17));
        Due(At(2026, 3, 2, 15, 30), 0, DeadlineUnit.Immediate).ShouldBe(At(2026, 3, 3, 17));
    }

    [Fact]
    public void Calendar_days_end_at_closing_of_the_last_day_or_of_the_next_working_day()
    {
        Due(At(2026, 3, 2, 10), 10, DeadlineUnit.CalendarDays).ShouldBe(At(2026, 3, 12, 17));
        Due(At(2026, 3, 2, 10), 5, DeadlineUnit.CalendarDays).ShouldBe(At(2026, 3, 9, 17));
        Due(At(2026, 2, 10, 10), 7, DeadlineUnit.CalendarDays).ShouldBe(At(2026, 2, 23, 17));
    }

    [Fact]
    public void Working_time_between_two_instants_skips_nights_weekends_and_Tet()
    {
        Calendar.WorkingTimeBetween(At(2026, 3, 2, 9), At(2026, 3, 3, 9)).Duration.ShouldBe(TimeSpan.FromHours(8));
        Calendar.WorkingTimeBetween(At(2026, 3, 2, 11), At(2026, 3, 2, 14)).Duration.ShouldBe(TimeSpan.FromMinutes(60));
        var acrossTet = Calendar.WorkingTimeBetween(At(2026, 2, 13, 9), At(2026, 2, 23, 9));
        acrossTet.WorkingDays.ShouldBe(1);
        acrossTet.SkippedDays(Calendar).Count.ShouldBe(9);
        Calendar.WorkingTimeBetween(At(2026, 3, 3, 9), At(2026, 3, 2, 9)).Duration.ShouldBe(TimeSpan.FromHours(-8));
    }

    [Fact]
    public void Working_time_between_start_and_due_is_the_allowed_time()
    {
        var due = Calendar.ComputeDue(At(2026, 2, 13, 16, 10), 5, DeadlineUnit.WorkingDays, BusinessCalendar.DefaultCutoff);

        Calendar.WorkingTimeBetween(due.EffectiveStart, due.Due).WorkingDays.ShouldBe(5);
    }

    [Fact]
    public void Agency_schedule_with_Saturday_morning_changes_the_due_date()
    {
        var withSaturday = new BusinessCalendar(
            new WorkingSchedule(
                [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
                WorkingSchedule.Default.Sessions),
            []);

        withSaturday.ComputeDue(At(2026, 3, 6, 9), 1, DeadlineUnit.WorkingDays, null).Due.ShouldBe(At(2026, 3, 7, 9));
    }

    [Fact]
    public void Years_outside_1900_to_2199_are_refused()
    {
        Should.Throw<CalendarRangeException>(() => Calendar.IsWorkingDay(new DateOnly(2200, 1, 2)));
        Should.Throw<CalendarRangeException>(() => Calendar.ComputeDue(At(2199, 12, 31, 16), 5, DeadlineUnit.WorkingDays, null));
    }

    [Fact]
    public void Fast_addition_matches_a_naive_day_by_day_loop_for_random_starts()
    {
        var random = new Random(20261123);
        var calendars = new[]
        {
            Calendar,
            new BusinessCalendar(WorkingSchedule.Default, [new(new DateOnly(2031, 1, 4), CalendarExceptionKind.SwapWork, "Làm bù", "Thử")]),
        };
        for (var i = 0; i < 3000; i++)
        {
            var calendar = calendars[i % calendars.Length];
            var start = new DateTimeOffset(new DateTime(random.Next(1900, 2195), 1, 1).AddMinutes(random.Next(0, 365 * 24 * 60)), VietnamTime.Offset);
            var days = random.Next(0, 200);

            var fast = calendar.ComputeDue(start, days, DeadlineUnit.WorkingDays, BusinessCalendar.DefaultCutoff).Due;

            fast.ShouldBe(NaiveDue(calendar, start, days), $"{start:O} + {days}");
        }
    }

    [Fact]
    public void Adding_working_time_skips_breaks_and_nights_to_the_minute()
    {
        // Mon 09/3 09:00 + 18 h: Mon 2.5 + 3.5 = 6 h, Tue 8 h, Wed 07:00 + 4 h → Wed 11/3 11:00.
        Calendar.AddWorkingTime(At(2026, 3, 9, 9), TimeSpan.FromHours(18)).ShouldBe(At(2026, 3, 11, 11));

        // Mon 11:20 + 25 min = 11:20–11:30, then 13:30–13:45.
        Calendar.AddWorkingTime(At(2026, 3, 9, 11, 20), TimeSpan.FromMinutes(25)).ShouldBe(At(2026, 3, 9, 13, 45));
    }

    [Fact]
    public void Working_time_ending_at_the_lunch_break_lands_on_the_afternoon_opening_and_at_the_closing_stays_there()
    {
        Calendar.AddWorkingTime(At(2026, 3, 9, 9), TimeSpan.FromHours(2.5)).ShouldBe(At(2026, 3, 9, 13, 30));
        Calendar.AddWorkingTime(At(2026, 3, 9, 13, 30), TimeSpan.FromHours(3.5)).ShouldBe(At(2026, 3, 9, 17));
    }

    [Fact]
    public void Adding_no_working_time_keeps_the_instant_and_a_negative_amount_is_refused()
    {
        Calendar.AddWorkingTime(At(2026, 2, 14, 10), TimeSpan.Zero).ShouldBe(At(2026, 2, 14, 10));
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingTime(At(2026, 3, 9, 9), TimeSpan.FromMinutes(-1)));
    }

    [Fact]
    public void Adding_working_time_across_Tet_2026_counts_only_working_days()
    {
        // Fri 13/2 16:00 + 2 h: one hour on Friday, then Mon 23/2 07:00 + 1 h (14–22/2 are the weekend and Tết).
        Calendar.AddWorkingTime(At(2026, 2, 13, 16), TimeSpan.FromHours(2)).ShouldBe(At(2026, 2, 23, 8));
    }

    [Fact]
    public void Working_days_before_a_date_skip_weekends_and_Tet()
    {
        Calendar.WorkingDaysBefore(new DateOnly(2026, 2, 23), 1).ShouldBe(new DateOnly(2026, 2, 13));
        Calendar.WorkingDaysBefore(new DateOnly(2026, 3, 4), 2).ShouldBe(new DateOnly(2026, 3, 2));
        Calendar.WorkingDaysBefore(new DateOnly(2026, 2, 27), 0).ShouldBe(new DateOnly(2026, 2, 27));
    }

    private static DateTimeOffset NaiveDue(BusinessCalendar calendar, DateTimeOffset receivedAt, int days)
    {
        var (start, _) = calendar.EffectiveStart(receivedAt, BusinessCalendar.DefaultCutoff);
        var atOpening = TimeOnly.FromTimeSpan(start.TimeOfDay) == calendar.Schedule.Opening;
        var toCount = atOpening && days > 0 ? days - 1 : days;
        var date = DateOnly.FromDateTime(start.DateTime);
        for (var counted = 0; counted < toCount;)
        {
            date = date.AddDays(1);
            if (calendar.IsWorkingDay(date))
            {
                counted++;
            }
        }

        var time = atOpening && days > 0 ? calendar.Schedule.Closing : TimeOnly.FromTimeSpan(start.TimeOfDay);
        return new DateTimeOffset(date.ToDateTime(time), VietnamTime.Offset);
    }
}
