using System.Globalization;

namespace MotCua.Modules.Calendar;

/// <summary>One working session of the day, e.g. 07:00–11:30.</summary>
internal readonly record struct WorkingSession(TimeOnly Start, TimeOnly End)
{
    public TimeSpan Duration => End - Start;

    public override string ToString() => Start.ToString("HH:mm", CultureInfo.InvariantCulture) + "-" + End.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>An agency's working week and daily sessions (lịch làm việc), in local time (UTC+7).</summary>
internal sealed record WorkingSchedule
{
    public WorkingSchedule(IEnumerable<DayOfWeek> workingDays, IEnumerable<WorkingSession> sessions)
    {
        WorkingDays = workingDays.Distinct().Order().ToArray();
        Sessions = sessions.OrderBy(s => s.Start).ToArray();
        if (WorkingDays.Count == 0 || Sessions.Count == 0)
        {
            throw new ArgumentException("A working schedule needs at least one working day and one session.");
        }

        for (var i = 0; i < Sessions.Count; i++)
        {
            if (Sessions[i].End <= Sessions[i].Start || (i > 0 && Sessions[i].Start < Sessions[i - 1].End))
            {
                throw new ArgumentException("Working sessions must be non-empty and must not overlap.");
            }
        }
    }

    /// <summary>Mon–Fri, 07:00–11:30 and 13:30–17:00: eight working hours, the usual hours of state agencies.</summary>
    public static WorkingSchedule Default { get; } = new(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        [new(new TimeOnly(7, 0), new TimeOnly(11, 30)), new(new TimeOnly(13, 30), new TimeOnly(17, 0))]);

    public IReadOnlyList<DayOfWeek> WorkingDays { get; }

    public IReadOnlyList<WorkingSession> Sessions { get; }

    /// <summary>The working time of one working day (8 hours by default).</summary>
    public TimeSpan DayLength => TimeSpan.FromTicks(Sessions.Sum(s => s.Duration.Ticks));

    public TimeOnly Opening => Sessions[0].Start;

    public TimeOnly Closing => Sessions[^1].End;

    /// <summary>Stored form of the days, e.g. "1,2,3,4,5" (DayOfWeek numbers, Sunday = 0).</summary>
    public string WorkingDaysText => string.Join(',', WorkingDays.Select(d => ((int)d).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Stored form of the sessions, e.g. "07:00-11:30,13:30-17:00".</summary>
    public string SessionsText => string.Join(',', Sessions);

    /// <summary>Reads the stored form; null when it is malformed.</summary>
    public static WorkingSchedule? TryParse(string workingDays, string sessions)
    {
        try
        {
            var days = workingDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => int.Parse(d, CultureInfo.InvariantCulture))
                .Select(d => d is >= 0 and <= 6 ? (DayOfWeek)d : throw new FormatException())
                .ToArray();
            var parsed = sessions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => s.Split('-', StringSplitOptions.TrimEntries))
                .Select(p => p.Length == 2
                    ? new WorkingSession(TimeOnly.ParseExact(p[0], "HH:mm", CultureInfo.InvariantCulture), TimeOnly.ParseExact(p[1], "HH:mm", CultureInfo.InvariantCulture))
                    : throw new FormatException())
                .ToArray();
            return new WorkingSchedule(days, parsed);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return null;
        }
    }

    public bool Equals(WorkingSchedule? other) =>
        other is not null && WorkingDays.SequenceEqual(other.WorkingDays) && Sessions.SequenceEqual(other.Sessions);

    public override int GetHashCode() => HashCode.Combine(WorkingDaysText, SessionsText);
}
