namespace MotCua.Common.Jobs;

/// <summary>Schedule slots: fixed windows of a job's interval counted from the Unix epoch in UTC, the same on every node.</summary>
internal static class JobSchedule
{
    /// <summary>The start of the slot that contains <paramref name="utcNow"/>: floor(now / interval) × interval.</summary>
    public static DateTime SlotStart(DateTime utcNow, TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "A job's interval must be positive.");
        }

        var sinceEpoch = utcNow.Ticks - DateTime.UnixEpoch.Ticks;
        var slots = Math.DivRem(sinceEpoch, interval.Ticks, out var remainder);
        if (remainder < 0)
        {
            slots--;
        }

        return new DateTime(DateTime.UnixEpoch.Ticks + (slots * interval.Ticks), DateTimeKind.Utc);
    }
}
