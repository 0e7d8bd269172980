using MotCua.Modules.Calendar;
using MotCua.Modules.Metrics.Facts;

namespace MotCua.UnitTests.Metrics.Facts;

/// <summary>Which calendar changes send an agency's facts rows back to be judged, and for which years (ADR-049, "Judging").</summary>
public sealed class CalendarFingerprintTests
{
    private static readonly BusinessCalendar Plain = new(WorkingSchedule.Default, []);

    [Fact]
    public void The_same_calendar_gives_the_same_fingerprint_and_no_change()
    {
        var again = new BusinessCalendar(WorkingSchedule.Default, []);

        CalendarFingerprint.Of(again).ShouldBe(CalendarFingerprint.Of(Plain));
        CalendarFingerprint.Changes(CalendarFingerprint.Of(Plain), CalendarFingerprint.Of(again)).ShouldBeNull();
    }

    [Fact]
    public void A_day_off_added_in_one_year_reaches_that_year_only()
    {
        var dayOff = new BusinessCalendar(WorkingSchedule.Default, [new CalendarExceptionDay(new DateOnly(2026, 12, 16), CalendarExceptionKind.Holiday, "Nghỉ bù", "QĐ UBND")]);

        CalendarFingerprint.Changes(CalendarFingerprint.Of(Plain), CalendarFingerprint.Of(dayOff)).ShouldBe(new CalendarChange(false, 2026, 2026));
    }

    [Fact]
    public void Days_changed_in_two_years_reach_the_years_between_them()
    {
        var changed = new BusinessCalendar(
            WorkingSchedule.Default,
            [
                new CalendarExceptionDay(new DateOnly(2024, 5, 3), CalendarExceptionKind.Holiday, "Nghỉ", "QĐ"),
                new CalendarExceptionDay(new DateOnly(2027, 1, 4), CalendarExceptionKind.Holiday, "Nghỉ", "QĐ"),
            ]);

        CalendarFingerprint.Changes(CalendarFingerprint.Of(Plain), CalendarFingerprint.Of(changed)).ShouldBe(new CalendarChange(false, 2024, 2027));
    }

    [Fact]
    public void A_worked_Saturday_in_the_working_week_reaches_every_year()
    {
        var saturdays = new BusinessCalendar(
            new WorkingSchedule([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday], WorkingSchedule.Default.Sessions),
            []);

        CalendarFingerprint.Changes(CalendarFingerprint.Of(Plain), CalendarFingerprint.Of(saturdays))!.Schedule.ShouldBeTrue();
    }

    [Fact]
    public void Renaming_a_day_off_is_not_a_change_and_removing_it_is()
    {
        var named = new BusinessCalendar(WorkingSchedule.Default, [new CalendarExceptionDay(new DateOnly(2019, 4, 29), CalendarExceptionKind.Holiday, "Nghỉ bù", "QĐ 1")]);
        var renamed = new BusinessCalendar(WorkingSchedule.Default, [new CalendarExceptionDay(new DateOnly(2019, 4, 29), CalendarExceptionKind.Holiday, "Nghỉ hoán đổi", "QĐ 2")]);

        CalendarFingerprint.Changes(CalendarFingerprint.Of(named), CalendarFingerprint.Of(renamed)).ShouldBeNull();
        CalendarFingerprint.Changes(CalendarFingerprint.Of(named), CalendarFingerprint.Of(Plain)).ShouldBe(new CalendarChange(false, 2019, 2019));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbled")]
    public void A_missing_or_unreadable_fingerprint_reaches_every_year(string? before)
    {
        CalendarFingerprint.Changes(before, CalendarFingerprint.Of(Plain))!.Schedule.ShouldBeTrue();
    }
}
