using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MotCua.Common.Data;

/// <summary>
/// Instants are written in UTC and to the microsecond on every provider — PostgreSQL keeps no finer instant, so SQLite is
/// given the same value and an instant reads back alike on both (a history kept as JSON to the microsecond then agrees with
/// its columns); SQLite forgets the kind, so it is restored on read.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => ToMicrosecond(v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime()),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
{
    private static DateTime ToMicrosecond(DateTime utc) => new(utc.Ticks - (utc.Ticks % (TimeSpan.TicksPerMillisecond / 1000)), DateTimeKind.Utc);
}
