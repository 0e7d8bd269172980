using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Validation;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Catalog.PublishProcedure;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Catalog.ManageProcedures;

/// <summary>Creates a procedure or edits its draft version; repeatable rows are added and removed by posting the form, so no script is needed.</summary>
[Authorize(Policy = Policies.ManageCatalog)]
internal sealed class EditModel(AppDbContext db, TimeProvider clock, IStringLocalizer<CatalogAdminText> text) : PageModel
{
    private const int MaxRows = 50;

    [BindProperty]
    public ProcedureInput Input { get; set; } = new();

    /// <summary>The procedure's revision when the form was loaded; a different one on save means someone else saved in between.</summary>
    [BindProperty]
    public int Revision { get; set; }

    /// <summary>
    /// The cut-off applies to the channels of the agency-wide setting (ADR-032); otherwise to
    /// <see cref="ProcedureInput.CutOffChannels"/>, the procedure's own list, where none ticked means never.
    /// </summary>
    [BindProperty]
    public bool CutOffFollowsAgency { get; set; } = true;

    [FromRoute]
    public string? Code { get; set; }

    public bool IsNew => Code is null;

    public CatalogReferences References { get; private set; } = null!;

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        References = await CatalogReferences.LoadAsync(db, cancellationToken);
        if (IsNew)
        {
            Input = new ProcedureInput
            {
                Channels = ["Direct"],
                Agencies = [new AgencyInput()],
                DossierComponents = [new DossierComponentInput { Forms = [nameof(DocumentForm.Original)] }],
                LegalBases = [new LegalBasisInput()],
            };
            return Page();
        }

        var procedure = await LoadAsync(cancellationToken);
        if (procedure is null)
        {
            return NotFound();
        }

        if (procedure.Draft is not { } draft)
        {
            TempData[DetailsMessages.Key] = text["Edit_NoDraft"].Value;
            return LocalRedirect("/catalog/procedures/" + Uri.EscapeDataString(procedure!.Code));
        }

        Input = References.ToInput(procedure.Code, draft);
        CutOffFollowsAgency = Input.CutOffChannels is null;
        Revision = procedure.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostAddRowAsync(string? list, CancellationToken cancellationToken)
    {
        References = await CatalogReferences.LoadAsync(db, cancellationToken);
        ModelState.Clear();
        switch (list)
        {
            case nameof(ProcedureInput.Agencies) when Input.Agencies.Count < MaxRows:
                Input.Agencies.Add(new AgencyInput());
                break;
            case nameof(ProcedureInput.DossierComponents) when Input.DossierComponents.Count < MaxRows:
                Input.DossierComponents.Add(new DossierComponentInput { Forms = [nameof(DocumentForm.Original)] });
                break;
            case nameof(ProcedureInput.Fees) when Input.Fees.Count < MaxRows:
                Input.Fees.Add(new FeeInput());
                break;
            case nameof(ProcedureInput.LegalBases) when Input.LegalBases.Count < MaxRows:
                Input.LegalBases.Add(new LegalBasisInput());
                break;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRemoveRowAsync(string? row, CancellationToken cancellationToken)
    {
        References = await CatalogReferences.LoadAsync(db, cancellationToken);
        ModelState.Clear();
        var parts = (row ?? "").Split(':');
        if (parts.Length == 2 && int.TryParse(parts[1], out var index) && index >= 0)
        {
            _ = parts[0] switch
            {
                nameof(ProcedureInput.Agencies) => RemoveAt(Input.Agencies, index),
                nameof(ProcedureInput.DossierComponents) => RemoveAt(Input.DossierComponents, index),
                nameof(ProcedureInput.Fees) => RemoveAt(Input.Fees, index),
                nameof(ProcedureInput.LegalBases) => RemoveAt(Input.LegalBases, index),
                _ => false,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        References = await CatalogReferences.LoadAsync(db, cancellationToken);
        if (!ModelState.IsValid)
        {
            Problem = text["Edit_NotSaved"];
            return Page();
        }

        Input.CutOffChannels = CutOffFollowsAgency ? null : Input.CutOffChannels ?? [];
        ProcedureInputValidator.DropBlankRows(Input);
        ModelState.Clear();
        var errors = ProcedureInputValidator.Validate(Input, References, text);
        Procedure? procedure = null;
        if (!IsNew)
        {
            procedure = await LoadAsync(cancellationToken);
            if (procedure is null)
            {
                return NotFound();
            }
        }

        var newCode = Input.Code.Trim();
        if (errors.All(e => e.Field != nameof(Input.Code)) && !string.Equals(newCode, procedure?.Code, StringComparison.Ordinal)
            && await db.Procedures.AnyAsync(p => p.Code == newCode && p.Id != (procedure == null ? Guid.Empty : procedure.Id), cancellationToken))
        {
            errors = [.. errors, new RuleFailure(nameof(Input.Code), text["V_CodeTaken", newCode])];
        }

        errors.AddTo(ModelState, nameof(Input));
        if (errors.Count > 0)
        {
            Problem = text["Edit_NotSaved"];
            return Page();
        }

        if (procedure is not null && procedure.Revision != Revision)
        {
            Problem = text["Edit_Stale"];
            return Page();
        }

        var content = References.ToContent(Input);
        var fieldName = References.FieldsByCode[Input.FieldCode.Trim()].Name;
        string? problem;
        try
        {
            problem = await PageChange.SaveAsync(db, () =>
            {
                if (procedure is null)
                {
                    procedure = Procedure.Create(newCode, content, fieldName, clock.GetUtcNow().UtcDateTime);
                    db.Procedures.Add(procedure);
                }
                else
                {
                    if (procedure.Code != newCode)
                    {
                        procedure.ChangeCode(newCode, fieldName);
                    }

                    procedure.Revise(content, fieldName);
                }
            }, text["Edit_Stale"], cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The only constraint a valid form can break is the unique code, taken by someone else since the check above.
            new RuleFailure(nameof(Input.Code), text["V_CodeTaken", newCode]).AddTo(ModelState, nameof(Input));
            Problem = text["Edit_NotSaved"];
            return Page();
        }

        if (problem is not null)
        {
            Problem = problem;
            return Page();
        }

        TempData[DetailsMessages.Key] = text["Edit_Saved"].Value;
        return LocalRedirect("/catalog/procedures/" + Uri.EscapeDataString(procedure!.Code));
    }

    private Task<Procedure?> LoadAsync(CancellationToken cancellationToken) =>
        db.Procedures
            .Include(p => p.Versions).ThenInclude(v => v.Levels)
            .Include(p => p.Versions).ThenInclude(v => v.Agencies)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Code == Code, cancellationToken);

    private static bool RemoveAt<T>(List<T> rows, int index)
    {
        if (index < rows.Count)
        {
            rows.RemoveAt(index);
        }

        return true;
    }
}
