using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization;
using MotCua.Modules.Workflows.Data;
using MotCua.Modules.Workflows.Rules;

namespace MotCua.Modules.Workflows.ManageProcesses;

/// <summary>Edits the steps of a draft process; rows are added and removed by posting the form, so no script is needed.</summary>
[Authorize(Policy = Policies.ManageCatalog)]
internal sealed class EditModel(
    AppDbContext db, PublishedProcedures procedures, CalendarProvider calendars, TimeProvider clock, IStringLocalizer<WorkflowsText> text) : PageModel
{
    /// <summary>The roles a step may be given in the form (the handling roles of an agency).</summary>
    public static readonly IReadOnlyList<string> StepRoles = [Roles.CounterOfficer, Roles.Specialist, Roles.UnitLeader, Roles.AgencyLeader];

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ProcessInput Input { get; set; } = new();

    /// <summary>The process's revision when the form was loaded; a different one on save means someone else saved in between.</summary>
    [BindProperty]
    public int Revision { get; set; }

    public ProcessDefinition Process { get; private set; } = null!;

    public ProcessReferences References { get; private set; } = null!;

    public string? Problem { get; private set; }

    [TempData(Key = ProcessMessages.Key)]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } result)
        {
            return result;
        }

        Input = ProcessInput.From(Process.Steps);
        Revision = Process.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostAddStepAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } result)
        {
            return result;
        }

        ModelState.Clear();
        if (Input.Steps.Count < ProcessRules.MaxSteps)
        {
            Input.Steps.Add(ProcessInput.NewStep());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRemoveStepAsync(int index, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } result)
        {
            return result;
        }

        ModelState.Clear();
        if (index >= 0 && index < Input.Steps.Count && Input.Steps.Count > 1)
        {
            Input.Steps.RemoveAt(index);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAddConsultationAsync(int index, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } result)
        {
            return result;
        }

        ModelState.Clear();
        if (index >= 0 && index < Input.Steps.Count && Input.Steps[index].Consultations.Count < ProcessInput.MaxConsultations)
        {
            Input.Steps[index].Consultations.Add(new ConsultationInput());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken, tracking: true) is { } result)
        {
            return result;
        }

        if (!ModelState.IsValid)
        {
            Problem = text["Edit_NotSaved"];
            return Page();
        }

        var steps = Input.ToSteps();
        var broken = ProcessRules.Check(steps, References.Context);
        if (broken.Count > 0)
        {
            broken.AddTo(ModelState);
            Problem = text["Edit_NotSaved"];
            return Page();
        }

        if (Process.Revision != Revision)
        {
            Problem = text["Edit_Stale"];
            return Page();
        }

        Problem = await PageChange.SaveAsync(
            db, () => Process.ReviseSteps(steps, User.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime), text["Edit_Stale"], cancellationToken, uniqueConflictIsStale: true);
        if (Problem is not null)
        {
            return Page();
        }

        Message = text["Saved"];
        return LocalRedirect($"/workflows/{Process.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken, bool tracking = false)
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

        return null;
    }
}
