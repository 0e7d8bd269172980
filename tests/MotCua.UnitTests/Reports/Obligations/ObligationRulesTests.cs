using MotCua.Common.Time;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Reports.Obligations;

namespace MotCua.UnitTests.Reports.Obligations;

public sealed class ObligationRulesTests
{
    [Fact]
    public void A_statutory_fourth_quarter_report_is_due_on_21_december_by_default()
    {
        // TT 01/2023/TT-BTP Điều 3 (am. TT 19/2025/TT-BTP): figures from 15/9 to 14/12, report due 21/12.
        var period = ReportPeriods.Of(PeriodKind.Quarter, 2026, 4, PeriodCalendar.Statutory(14));

        ObligationRules.DueOn(period, new ObligationsOptions().DueDaysAfterPeriodEnd).ShouldBe(new DateOnly(2026, 12, 21));
    }

    [Fact]
    public void A_calendar_half_year_report_is_due_the_configured_days_after_30_june()
    {
        var period = ReportPeriods.Of(PeriodKind.HalfYear, 2027, 1, PeriodCalendar.Calendar);

        ObligationRules.DueOn(period, 10).ShouldBe(new DateOnly(2027, 7, 10));
    }

    [Fact]
    public void A_report_arriving_during_the_due_day_is_on_time_and_one_arriving_at_local_midnight_after_it_is_late()
    {
        var dueAt = VietnamTime.EndOfLocalDayUtc(new DateOnly(2026, 12, 21));

        ObligationRules.Status(dueAt.AddMinutes(-1), dueAt, dueAt.AddDays(30)).ShouldBe(ObligationStatus.Submitted);
        ObligationRules.Status(dueAt, dueAt, dueAt.AddDays(30)).ShouldBe(ObligationStatus.SubmittedLate);
    }

    [Fact]
    public void An_obligation_without_a_report_is_not_yet_due_until_its_due_day_ends_and_overdue_after()
    {
        var dueAt = VietnamTime.EndOfLocalDayUtc(new DateOnly(2026, 12, 21));

        ObligationRules.Status(null, dueAt, dueAt.AddTicks(-1)).ShouldBe(ObligationStatus.NotYetDue);
        ObligationRules.Status(null, dueAt, dueAt).ShouldBe(ObligationStatus.Overdue);
    }
    [Theory]
    // Due by the end of 21/12/2026 (local), reminded 3 days before: nothing on 17/12, "due soon" from 18/12, "late" from 22/12 00:00 local.
    [InlineData("2026-12-17T10:00:00Z", false, null)]
    [InlineData("2026-12-18T01:00:00Z", false, nameof(ObligationReminder.DueSoon))]
    [InlineData("2026-12-21T16:59:59Z", false, nameof(ObligationReminder.DueSoon))]
    [InlineData("2026-12-21T17:00:00Z", false, nameof(ObligationReminder.Late))]
    [InlineData("2026-12-30T03:00:00Z", true, null)]
    public void A_report_not_sent_is_reminded_days_before_its_due_day_and_when_late(string at, bool submitted, string? expected)
    {
        var now = DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
        var dueOn = new DateOnly(2026, 12, 21);

        var reminder = ObligationRules.ReminderDue(submitted ? now.AddDays(-1) : null, dueOn, VietnamTime.EndOfLocalDayUtc(dueOn), VietnamTime.LocalDate(now), now, daysBefore: 3);

        reminder?.ToString().ShouldBe(expected);
        if (expected is null)
        {
            reminder.ShouldBeNull();
        }
    }
}
