using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization;
using MotCua.Modules.Workflows.Data;

namespace MotCua.Modules.Workflows.ManageProcesses;

/// <summary>One version of a process: its status, decision, the other versions and a read-only diagram of the steps.</summary>
[Authorize(Policy = Policies.ManageCatalog)]
internal sealed class DetailsModel(AppDbContext db, PublishedProcedures procedures, CalendarProvider calendars) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public ProcessDefinition Process { get; private set; } = null!;

    public ProcessReferences References { get; private set; } = null!;

    public IReadOnlyList<ProcessSummary> Versions { get; private set; } = [];

    [TempData(Key = ProcessMessages.Key)]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var loaded = await ProcessPage.LoadAsync(db, procedures, calendars, User, Id, tracking: false, cancellationToken);
        if (loaded.Result is { } result)
        {
            return result;
        }

        (Process, References) = (loaded.Process!, loaded.References!);
        Versions = await db.InternalProcesses.AsNoTracking()
            .Where(p => p.ProcedureVersionId == Process.ProcedureVersionId && p.AgencyId == Process.AgencyId)
            .OrderByDescending(p => p.Version)
            .Select(p => new ProcessSummary(p.Id, p.Version, p.Status, p.DecisionNumber, p.DecisionDate))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
