using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.Admin.Agencies;

internal sealed class EditModel(AppDbContext db, AuditLog audit, IStringLocalizer<OrganizationText> text) : PageModel
{
    [BindProperty]
    public AgencyInput Input { get; set; } = new();

    public Agency? Existing { get; private set; }

    public IReadOnlyList<Agency> ParentChoices { get; private set; } = [];

    public IReadOnlyList<AdministrativeLevel> Levels { get; private set; } = [];

    public bool HasChildren { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is not null)
        {
            Existing = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
            if (Existing is null)
            {
                return NotFound();
            }

            Input = AgencyInput.From(Existing);
        }
        else if (Request.Query.TryGetValue("parent", out var parent) && Guid.TryParse(parent, out var parentId))
        {
            Input.ParentId = parentId;
        }

        await LoadChoicesAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Agency agency;
        if (id is null)
        {
            agency = new Agency { Id = Guid.CreateVersion7() };
        }
        else
        {
            var found = await db.Agencies.SingleOrDefaultAsync(a => a.Id == id);
            if (found is null)
            {
                return NotFound();
            }

            agency = found;
            Existing = found;
        }

        Input.Normalize();
        (await ValidateAsync(agency, id is null)).AddTo(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(id);
            return Page();
        }

        await LoadChoicesAsync(id);
        var before = id is null ? null : Describe(agency);
        Input.ApplyTo(agency);
        if (id is null)
        {
            db.Agencies.Add(agency);
            audit.Record("AgencyCreated", nameof(Agency), agency.Id, Describe(agency));
        }
        else
        {
            db.Entry(agency).Property(a => a.Version).OriginalValue = Input.Version;
            audit.Record("AgencyUpdated", nameof(Agency), agency.Id, before + " → " + Describe(agency));
        }

        agency.Version = Guid.CreateVersion7();
        if (!await TrySaveAsync(id))
        {
            return Page();
        }

        Saved = text["Saved"];
        return Redirect($"/admin/agencies/edit/{agency.Id}");
    }

    public async Task<IActionResult> OnPostToggleAsync(Guid id)
    {
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == id);
        if (agency is null)
        {
            return NotFound();
        }

        Existing = agency;
        Input = AgencyInput.From(agency);
        if (agency.IsActive && await db.Agencies.AnyAsync(a => a.ParentId == id && a.IsActive))
        {
            new RuleFailure("", text["Rule_DeactivateChildrenFirst"]).AddTo(ModelState);
            await LoadChoicesAsync(id);
            return Page();
        }

        db.Entry(agency).Property(a => a.Version).OriginalValue = ReadPostedVersion();
        agency.IsActive = !agency.IsActive;
        agency.Version = Guid.CreateVersion7();
        audit.Record(agency.IsActive ? "AgencyActivated" : "AgencyDeactivated", nameof(Agency), agency.Id, agency.Code + " " + agency.Name);
        if (!await TrySaveAsync(id))
        {
            return Page();
        }

        Saved = text[agency.IsActive ? "Agency_Activated" : "Agency_Deactivated"];
        return Redirect($"/admin/agencies/edit/{agency.Id}");
    }

    private Guid ReadPostedVersion() =>
        Guid.TryParse(Request.Form["Input.Version"], out var version) ? version : Guid.Empty;

    private async Task<bool> TrySaveAsync(Guid? id)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            new RuleFailure("", text["Concurrency_Agency"]).AddTo(ModelState);
        }
        catch (DbUpdateException)
        {
            // Another administrator saved the same code between our check and this save: the unique index answers.
            db.ChangeTracker.Clear();
            if (!await CodeTakenAsync(Input.Code, id))
            {
                throw;
            }

            new RuleFailure(nameof(Input.Code), text["Rule_CodeTaken", Input.Code]).AddTo(ModelState, nameof(Input));
        }

        db.ChangeTracker.Clear();
        await LoadChoicesAsync(id);
        return false;
    }

    /// <summary>The agency form's failures under the fields of <see cref="AgencyInput"/>, <c>[]</c> when it can be saved.</summary>
    private async Task<IReadOnlyList<RuleFailure>> ValidateAsync(Agency agency, bool isNew)
    {
        var failures = new List<RuleFailure>();
        Require(failures, Input.Name, nameof(Input.Name), "Agency_Name", 300);
        Limit(failures, Input.ShortName, nameof(Input.ShortName), "Agency_ShortName", 100);
        Limit(failures, Input.Address, nameof(Input.Address), "Agency_Address", 300);
        Limit(failures, Input.Phone, nameof(Input.Phone), "Agency_Phone", 30);
        Limit(failures, Input.Email, nameof(Input.Email), "Agency_Email", 200);

        if (AgencyCode.Validate(Input.Code) is { } codeError)
        {
            failures.Add(codeError);
        }
        else if (await CodeTakenAsync(Input.Code, isNew ? null : agency.Id))
        {
            failures.Add(new RuleFailure(nameof(Input.Code), text["Rule_CodeTaken", Input.Code]));
        }

        if (!isNew && Input.Code != agency.Code && await db.Agencies.AnyAsync(a => a.ParentId == agency.Id))
        {
            failures.Add(new RuleFailure(nameof(Input.Code), text["Rule_CodeFixedWithChildren"]));
        }

        if (!await db.AdministrativeLevels.AnyAsync(l => l.Id == Input.LevelId))
        {
            failures.Add(new RuleFailure(nameof(Input.LevelId), text["Rule_LevelRequired"]));
        }

        if (!Enum.IsDefined(Input.Kind))
        {
            failures.Add(new RuleFailure(nameof(Input.Kind), text["Rule_KindRequired"]));
        }

        if (Input.ParentId is { } parentId)
        {
            var parent = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == parentId);
            if (parent is null || parent.Id == agency.Id)
            {
                failures.Add(new RuleFailure(nameof(Input.ParentId), text["Rule_ParentUnknown"]));
            }
            else if (ModelState.GetFieldValidationState("Input.Code") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
                     && !failures.Exists(f => f.Field == nameof(Input.Code))
                     && AgencyRules.CheckParentPrefix(Input.Code, parent.Code) is { } prefixError)
            {
                failures.Add(prefixError);
            }
        }

        return failures.AsResult();
    }

    private Task<bool> CodeTakenAsync(string code, Guid? exceptId) =>
        db.Agencies.AsNoTracking().AnyAsync(a => a.Code == code && a.Id != exceptId);

    private void Require(List<RuleFailure> failures, string? value, string field, string label, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add(new RuleFailure(field, text["Validation_Required", FieldName.Of(text[label])]));
        }

        Limit(failures, value, field, label, max);
    }

    private void Limit(List<RuleFailure> failures, string? value, string field, string label, int max)
    {
        if (value is not null && value.Length > max)
        {
            failures.Add(new RuleFailure(field, text["Validation_MaxLength", FieldName.Of(text[label]), max]));
        }
    }

    private async Task LoadChoicesAsync(Guid? id)
    {
        ParentChoices = await db.Agencies.AsNoTracking().Where(a => a.Id != id).OrderBy(a => a.Code).ToListAsync();
        Levels = await db.AdministrativeLevels.AsNoTracking().OrderBy(l => l.SortOrder).ToListAsync();
        HasChildren = id is not null && await db.Agencies.AnyAsync(a => a.ParentId == id);
    }

    private string Describe(Agency a)
    {
        var level = Levels.FirstOrDefault(l => l.Id == a.LevelId)?.Code;
        var parent = ParentChoices.FirstOrDefault(p => p.Id == a.ParentId)?.Code ?? "-";
        return RecordLanguage.Write(() => text["Audit_Agency", a.Code, a.Name, a.ShortName ?? "", text["Kind_" + a.Kind], level ?? "", parent, a.Address ?? "", a.Phone ?? "", a.Email ?? ""]);
    }
}

internal sealed class AgencyInput
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? ShortName { get; set; }

    public AgencyKind Kind { get; set; } = AgencyKind.Department;

    public Guid LevelId { get; set; }

    public Guid? ParentId { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public Guid Version { get; set; }

    public static AgencyInput From(Agency a) => new()
    {
        Code = a.Code,
        Name = a.Name,
        ShortName = a.ShortName,
        Kind = a.Kind,
        LevelId = a.LevelId,
        ParentId = a.ParentId,
        Address = a.Address,
        Phone = a.Phone,
        Email = a.Email,
        Version = a.Version,
    };

    public void Normalize()
    {
        Code = Code?.Trim() ?? "";
        Name = Name?.Trim() ?? "";
        ShortName = Blank(ShortName);
        Address = Blank(Address);
        Phone = Blank(Phone);
        Email = Blank(Email);
    }

    public void ApplyTo(Agency a)
    {
        a.Code = Code;
        a.Name = Name;
        a.ShortName = ShortName;
        a.Kind = Kind;
        a.LevelId = LevelId;
        a.ParentId = ParentId;
        a.Address = Address;
        a.Phone = Phone;
        a.Email = Email;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
