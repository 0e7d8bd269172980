using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Validation;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Queue.Stats;

/// <summary>A day of the agency's counter queue: waiting and service times per counter, against the 20-minute target.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class IndexModel(QueueDesk desk, IAgencyScope scope) : PageModel
{
    [FromQuery(Name = "day")]
    public string? DayText { get; set; }

    public bool BadDay { get; private set; }

    /// <summary>True for staff without an agency (province-wide officers): the figures are an agency's.</summary>
    public bool NoAgency { get; private set; }

    public DateOnly Day { get; private set; }

    public QueueAgency? Agency { get; private set; }

    public QueueDay? Figures { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (scope.AgencyId is not { } agencyId)
        {
            NoAgency = true;
            return Page();
        }

        Day = desk.Today;
        if (!string.IsNullOrWhiteSpace(DayText))
        {
            BadDay = !TypedValues.TryIsoDate(DayText, out var day);
            Day = BadDay ? Day : day;
        }

        Agency = await desk.GetAgencyAsync(agencyId, cancellationToken);
        if (Agency is not null && !BadDay)
        {
            Figures = await desk.DayAsync(Agency.Id, Day, cancellationToken);
        }

        return Page();
    }

    /// <summary>Minutes with one decimal, or a dash when there is nothing to measure.</summary>
    public static string Minutes(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.CurrentCulture) : "–";
}
