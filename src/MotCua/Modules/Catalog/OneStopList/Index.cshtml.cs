using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Validation;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Catalog.OneStopList;

/// <summary>
/// The agency's one-stop list (TT 01/2018/TT-VPCP Điều 3–4): for each procedure in force it decides or performs, whether it
/// is received and returned, or decided, at the Bộ phận Một cửa, and the day its posting (niêm yết) was made. Kept by the
/// agency's leader or control office for their own agency, by the province officer and the administrator for any agency.
/// </summary>
[Authorize(Roles = Keepers)]
internal sealed class IndexModel(OneStopListing listing) : PageModel
{
    /// <summary>Who may open and keep the list (the menu shows it to them).</summary>
    public const string Keepers = $"{Roles.AgencyLeader},{Roles.ControlOfficer},{Roles.ProvinceOfficer},{Roles.SystemAdmin}";

    [BindProperty(SupportsGet = true, Name = "agency")]
    public string? AgencyCode { get; set; }

    [BindProperty(Name = "rows")]
    public List<OneStopInput> Input { get; set; } = [];

    [FromQuery(Name = "saved")]
    public bool Saved { get; set; }

    public (Guid Id, string Code, string Name)? Agency { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public bool CanChooseAgency => listing.IsProvinceWide;

    public IReadOnlyList<OneStopRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public DateOnly Today => listing.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Agency is not { } agency)
        {
            return NotFound();
        }

        var failures = await listing.SaveAsync(agency.Id, Input, User.FindFirstValue(StaffClaims.FullName) ?? User.Identity?.Name ?? "", cancellationToken);
        if (failures.Count == 0)
        {
            return Redirect("/catalog/one-stop-list?agency=" + Uri.EscapeDataString(agency.Code) + "&saved=true");
        }

        Problems = [.. failures.Select(f => f.Message)];
        failures.AddTo(ModelState);
        return Page();
    }

    /// <summary>What the form shows for a row: what was typed when the save failed, else the stored line.</summary>
    public (string? Handling, string? PostedOn) Shown(int index, OneStopRow row)
    {
        if (Problems.Count > 0 && index < Input.Count && Input[index].Code == row.Code)
        {
            return (Input[index].Handling, Input[index].PostedOn);
        }

        return (row.Handling?.ToString(), row.PostedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (listing.IsProvinceWide)
        {
            Agencies = await listing.AgenciesAsync(cancellationToken);
        }

        Agency = await listing.AgencyAsync(AgencyCode, cancellationToken);
        if (Agency is not { } agency)
        {
            return string.IsNullOrWhiteSpace(AgencyCode) ? null : NotFound();
        }

        if (!listing.MayKeep(agency.Id))
        {
            return Forbid();
        }

        Rows = await listing.RowsAsync(agency.Id, cancellationToken);
        return null;
    }
}
