using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace MotCua.Modules.Calendar.ComputeDueDate;

/// <summary>A due-date question parsed and validated from text (query string or form), shared by the API and the page.</summary>
internal sealed partial record DueDateRequest(DateTimeOffset Start, int Amount, DeadlineUnit Unit, TimeOnly? Cutoff)
{
    /// <summary>Largest amount accepted per unit: about four years of working time, far beyond any published deadline.</summary>
    public static int MaxAmount(DeadlineUnit unit) => unit switch
    {
        DeadlineUnit.WorkingHours => 8000,
        DeadlineUnit.CalendarDays => 1500,
        _ => 1000,
    };

    /// <summary>Parses the four parameters; adds a Vietnamese (or English) message per bad parameter to <paramref name="errors"/>.</summary>
    public static DueDateRequest? Parse(
        string? start, string? amount, string? unit, string? cutoff, IStringLocalizer<CalendarText> text, Dictionary<string, string[]> errors)
    {
        var parsedStart = ParseInstant(start);
        if (parsedStart is null)
        {
            errors["start"] = [text["Error_Start"]];
        }
        else if (!BusinessCalendar.IsSupportedYear(BusinessCalendar.ToLocal(parsedStart.Value).Year))
        {
            errors["start"] = [text["Error_YearRange"]];
        }

        DeadlineUnit parsedUnit = default;
        var unitOk = !string.IsNullOrWhiteSpace(unit)
            && Enum.TryParse(unit.Trim(), ignoreCase: true, out parsedUnit)
            && Enum.IsDefined(parsedUnit)
            && !int.TryParse(unit, CultureInfo.InvariantCulture, out _);
        if (!unitOk)
        {
            errors["unit"] = [text["Error_Unit"]];
        }

        var max = MaxAmount(unitOk ? parsedUnit : DeadlineUnit.WorkingDays);
        int parsedAmount = 0;
        var amountOk = (string.IsNullOrWhiteSpace(amount) && unitOk && parsedUnit == DeadlineUnit.Immediate)
            || (int.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out parsedAmount) && parsedAmount <= max);
        if (!amountOk)
        {
            errors["amount"] = [text["Error_Amount", max]];
        }

        TimeOnly? parsedCutoff = BusinessCalendar.DefaultCutoff;
        if (!string.IsNullOrWhiteSpace(cutoff))
        {
            if (cutoff.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                parsedCutoff = null;
            }
            else if (TimeOnly.TryParseExact(cutoff.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var c))
            {
                parsedCutoff = c;
            }
            else
            {
                errors["cutoff"] = [text["Error_Cutoff"]];
            }
        }

        return errors.Count == 0 ? new DueDateRequest(parsedStart!.Value, parsedAmount, parsedUnit, parsedCutoff) : null;
    }

    /// <summary>ISO 8601 date-time; without an offset it is Viet Nam local time. A '+' that a query string turned into a space is accepted.</summary>
    public static DateTimeOffset? ParseInstant(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return null;
        }

        var value = SpaceForPlus().Replace(text.Trim(), "+$1");
        var styles = DateTimeStyles.AllowWhiteSpaces;
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd"];
        if (!HasOffset().IsMatch(value))
        {
            return DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, styles, out var local) && IsConvertible(local)
                ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), BusinessCalendar.LocalOffset)
                : null;
        }

        return DateTimeOffset.TryParseExact(value, formats, CultureInfo.InvariantCulture, styles, out var instant) && IsConvertible(instant.UtcDateTime) ? instant : null;
    }

    /// <summary>A year away from either end of <see cref="DateTime"/>'s range, so that moving to or from Viet Nam time cannot overflow.</summary>
    private static bool IsConvertible(DateTime value) => value.Year is > 1 and < 9999;

    [GeneratedRegex(@"(?<=T[0-9:.]+)\s([0-9]{2}:?[0-9]{2})$")]
    private static partial Regex SpaceForPlus();

    [GeneratedRegex(@"T[0-9:.]+(Z|[+-][0-9]{2}:?[0-9]{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}
