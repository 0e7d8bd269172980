using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization;
using MotCua.Modules.Workflows.Data;

namespace MotCua.Modules.Workflows.ManageProcesses;

/// <summary>A procedure in force at the chosen agency with its approved process and its draft, if any.</summary>
internal sealed record ProcessRow(PublishedProcedure Procedure, ProcessSummary? InForce, ProcessSummary? Draft);

/// <summary>A version of a process as lists show it.</summary>
internal sealed record ProcessSummary(Guid Id, int Version, ProcessStatus Status, string? DecisionNumber, DateOnly? DecisionDate);

/// <summary>The internal processes of one agency's procedures in force; starts a draft (a copy of the version in force, or the default template).</summary>
[Authorize(Policy = Policies.ManageCatalog)]
internal sealed class IndexModel(
    AppDbContext db, PublishedProcedures procedures, CalendarProvider calendars, TimeProvider clock, IStringLocalizer<WorkflowsText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Agency { get; set; }

    public IReadOnlyList<NamedItem> Agencies { get; private set; } = [];

    public IReadOnlyList<ProcessRow> Rows { get; private set; } = [];

    [TempData(Key = ProcessMessages.Key)]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await ProcessScope.ForAsync(User, db, cancellationToken);
        Agencies = await OrganizationDirectory.Of(db).Agencies
            .Where(a => a.IsActive)
            .OrderBy(a => a.Code)
            .Select(a => new NamedItem(a.Id, a.Code, a.ShortName ?? a.Name))
            .ToListAsync(cancellationToken);
        Agencies = Agencies.Where(a => scope.Allows(a.Id)).ToList();
        Agency ??= scope.All ? null : scope.AgencyId;
        if (Agency is not { } agencyId)
        {
            return Page();
        }

        if (!scope.Allows(agencyId))
        {
            return Forbid();
        }

        var inForce = await procedures.ListInForceForAgencyAsync(agencyId, cancellationToken);
        var versionIds = inForce.Select(p => p.VersionId).ToList();
        var processes = await db.InternalProcesses.AsNoTracking()
            .Where(p => p.AgencyId == agencyId && versionIds.Contains(p.ProcedureVersionId) && p.Status != ProcessStatus.Superseded)
            .Select(p => new { p.ProcedureVersionId, Summary = new ProcessSummary(p.Id, p.Version, p.Status, p.DecisionNumber, p.DecisionDate) })
            .ToListAsync(cancellationToken);
        Rows = inForce.Select(p => new ProcessRow(
                p,
                processes.Where(x => x.ProcedureVersionId == p.VersionId && x.Summary.Status == ProcessStatus.Approved).Select(x => x.Summary).FirstOrDefault(),
                processes.Where(x => x.ProcedureVersionId == p.VersionId && x.Summary.Status == ProcessStatus.Draft).Select(x => x.Summary).FirstOrDefault()))
            .ToList();
        return Page();
    }

    /// <summary>Opens the draft of a procedure at an agency, starting one when there is none.</summary>
    public async Task<IActionResult> OnPostCreateAsync(Guid procedureVersionId, Guid agencyId, CancellationToken cancellationToken)
    {
        var scope = await ProcessScope.ForAsync(User, db, cancellationToken);
        if (!scope.Allows(agencyId))
        {
            return Forbid();
        }

        var procedure = await procedures.GetVersionAsync(procedureVersionId, cancellationToken);
        if (procedure is null || !procedure.InForce || !procedure.Agencies.Any(a => a.AgencyId == agencyId && a.Role != AgencyRole.Coordinating))
        {
            return NotFound();
        }

        var versions = await db.InternalProcesses
            .Where(p => p.ProcedureVersionId == procedureVersionId && p.AgencyId == agencyId)
            .ToListAsync(cancellationToken);
        if (versions.FirstOrDefault(p => p.Status == ProcessStatus.Draft) is { } existing)
        {
            return LocalRedirect($"/workflows/{existing.Id}/edit");
        }

        var current = versions.FirstOrDefault(p => p.Status == ProcessStatus.Approved);
        List<ProcessStep> steps;
        if (current is not null)
        {
            steps = CopyWithNewIds(current.Steps);
        }
        else
        {
            var references = await ProcessReferences.LoadAsync(db, procedures, calendars, procedureVersionId, agencyId, cancellationToken);
            steps = DefaultTemplate.Build(procedure.ProcessingTime, references?.WorkingDay ?? TimeSpan.FromHours(8), references?.Units.FirstOrDefault()?.Id);
        }

        var draft = ProcessDefinition.CreateDraft(
            procedureVersionId, agencyId, versions.Select(v => v.Version).DefaultIfEmpty(0).Max() + 1, steps, User.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime);
        var problem = await PageChange.SaveAsync(db, () => db.InternalProcesses.Add(draft), text["Edit_Stale"], cancellationToken, uniqueConflictIsStale: true);
        if (problem is not null)
        {
            Message = problem;
            return LocalRedirect($"/workflows?agency={agencyId}");
        }

        Message = text["Created", draft.Version];
        return LocalRedirect($"/workflows/{draft.Id}/edit");
    }

    /// <summary>A new version gets new step ids, so that a step id names one step of one version.</summary>
    public static List<ProcessStep> CopyWithNewIds(IReadOnlyList<ProcessStep> steps)
    {
        var map = steps.ToDictionary(s => s.Id, _ => Guid.CreateVersion7());
        Guid? Map(Guid? id) => id is { } value && map.TryGetValue(value, out var mapped) ? mapped : id;
        return steps.Select(s => s with
        {
            Id = map[s.Id],
            Transitions = s.Transitions.Select(t => t with { NextStepId = Map(t.NextStepId) }).ToList(),
        }).ToList();
    }
}
