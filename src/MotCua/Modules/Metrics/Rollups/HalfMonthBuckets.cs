using MotCua.Common.Time;

namespace MotCua.Modules.Metrics.Rollups;

/// <summary>
/// The half-month buckets the roll-ups count by (ADR-061): local Vietnam days split on the 1st and on the day after the
/// statutory cut-off (<see cref="MetricsOptions.StatutoryCutOffDay"/>), so that every calendar month, quarter, half and year
/// and every statutory period (cut-off + 1 → cut-off) is a union of buckets. A bucket is named by the UTC instant of its
/// first local midnight. An instant compared with a bucket boundary by <c>&lt;</c> or <c>&gt;=</c> is kept as the start of its
/// bucket (<see cref="HalfOpen"/>); one compared by <c>&gt;</c> as the start of the bucket of the instant one tick earlier,
/// plus a tick (<see cref="ClosedRight"/>): each then answers the comparison with any boundary as the instant itself does.
/// Pure: instants in, instants out.
/// </summary>
internal readonly record struct HalfMonthBuckets(int CutOffDay)
{
    /// <summary>The local day the second bucket of a month starts on.</summary>
    public int SplitDay => CutOffDay + 1;

    /// <summary>The number of the bucket <paramref name="utc"/> falls in (two per month, counted from year 0).</summary>
    public int IndexOf(DateTime utc)
    {
        var day = VietnamTime.LocalDate(utc);
        return (((day.Year * 12) + day.Month - 1) * 2) + (day.Day >= SplitDay ? 1 : 0);
    }

    /// <summary>The UTC instant bucket <paramref name="index"/> starts at.</summary>
    public DateTime StartOf(int index)
    {
        var month = index / 2;
        return VietnamTime.StartOfLocalDayUtc(new DateOnly(month / 12, (month % 12) + 1, index % 2 == 0 ? 1 : SplitDay));
    }

    /// <summary>The start of the bucket <paramref name="utc"/> falls in.</summary>
    public DateTime Start(DateTime utc) => StartOf(IndexOf(utc));

    /// <summary>The start of the bucket after the one that starts at (or contains) <paramref name="utc"/>.</summary>
    public DateTime Next(DateTime utc) => StartOf(IndexOf(utc) + 1);

    /// <summary>True when <paramref name="utc"/> is the first instant of a bucket.</summary>
    public bool IsBoundary(DateTime utc) => Start(utc) == utc;

    /// <summary>An instant read with <c>&lt; boundary</c> / <c>&gt;= boundary</c>: the start of its bucket; null stays null.</summary>
    public DateTime? HalfOpen(DateTime? utc) => utc is { } at ? Start(at) : null;

    /// <summary>
    /// An instant read with <c>&gt; boundary</c>: the start of the bucket of the instant a tick earlier, plus a
    /// <see cref="Microsecond"/>; null stays null.
    /// </summary>
    public DateTime? ClosedRight(DateTime? utc) => utc is { } at ? Start(at.AddTicks(-1)) + Microsecond : null;

    /// <summary>
    /// A bucket stand-in kept within the span a row was open (ADR-061): below <paramref name="lowest"/> it becomes
    /// <paramref name="lowest"/>, above <paramref name="highest"/> it becomes <paramref name="highest"/>; null stays null.
    /// </summary>
    public static DateTime? KeepWithin(DateTime? at, DateTime lowest, DateTime highest) =>
        at is { } value ? (value < lowest ? lowest : value > highest ? highest : value) : null;

    /// <summary>The least step both providers keep of an instant: PostgreSQL stores microseconds, so a tick after a boundary would be stored as the boundary.</summary>
    public static readonly TimeSpan Microsecond = TimeSpan.FromMicroseconds(1);
}
