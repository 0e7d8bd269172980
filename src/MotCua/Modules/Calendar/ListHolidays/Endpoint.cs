using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;

namespace MotCua.Modules.Calendar.ListHolidays;

/// <summary>A named day of the year: a day off or a worked rest day.</summary>
internal sealed record NamedDayDto(DateOnly Date, string Name, CalendarDayKind Kind, string? LegalReference);

/// <summary>The days off of a year (holidays, nghỉ bù, hoán đổi) and the worked rest days (làm bù).</summary>
internal sealed record HolidaysResponse(int Year, string? Agency, IReadOnlyList<NamedDayDto> DaysOff, IReadOnlyList<NamedDayDto> WorkedRestDays);

internal static class Endpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/holidays", HandleAsync)
            .WithName("ListHolidays")
            .WithSummary("Ngày nghỉ lễ, Tết, nghỉ bù, hoán đổi của một năm (1900–2199).");

    private static async Task<Results<Ok<HolidaysResponse>, ValidationProblem>> HandleAsync(
        string? year,
        string? agency,
        AppDbContext db,
        CalendarProvider calendars,
        IStringLocalizer<CalendarText> text,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !BusinessCalendar.IsSupportedYear(y))
        {
            errors["year"] = [text["Error_YearRange"]];
        }

        var (agencyOk, choice) = await AgencyLookup.FindAsync(db, agency, cancellationToken);
        if (!agencyOk)
        {
            errors["agency"] = [text["Error_Agency"]];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: text["Error_Title"]);
        }

        var calendar = await calendars.GetAsync(choice?.Id, cancellationToken);
        var days = calendar.Year(y).ToArray().Where(d => d.IsSpecial).ToArray();
        return TypedResults.Ok(new HolidaysResponse(
            y,
            choice?.Code,
            days.Where(d => !d.IsWorking).Select(d => new NamedDayDto(d.Date, d.Name ?? "", d.Kind, d.LegalReference)).ToArray(),
            days.Where(d => d.IsWorking).Select(d => new NamedDayDto(d.Date, d.Name ?? "", d.Kind, d.LegalReference)).ToArray()));
    }
}
