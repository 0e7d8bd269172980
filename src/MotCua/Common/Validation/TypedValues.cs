using System.Globalization;

namespace MotCua.Common.Validation;

/// <summary>
/// Values typed as text — a query string, a form field, a JSON string — read strictly, the same way on every page and API.
/// </summary>
internal static class TypedValues
{
    /// <summary>The first and last years a typed date may fall in: the calendars hold these, and instants at their edges do not overflow.</summary>
    public const int FirstYear = 2000;

    public const int LastYear = 2199;

    /// <summary>
    /// An enum value by one of its names, in any case. A number (which <c>Enum.TryParse</c> takes for any value, defined
    /// or not), comma-joined names (which it ORs together) and unknown names are refused.
    /// </summary>
    public static bool TryNamed<T>(string? text, out T value)
        where T : struct, Enum
    {
        var name = text?.Trim();
        foreach (var candidate in Enum.GetNames<T>())
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse<T>(candidate);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The enum value named by <paramref name="text"/> (see <see cref="TryNamed{T}"/>), or null.</summary>
    public static T? Named<T>(string? text)
        where T : struct, Enum => TryNamed<T>(text, out var value) ? value : null;

    /// <summary>A date written <c>yyyy-MM-dd</c> (the form of a date input and of ISO 8601), any year; spaces around it are forgiven.</summary>
    public static bool TryIsoDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A date written <c>yyyy-MM-dd</c> in the years <see cref="FirstYear"/>–<see cref="LastYear"/>, or null.</summary>
    public static DateOnly? IsoDate(string? text) =>
        TryIsoDate(text, out var date) && date.Year is >= FirstYear and <= LastYear ? date : null;
}
