using System.Globalization;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>Small working-time helpers on top of <see cref="BusinessCalendar"/>'s public API.</summary>
internal static class WorkingTimeMath
{
    /// <summary>An instant shown in local time in the current UI language, e.g. "16:10 ngày 13/02/2026".</summary>
    public static string Show(DateTimeOffset instant) =>
        VietnamTime.Format(instant, ResourceText.Get<ProcessingText>("Time_Instant"));

    /// <summary>A local date shown as dd/MM/yyyy.</summary>
    public static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// The earliest instant at which <paramref name="amount"/> of working time has elapsed after <paramref name="from"/>
    /// (no cut-off), shown like the calendar shows due instants: a landing on the end of a non-final session is shown as
    /// the next session's opening, a landing on the closing as the closing. A zero amount returns <paramref name="from"/>.
    /// </summary>
    public static DateTimeOffset AddWorkingTime(BusinessCalendar calendar, DateTimeOffset from, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        if (amount == TimeSpan.Zero)
        {
            return from;
        }

        // The calendar adds whole hours only; a binary search on the monotone "working time since from" finds the
        // exact instant for any amount (about 50 cheap evaluations).
        var wholeHours = (int)Math.Ceiling(amount.TotalHours);
        var low = from.UtcTicks;
        var high = calendar.AddWorkingHours(from, wholeHours, null).Due.UtcTicks;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (calendar.WorkingTimeBetween(from, new DateTimeOffset(middle, TimeSpan.Zero)).Duration >= amount)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        var local = new DateTimeOffset(low, TimeSpan.Zero).ToOffset(VietnamTime.Offset);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var sessions = calendar.Schedule.Sessions;
        for (var i = 0; i < sessions.Count - 1; i++)
        {
            if (time == sessions[i].End)
            {
                return new DateTimeOffset(local.Date + sessions[i + 1].Start.ToTimeSpan(), VietnamTime.Offset).ToUniversalTime();
            }
        }

        return local.ToUniversalTime();
    }

    /// <summary>The <paramref name="count"/>-th working day before <paramref name="date"/> (count ≥ 1), or the date itself for 0.</summary>
    public static DateOnly WorkingDaysBefore(BusinessCalendar calendar, DateOnly date, int count)
    {
        var day = date;
        for (var found = 0; found < count;)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day))
            {
                found++;
            }
        }

        return day;
    }
}
