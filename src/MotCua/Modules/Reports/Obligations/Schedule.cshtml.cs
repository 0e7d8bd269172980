using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Validation;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization;
using MotCua.Modules.Reports.Obligations.Data;
using MotCua.Modules.Reports.Statistics;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>
/// The province's reporting schedule (ADR-060): which agency owes which report how often, in which calendar; lines are
/// switched on and off, never deleted; and the obligations of a period generated from the active lines (again: nothing added twice).
/// </summary>
[Authorize(Roles = Roles.ProvinceOfficer)]
internal sealed class ScheduleModel(ReportObligations obligations) : PageModel
{
    [BindProperty(Name = "agency")]
    public string? Agency { get; set; }

    [BindProperty(Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(Name = "frequency")]
    public string? Frequency { get; set; }

    [BindProperty(Name = "calendar")]
    public string? CalendarChoice { get; set; }

    [BindProperty(Name = "ky")]
    public string? PeriodKey { get; set; }

    [FromQuery(Name = "added")]
    public int? Added { get; set; }

    public IReadOnlyList<(ReportSchedule Line, string AgencyName)> Lines { get; private set; } = [];

    public IReadOnlyList<StatisticsAgency> Agencies { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        await Done(await obligations.AddScheduleAsync(Agency, Kind, Frequency, CalendarChoice, Actor.From(HttpContext), cancellationToken), null, cancellationToken);

    public async Task<IActionResult> OnPostToggleAsync(Guid line, CancellationToken cancellationToken) =>
        await Done(await obligations.ToggleScheduleAsync(line, Actor.From(HttpContext), cancellationToken), null, cancellationToken);

    public async Task<IActionResult> OnPostGenerateAsync(CancellationToken cancellationToken)
    {
        var (added, failures) = await obligations.GenerateAsync(PeriodKey, cancellationToken);
        return await Done(failures, added, cancellationToken);
    }

    private async Task<IActionResult> Done(IReadOnlyList<RuleFailure> failures, int? added, CancellationToken cancellationToken)
    {
        if (failures.Count == 0)
        {
            return Redirect("/reports/obligations/schedule" + (added is { } n ? "?added=" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) : ""));
        }

        Problems = [.. failures.Select(f => f.Message)];
        failures.AddTo(ModelState);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Lines = await obligations.ScheduleAsync(cancellationToken);
        Agencies = await obligations.AgenciesAsync(cancellationToken);
    }
}
