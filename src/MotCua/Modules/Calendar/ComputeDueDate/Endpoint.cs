using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Common.Web;

namespace MotCua.Modules.Calendar.ComputeDueDate;

/// <summary>A day that moved the due date.</summary>
internal sealed record SkippedDayDto(DateOnly Date, CalendarDayKind Kind, string Text);

/// <summary>The due instant (UTC+7) of a deadline and why it is there.</summary>
internal sealed record DueDateResponse(
    DateTimeOffset Start,
    DateTimeOffset EffectiveStart,
    DateTimeOffset Due,
    int Amount,
    DeadlineUnit Unit,
    string? Agency,
    string? Cutoff,
    IReadOnlyList<string> Explanation,
    IReadOnlyList<SkippedDayDto> SkippedDays);

internal static class Endpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/due", HandleAsync)
            .WithParameters(DueDateRequest.StartParameter, DueDateRequest.AmountParameter, DueDateRequest.UnitParameter, AgencyLookup.Parameter, DueDateRequest.CutoffParameter)
            .WithName("ComputeDueDate")
            .WithSummary("The due date: the time of receipt plus working days or hours, on the agency's working schedule.");

    private static async Task<Results<Ok<DueDateResponse>, ValidationProblem>> HandleAsync(
        string? start,
        string? amount,
        string? unit,
        string? agency,
        string? cutoff,
        AppDbContext db,
        CalendarProvider calendars,
        IStringLocalizer<CalendarText> text,
        CancellationToken cancellationToken)
    {
        var failures = new List<RuleFailure>();
        var request = DueDateRequest.Parse(start, amount, unit, cutoff, text, failures);
        var (agencyOk, choice) = await AgencyLookup.FindAsync(db, agency, cancellationToken);
        if (!agencyOk)
        {
            failures.Add(new(AgencyLookup.Parameter.Name, text["Error_Agency"]));
        }

        if (request is null || !agencyOk)
        {
            return TypedResults.ValidationProblem(failures.ToProblemErrors(), title: text["Error_Title"]);
        }

        var calendar = await calendars.GetAsync(choice?.Id, cancellationToken);
        try
        {
            var due = calendar.ComputeDue(request.Start, request.Amount, request.Unit, request.Cutoff);
            var explainer = new DueDateExplainer(text);
            return TypedResults.Ok(new DueDateResponse(
                request.Start,
                due.EffectiveStart,
                due.Due,
                due.Amount,
                due.Unit,
                choice?.Code,
                request.Cutoff?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                explainer.Lines(due, calendar),
                explainer.Days(due, calendar).Select(d => new SkippedDayDto(d.Date, d.Kind, d.Text)).ToArray()));
        }
        catch (CalendarRangeException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [DueDateRequest.AmountParameter.Name] = [text["Error_DueOutOfRange"]] }, title: text["Error_Title"]);
        }
    }
}
