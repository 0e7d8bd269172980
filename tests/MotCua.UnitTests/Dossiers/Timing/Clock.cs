using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Calendar.DemoData;

namespace MotCua.UnitTests.Dossiers.Timing;

/// <summary>The 2026 calendar with the published exceptions (Tết 16–20/2, nghỉ bù 27/4, làm bù 22/8), as the calendar tests build it.</summary>
internal static class Clock
{
    public static readonly BusinessCalendar Year2026 = new(WorkingSchedule.Default, PublishedExceptions.All);

    /// <summary>A local (UTC+7) instant.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, VietnamTime.Offset);

    public static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);
}
