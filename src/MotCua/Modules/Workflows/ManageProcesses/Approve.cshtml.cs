using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Validation;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization;
using MotCua.Modules.Workflows.Data;
using MotCua.Modules.Workflows.Rules;

namespace MotCua.Modules.Workflows.ManageProcesses;

/// <summary>Approves a draft by the decision (số/ngày quyết định phê duyệt quy trình nội bộ); the version in force until now is superseded.</summary>
[Authorize(Policy = Policies.ManageCatalog)]
internal sealed class ApproveModel(
    AppDbContext db, PublishedProcedures procedures, CalendarProvider calendars, TimeProvider clock, IStringLocalizer<WorkflowsText> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? DecisionNumber { get; set; }

    [BindProperty]
    public DateOnly? DecisionDate { get; set; }

    [BindProperty]
    public int Revision { get; set; }

    public ProcessDefinition Process { get; private set; } = null!;

    public ProcessReferences References { get; private set; } = null!;

    public IReadOnlyList<RuleFailure> BrokenRules { get; private set; } = [];

    public string? Problem { get; private set; }

    [TempData(Key = ProcessMessages.Key)]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(tracking: false, cancellationToken) is { } result)
        {
            return result;
        }

        Revision = Process.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(tracking: true, cancellationToken) is { } result)
        {
            return result;
        }

        var today = VietnamTime.Today(clock);
        var number = DecisionNumber?.Trim() ?? "";
        CheckDecision(number, today).AddTo(ModelState);

        if (!ModelState.IsValid || BrokenRules.Count > 0)
        {
            Problem = text["Approve_NotDone"];
            return Page();
        }

        if (Process.Revision != Revision)
        {
            Problem = text["Edit_Stale"];
            Revision = Process.Revision;
            return Page();
        }

        var previous = await db.InternalProcesses.FirstOrDefaultAsync(
            p => p.ProcedureVersionId == Process.ProcedureVersionId && p.AgencyId == Process.AgencyId && p.Status == ProcessStatus.Approved,
            cancellationToken);
        Problem = await PageChange.SaveAsync(
            db,
            () => Process.Approve(number, DecisionDate!.Value, previous, User.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime),
            text["Edit_Stale"],
            cancellationToken,
            uniqueConflictIsStale: true);
        if (Problem is not null)
        {
            return Page();
        }

        Message = text["Approved", Process.Version];
        return LocalRedirect($"/workflows/{Process.Id}");
    }

    /// <summary>The approving decision's failures (its number and date), <c>[]</c> when both are given and usable.</summary>
    private IReadOnlyList<RuleFailure> CheckDecision(string number, DateOnly today)
    {
        var failures = new List<RuleFailure>();
        if (number.Length == 0)
        {
            failures.Add(new RuleFailure(nameof(DecisionNumber), text["V_DecisionNumber"]));
        }
        else if (number.Length > ProcessDefinition.DecisionNumberMaxLength)
        {
            failures.Add(new RuleFailure(nameof(DecisionNumber), text["V_DecisionNumberLength", ProcessDefinition.DecisionNumberMaxLength]));
        }

        if (DecisionDate is null)
        {
            failures.Add(new RuleFailure(nameof(DecisionDate), text["V_DecisionDate"]));
        }
        else if (DecisionDate > today)
        {
            failures.Add(new RuleFailure(nameof(DecisionDate), text["V_DecisionDateFuture"]));
        }

        return failures.AsResult();
    }

    private async Task<IActionResult?> LoadAsync(bool tracking, CancellationToken cancellationToken)
    {
        var loaded = await ProcessPage.LoadAsync(db, procedures, calendars, User, Id, tracking, cancellationToken);
        if (loaded.Result is { } result)
        {
            return result;
        }

        (Process, References) = (loaded.Process!, loaded.References!);
        if (Process.Status != ProcessStatus.Draft)
        {
            Message = text["Edit_NotDraft"];
            return LocalRedirect($"/workflows/{Process.Id}");
        }

        // The agency's calendar or units may have changed since the draft was saved: check again.
        BrokenRules = ProcessRules.Check(Process.Steps, References.Context);
        return null;
    }
}
