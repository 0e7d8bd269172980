using System.Globalization;
using Microsoft.Extensions.Localization;
using MotCua.Modules.Calendar.ComputeDueDate;

namespace MotCua.Modules.Calendar.ManageSchedules;

/// <summary>How a working schedule is shown on the schedule pages.</summary>
internal static class ScheduleText
{
    /// <summary>Monday first, Sunday last: the order of a Vietnamese working week.</summary>
    public static readonly DayOfWeek[] WeekOrder =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string Days(WorkingSchedule schedule, IStringLocalizer<CalendarText> text) =>
        string.Join(", ", WeekOrder.Where(schedule.WorkingDays.Contains).Select(d => text["DayShort_" + (int)d].Value));

    public static string Sessions(WorkingSchedule schedule) =>
        string.Join(", ", schedule.Sessions.Select(s => s.Start.ToString("HH:mm", CultureInfo.InvariantCulture) + "–" + s.End.ToString("HH:mm", CultureInfo.InvariantCulture)));

    public static string Audit(string? by, DateTime? atUtc) =>
        atUtc is { } at ? by + ", " + DueDateExplainer.FormatInstant(new DateTimeOffset(at, TimeSpan.Zero)) : "";
}
