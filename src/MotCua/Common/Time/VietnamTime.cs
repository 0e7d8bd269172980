using System.Globalization;

namespace MotCua.Common.Time;

/// <summary>
/// Viet Nam's civil time, the one home for converting stored UTC instants to what people read and back.
/// Asia/Ho_Chi_Minh is a fixed UTC+7 with no daylight saving (the whole country since 1975; the North adopted UTC+7
/// in 1967 under Quyết định 121-CP), so a fixed offset is exact for every date the application handles.
/// </summary>
internal static class VietnamTime
{
    /// <summary>The offset of Viet Nam's local time in ticks, for hot paths that work on raw ticks.</summary>
    public const long OffsetTicks = 7 * TimeSpan.TicksPerHour;

    /// <summary>The offset of Viet Nam's local time: UTC+7.</summary>
    public static readonly TimeSpan Offset = new(OffsetTicks);

    /// <summary>An instant as a local (UTC+7) wall-clock time.</summary>
    public static DateTime ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset).DateTime;

    /// <summary>A stored UTC instant (its ticks are read as UTC whatever its kind) as a local wall-clock time.</summary>
    public static DateTime UtcToLocal(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) + Offset;

    /// <summary>A local wall-clock time as the UTC instant it names.</summary>
    public static DateTime ToUtc(DateTime local) => DateTime.SpecifyKind(local - Offset, DateTimeKind.Utc);

    /// <summary>The local (UTC+7) date of an instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    /// <summary>The local (UTC+7) date of a stored UTC instant.</summary>
    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(UtcToLocal(utc));

    /// <summary>Today in Viet Nam.</summary>
    public static DateOnly Today(TimeProvider clock) => LocalDate(clock.GetUtcNow());

    /// <summary>The UTC instant at which a local date begins (its local midnight).</summary>
    public static DateTime StartOfLocalDayUtc(DateOnly date) => ToUtc(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>The UTC instant at which a local date ends: the midnight that begins the next day.</summary>
    public static DateTime EndOfLocalDayUtc(DateOnly date) => StartOfLocalDayUtc(date.AddDays(1));

    /// <summary>A stored UTC instant as people read it: local time, <c>HH:mm dd/MM/yyyy</c>.</summary>
    public static string Format(DateTime utc) => Format(utc, "HH:mm dd/MM/yyyy");

    /// <summary>A stored UTC instant in local time, in the given invariant-culture format.</summary>
    public static string Format(DateTime utc, string format) => UtcToLocal(utc).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>An instant in local time, in the given invariant-culture format.</summary>
    public static string Format(DateTimeOffset instant, string format) => ToLocal(instant).ToString(format, CultureInfo.InvariantCulture);
}
