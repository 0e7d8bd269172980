using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using MotCua.Modules.Calendar.Lunar;

namespace MotCua.Modules.Calendar.ConvertLunarDate;

/// <summary>A solar date with its Vietnamese lunar date.</summary>
internal sealed record LunarDateResponse(DateOnly Date, int Day, int Month, int Year, bool IsLeapMonth, string YearName);

internal static class Endpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/lunar", Handle)
            .WithName("ConvertLunarDate")
            .WithSummary("Ngày âm lịch Việt Nam (UTC+7) của một ngày dương lịch, 1900–2199.");

    private static Results<Ok<LunarDateResponse>, ValidationProblem> Handle(string? date, IStringLocalizer<CalendarText> text)
    {
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = [text["Error_Date"]] }, title: text["Error_Title"]);
        }

        if (!BusinessCalendar.IsSupportedYear(d.Year))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = [text["Error_YearRange"]] }, title: text["Error_Title"]);
        }

        var lunar = LunarCalendar.FromSolar(d);
        return TypedResults.Ok(new LunarDateResponse(d, lunar.Day, lunar.Month, lunar.Year, lunar.IsLeapMonth, lunar.YearName));
    }
}
