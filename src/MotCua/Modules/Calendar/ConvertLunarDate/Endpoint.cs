using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Calendar.Lunar;

namespace MotCua.Modules.Calendar.ConvertLunarDate;

/// <summary>A solar date with its Vietnamese lunar date.</summary>
internal sealed record LunarDateResponse(DateOnly Date, int Day, int Month, int Year, bool IsLeapMonth, string YearName);

internal static class Endpoint
{
    private static readonly DateParameter Date = new("date", new DateOnly(LunarCalendar.MinYear, 1, 1), new DateOnly(LunarCalendar.MaxYear, 12, 31)) { Required = true };

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/lunar", Handle)
            .WithParameters(Date)
            .WithName("ConvertLunarDate")
            .WithSummary("The Vietnamese lunar date (UTC+7) of a Gregorian date, 1900–2199.");

    private static Results<Ok<LunarDateResponse>, ValidationProblem> Handle(string? date, IStringLocalizer<CalendarText> text)
    {
        var reading = Date.Read(date, out var read);
        if (read is not { } d)
        {
            var message = reading == ParameterReading.OutOfRange ? text["Error_YearRange"] : text["Error_Date"];
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Date.Name] = [message] }, title: text["Error_Title"]);
        }

        var lunar = LunarCalendar.FromSolar(d);
        return TypedResults.Ok(new LunarDateResponse(d, lunar.Day, lunar.Month, lunar.Year, lunar.IsLeapMonth, lunar.YearName));
    }
}
