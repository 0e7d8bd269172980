using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.Admin.Levels;

internal sealed partial class EditModel(AppDbContext db, AuditLog audit, IStringLocalizer<OrganizationText> text) : PageModel
{
    [BindProperty]
    public LevelInput Input { get; set; } = new();

    public AdministrativeLevel? Existing { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is not null)
        {
            Existing = await db.AdministrativeLevels.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id);
            if (Existing is null)
            {
                return NotFound();
            }

            Input = new LevelInput
            {
                Code = Existing.Code, Name = Existing.Name, SortOrder = Existing.SortOrder, ValidFrom = Existing.ValidFrom, ValidTo = Existing.ValidTo,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        if (id is not null)
        {
            Existing = await db.AdministrativeLevels.SingleOrDefaultAsync(l => l.Id == id);
            if (Existing is null)
            {
                return NotFound();
            }
        }

        Input.Code = Input.Code?.Trim().ToUpperInvariant() ?? "";
        Input.Name = Input.Name?.Trim() ?? "";
        (await ValidateAsync(id)).AddTo(ModelState, nameof(Input));

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var level = Existing ?? new AdministrativeLevel { Id = Guid.CreateVersion7() };
        var before = Existing is null ? null : Describe(level);
        level.Code = Input.Code;
        level.Name = Input.Name;
        level.SortOrder = Input.SortOrder;
        level.ValidFrom = Input.ValidFrom;
        level.ValidTo = Input.ValidTo;
        if (Existing is null)
        {
            db.AdministrativeLevels.Add(level);
            audit.Record("LevelCreated", nameof(AdministrativeLevel), level.Id, Describe(level));
        }
        else
        {
            audit.Record("LevelUpdated", nameof(AdministrativeLevel), level.Id, before + " → " + Describe(level));
        }

        await db.SaveChangesAsync();
        Saved = text["Saved"];
        return Redirect("/admin/levels");
    }

    /// <summary>The level form's failures under the fields of its input, <c>[]</c> when it can be saved.</summary>
    private async Task<IReadOnlyList<RuleFailure>> ValidateAsync(Guid? id)
    {
        var failures = new List<RuleFailure>();
        if (!LevelCodePattern().IsMatch(Input.Code))
        {
            failures.Add(new RuleFailure(nameof(Input.Code), text["Rule_LevelCodeFormat"]));
        }
        else if (await db.AdministrativeLevels.AnyAsync(l => l.Code == Input.Code && l.Id != id))
        {
            failures.Add(new RuleFailure(nameof(Input.Code), text["Rule_LevelCodeTaken", Input.Code]));
        }

        if (Input.Name.Length == 0)
        {
            failures.Add(new RuleFailure(nameof(Input.Name), text["Validation_Required", FieldName.Of(text["Level_Name"])]));
        }
        else if (Input.Name.Length > 100)
        {
            failures.Add(new RuleFailure(nameof(Input.Name), text["Validation_MaxLength", FieldName.Of(text["Level_Name"]), 100]));
        }

        if (Input.ValidFrom is { } from && Input.ValidTo is { } to && to < from)
        {
            failures.Add(new RuleFailure(nameof(Input.ValidTo), text["Rule_LevelPeriod"]));
        }

        return failures.AsResult();
    }

    private string Describe(AdministrativeLevel l) => RecordLanguage.Write(() => text[
        "Audit_Level", l.Code, l.Name, l.SortOrder, l.ValidFrom?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "", l.ValidTo?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? ""]);

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z0-9_]{1,20}$")]
    private static partial System.Text.RegularExpressions.Regex LevelCodePattern();
}

internal sealed class LevelInput
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public int SortOrder { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
