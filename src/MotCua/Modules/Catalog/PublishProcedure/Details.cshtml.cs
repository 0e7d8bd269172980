using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Validation;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Catalog.ManageProcedures;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Catalog.PublishProcedure;

/// <summary>The TempData key under which a catalogue page leaves a message for the next one.</summary>
internal static class DetailsMessages
{
    public const string Key = "CatalogMessage";
}

/// <summary>A procedure's versions and its lifecycle actions: publish, amend, discard an amendment, abolish.</summary>
[Authorize(Policy = Policies.ManageCatalog)]
internal sealed class DetailsModel(AppDbContext db, TimeProvider clock, IStringLocalizer<CatalogAdminText> text, IProcedurePetitions petitions) : PageModel
{
    [FromRoute]
    public string Code { get; set; } = "";

    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    /// <summary>The revision the page showed; actions on a procedure changed since are refused.</summary>
    [BindProperty]
    public int Revision { get; set; }

    public Procedure Procedure { get; private set; } = null!;

    public string? Problem { get; private set; }

    /// <summary>The open proposals to review the procedure that answered PAKN led to (ADR-046 §6).</summary>
    public IReadOnlyList<ProcedureReviewProposal> Proposals { get; private set; } = [];

    [TempData(Key = DetailsMessages.Key)]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Revision = Procedure.Revision;
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) =>
        ActAsync(now => Procedure.Publish(ToDecision(), now), "Details_Published", needsDecision: true, cancellationToken);

    public Task<IActionResult> OnPostAmendAsync(CancellationToken cancellationToken) =>
        ActAsync(now => db.ProcedureVersions.Add(Procedure.Amend(now)), "Details_Amended", needsDecision: false, cancellationToken);

    public Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken) =>
        ActAsync(_ => DiscardDraft(), "Details_Discarded", needsDecision: false, cancellationToken);

    public Task<IActionResult> OnPostAbolishAsync(CancellationToken cancellationToken) =>
        ActAsync(now => Procedure.Abolish(ToDecision(), now), "Details_Abolished", needsDecision: true, cancellationToken);

    private void DiscardDraft()
    {
        var draft = Procedure.DiscardAmendment();
        db.ProcedureVersions.Remove(draft);
    }

    private async Task<IActionResult> ActAsync(Action<DateTime> action, string doneKey, bool needsDecision, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (needsDecision && !CheckDecision())
        {
            Problem = text["Details_DecisionInvalid"];
            return Page();
        }

        if (Procedure.Revision != Revision)
        {
            Problem = text["Edit_Stale"];
            ModelState.Clear();
            Revision = Procedure.Revision;
            return Page();
        }

        var problem = await PageChange.SaveAsync(db, () => action(clock.GetUtcNow().UtcDateTime), text["Edit_Stale"], cancellationToken);
        if (problem is not null)
        {
            Problem = problem;
            return Page();
        }

        Message = text[doneKey];
        return LocalRedirect("/catalog/procedures/" + Uri.EscapeDataString(Procedure.Code));
    }

    private bool CheckDecision()
    {
        var failures = new List<RuleFailure>();
        if (string.IsNullOrWhiteSpace(Decision.Number) || Decision.Number.Trim().Length > 100)
        {
            failures.Add(new RuleFailure(nameof(Decision.Number), text["V_DecisionNumber"]));
        }

        if (Decision.SignedOn is null)
        {
            failures.Add(new RuleFailure(nameof(Decision.SignedOn), text["V_DecisionDate"]));
        }

        if (Decision.EffectiveOn is null)
        {
            failures.Add(new RuleFailure(nameof(Decision.EffectiveOn), text["V_DecisionDate"]));
        }

        failures.AddTo(ModelState, nameof(Decision));
        return ModelState.IsValid;
    }

    private Decision ToDecision() => new(Decision.Number ?? "", Decision.SignedOn!.Value, Decision.EffectiveOn!.Value);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures
            .Include(p => p.Versions).ThenInclude(v => v.Levels)
            .Include(p => p.Versions).ThenInclude(v => v.Agencies)
            .Include(p => p.Versions).ThenInclude(v => v.Field)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Code == Code, cancellationToken);
        if (procedure is null)
        {
            return false;
        }

        Procedure = procedure;
        Proposals = await petitions.OpenProposalsAsync(procedure.Code, cancellationToken);
        return true;
    }
}

/// <summary>A Quyết định công bố / bãi bỏ as typed in the form; checked in <see cref="DetailsModel"/>.</summary>
internal sealed class DecisionInput
{
    public string? Number { get; set; }

    public DateOnly? SignedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }
}
