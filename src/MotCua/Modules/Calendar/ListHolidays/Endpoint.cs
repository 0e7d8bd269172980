using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Common.Web;
using MotCua.Modules.Calendar.Lunar;

namespace MotCua.Modules.Calendar.ListHolidays;

/// <summary>A named day of the year: a day off or a worked rest day.</summary>
internal sealed record NamedDayDto(DateOnly Date, string Name, CalendarDayKind Kind, string? LegalReference);

/// <summary>The days off of a year (holidays, nghỉ bù, hoán đổi) and the worked rest days (làm bù).</summary>
internal sealed record HolidaysResponse(int Year, string? Agency, IReadOnlyList<NamedDayDto> DaysOff, IReadOnlyList<NamedDayDto> WorkedRestDays);

internal static class Endpoint
{
    private static readonly IntegerParameter Year = new("year", LunarCalendar.MinYear, LunarCalendar.MaxYear) { Required = true };

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/holidays", HandleAsync)
            .WithParameters(Year, AgencyLookup.Parameter)
            .WithName("ListHolidays")
            .WithSummary("The public holidays, Tết, compensatory and swapped days of a year (1900–2199).");

    private static async Task<Results<Ok<HolidaysResponse>, ValidationProblem>> HandleAsync(
        string? year,
        string? agency,
        AppDbContext db,
        CalendarProvider calendars,
        IStringLocalizer<CalendarText> text,
        CancellationToken cancellationToken)
    {
        List<RuleFailure>? failures = null;
        if (!Year.TryRead(year, out var y))
        {
            (failures ??= []).Add(new(Year.Name, text["Error_YearRange"]));
        }

        var (agencyOk, choice) = await AgencyLookup.FindAsync(db, agency, cancellationToken);
        if (!agencyOk)
        {
            (failures ??= []).Add(new(AgencyLookup.Parameter.Name, text["Error_Agency"]));
        }

        if (failures is not null || y is not { } shownYear)
        {
            return TypedResults.ValidationProblem((failures ?? []).ToProblemErrors(), title: text["Error_Title"]);
        }

        var calendar = await calendars.GetAsync(choice?.Id, cancellationToken);
        var days = calendar.Year(shownYear).ToArray().Where(d => d.IsSpecial).ToArray();
        return TypedResults.Ok(new HolidaysResponse(
            shownYear,
            choice?.Code,
            days.Where(d => !d.IsWorking).Select(d => new NamedDayDto(d.Date, d.Name ?? "", d.Kind, d.LegalReference)).ToArray(),
            days.Where(d => d.IsWorking).Select(d => new NamedDayDto(d.Date, d.Name ?? "", d.Kind, d.LegalReference)).ToArray()));
    }
}
