using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>What a calendar change reaches: every year (the working week or hours changed), or the years from — to.</summary>
internal sealed record CalendarChange(bool Schedule, int FirstYear, int LastYear);

/// <summary>
/// A short text that changes when an agency's working calendar changes (ADR-049, "Judging"): a hash of the working week
/// and hours, and one of the working days of each year in a window around now. Comparing two fingerprints tells which
/// years a change reaches, so only the facts rows of those years are judged again.
/// </summary>
internal static class CalendarFingerprint
{
    /// <summary>Years before the current one whose days are compared; an edit of an older year is not carried to the rows.</summary>
    public const int YearsBack = 10;

    private static readonly ConditionalWeakTable<BusinessCalendar, string> Cache = [];

    /// <summary>The fingerprint of <paramref name="calendar"/> over the years <see cref="YearsBack"/> before <paramref name="currentYear"/> to the one after.</summary>
    public static string Of(BusinessCalendar calendar, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var cached = Cache.GetValue(calendar, c => Compute(c, currentYear));
        return cached.Contains(Key(currentYear + 1), StringComparison.Ordinal) ? cached : Compute(calendar, currentYear);
    }

    /// <summary>
    /// What changed from <paramref name="before"/> to <paramref name="after"/>: null when nothing did (years present in one
    /// of them only — the window moved with the new year — are not compared); a fingerprint that cannot be read counts as
    /// a change of the schedule.
    /// </summary>
    public static CalendarChange? Changes(string? before, string after)
    {
        ArgumentNullException.ThrowIfNull(after);
        if (Parse(before) is not { } old || Parse(after) is not { } now || !old.TryGetValue("S", out var oldSchedule) || !now.TryGetValue("S", out var newSchedule))
        {
            return new CalendarChange(true, 0, 0);
        }

        if (oldSchedule != newSchedule)
        {
            return new CalendarChange(true, 0, 0);
        }

        var years = now.Where(p => p.Key != "S" && old.TryGetValue(p.Key, out var was) && was != p.Value)
            .Select(p => int.Parse(p.Key, CultureInfo.InvariantCulture)).ToList();
        return years.Count == 0 ? null : new CalendarChange(false, years.Min(), years.Max());
    }

    private static string Compute(BusinessCalendar calendar, int currentYear)
    {
        var text = new StringBuilder("S=").Append(Hash(Encoding.UTF8.GetBytes(calendar.Schedule.WorkingDaysText + "|" + calendar.Schedule.SessionsText)));
        for (var year = currentYear - YearsBack; year <= currentYear + 1; year++)
        {
            if (!BusinessCalendar.IsSupportedYear(year))
            {
                continue;
            }

            var days = calendar.Year(year);
            var working = new byte[days.Length];
            for (var i = 0; i < days.Length; i++)
            {
                working[i] = days[i].IsWorking ? (byte)1 : (byte)0;
            }

            text.Append(';').Append(Key(year)).Append(Hash(working));
        }

        return text.ToString();
    }

    private static string Key(int year) => year.ToString(CultureInfo.InvariantCulture) + "=";

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes), 0, 4);

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
