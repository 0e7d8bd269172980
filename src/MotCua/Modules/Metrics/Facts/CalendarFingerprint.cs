using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>What a calendar change reaches: every year (the working week or hours changed), or the years from — to.</summary>
internal sealed record CalendarChange(bool Schedule, int FirstYear, int LastYear);

/// <summary>
/// A short text that changes when an agency's working calendar is edited (ADR-049, "Judging"): a hash of the working week
/// and hours, and one of the exception days (days off, worked rest days) of each year that has any. Comparing two
/// fingerprints tells which years an edit reaches, so only the facts rows of those years are judged again. The statutory
/// holidays come from the calendar's rules, which only a release changes.
/// </summary>
internal static class CalendarFingerprint
{
    /// <summary>The fingerprint of <paramref name="calendar"/>.</summary>
    public static string Of(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var text = new StringBuilder("S=").Append(Hash(calendar.Schedule.WorkingDaysText + "|" + calendar.Schedule.SessionsText));
        foreach (var year in calendar.Exceptions.GroupBy(e => e.Date.Year).OrderBy(g => g.Key))
        {
            // A day's name and legal reference do not change working time: renaming a holiday judges nothing again.
            var days = string.Join(",", year.OrderBy(e => e.Date).ThenBy(e => e.Kind).Select(e => e.Date.ToString("MMdd", CultureInfo.InvariantCulture) + (int)e.Kind));
            text.Append(';').Append(year.Key.ToString(CultureInfo.InvariantCulture)).Append('=').Append(Hash(days));
        }

        return text.ToString();
    }

    /// <summary>
    /// What changed from <paramref name="before"/> to <paramref name="after"/>: null when nothing did; a year with exception
    /// days in one of them only is a changed year; a fingerprint that cannot be read counts as a change of the schedule.
    /// </summary>
    public static CalendarChange? Changes(string? before, string after)
    {
        ArgumentNullException.ThrowIfNull(after);
        if (Parse(before) is not { } old || Parse(after) is not { } now || !old.TryGetValue("S", out var oldSchedule) || !now.TryGetValue("S", out var newSchedule)
            || oldSchedule != newSchedule)
        {
            return new CalendarChange(true, 0, 0);
        }

        var years = old.Keys.Union(now.Keys).Where(k => k != "S" && old.GetValueOrDefault(k) != now.GetValueOrDefault(k))
            .Select(k => int.Parse(k, CultureInfo.InvariantCulture)).ToList();
        return years.Count == 0 ? null : new CalendarChange(false, years.Min(), years.Max());
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 4);

    private static Dictionary<string, string>? Parse(string? fingerprint)
    {
        if (string.IsNullOrEmpty(fingerprint))
        {
            return null;
        }

        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in fingerprint.Split(';'))
        {
            var at = part.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || (part[..at] != "S" && !int.TryParse(part[..at], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                return null;
            }

            parts[part[..at]] = part[(at + 1)..];
        }

        return parts;
    }
}
