namespace MotCua.Common.Data;

/// <summary>Instants are stored as UTC <see cref="DateTime"/> columns; calendar maths take <see cref="DateTimeOffset"/>.</summary>
internal static class StoredInstants
{
    /// <summary>The stored UTC value as an instant (whatever <see cref="DateTime.Kind"/> the provider gave back).</summary>
    public static DateTimeOffset AsInstant(this DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    /// <summary>The same for a nullable column.</summary>
    public static DateTimeOffset? AsInstant(this DateTime? utc) => utc is { } value ? value.AsInstant() : null;
}
