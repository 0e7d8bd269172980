using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.Admin.Units;

internal sealed partial class EditModel(AppDbContext db, AuditLog audit, IStringLocalizer<OrganizationText> text) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public Agency Agency { get; private set; } = null!;

    public Unit? Existing { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid agencyId, Guid? id)
    {
        if (!await LoadAsync(agencyId, id, tracking: false))
        {
            return NotFound();
        }

        if (Existing is not null)
        {
            Input = new UnitInput { Code = Existing.Code, Name = Existing.Name };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid agencyId, Guid? id)
    {
        if (!await LoadAsync(agencyId, id, tracking: true))
        {
            return NotFound();
        }

        Input.Code = Input.Code?.Trim().ToUpperInvariant() ?? "";
        Input.Name = Input.Name?.Trim() ?? "";
        (await ValidateAsync(agencyId, id)).AddTo(ModelState, nameof(Input));

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var unit = Existing ?? new Unit { Id = Guid.CreateVersion7(), AgencyId = agencyId };
        var before = Existing is null ? null : $"{unit.Code} | {unit.Name}";
        unit.Code = Input.Code;
        unit.Name = Input.Name;
        if (Existing is null)
        {
            db.Units.Add(unit);
            audit.Record("UnitCreated", nameof(Unit), unit.Id, $"{Agency.Code}: {unit.Code} | {unit.Name}");
        }
        else
        {
            audit.Record("UnitUpdated", nameof(Unit), unit.Id, $"{Agency.Code}: {before} → {unit.Code} | {unit.Name}");
        }

        await db.SaveChangesAsync();
        Saved = text["Saved"];
        return Redirect($"/admin/agencies/{agencyId}/units");
    }

    public async Task<IActionResult> OnPostToggleAsync(Guid agencyId, Guid id)
    {
        if (!await LoadAsync(agencyId, id, tracking: true) || Existing is null)
        {
            return NotFound();
        }

        Existing.IsActive = !Existing.IsActive;
        audit.Record(Existing.IsActive ? "UnitActivated" : "UnitDeactivated", nameof(Unit), Existing.Id, $"{Agency.Code}: {Existing.Code} | {Existing.Name}");
        await db.SaveChangesAsync();
        Saved = text[Existing.IsActive ? "Unit_Activated" : "Unit_Deactivated"];
        return Redirect($"/admin/agencies/{agencyId}/units/edit/{id}");
    }

    /// <summary>The unit form's failures under the fields of its input, <c>[]</c> when it can be saved.</summary>
    private async Task<IReadOnlyList<RuleFailure>> ValidateAsync(Guid agencyId, Guid? id)
    {
        var failures = new List<RuleFailure>();
        if (Input.Code.Length == 0)
        {
            failures.Add(new RuleFailure(nameof(Input.Code), text["Validation_Required", FieldName.Of(text["Unit_Code"])]));
        }
        else if (Input.Code.Length > 50 || !UnitCodePattern().IsMatch(Input.Code))
        {
            failures.Add(new RuleFailure(nameof(Input.Code), text["Rule_UnitCodeFormat"]));
        }
        else if (await db.Units.AnyAsync(u => u.AgencyId == agencyId && u.Code == Input.Code && u.Id != id))
        {
            failures.Add(new RuleFailure(nameof(Input.Code), text["Rule_UnitCodeTaken", Input.Code]));
        }

        if (Input.Name.Length == 0)
        {
            failures.Add(new RuleFailure(nameof(Input.Name), text["Validation_Required", FieldName.Of(text["Unit_Name"])]));
        }
        else if (Input.Name.Length > 300)
        {
            failures.Add(new RuleFailure(nameof(Input.Name), text["Validation_MaxLength", FieldName.Of(text["Unit_Name"]), 300]));
        }

        return failures.AsResult();
    }

    private async Task<bool> LoadAsync(Guid agencyId, Guid? id, bool tracking)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agencyId);
        if (agency is null)
        {
            return false;
        }

        Agency = agency;
        if (id is null)
        {
            return true;
        }

        var units = tracking ? db.Units : db.Units.AsNoTracking();
        Existing = await units.SingleOrDefaultAsync(u => u.Id == id && u.AgencyId == agencyId);
        return Existing is not null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9A-Z._-]+$")]
    private static partial System.Text.RegularExpressions.Regex UnitCodePattern();
}

internal sealed class UnitInput
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
}
