using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Workflows.Data;

namespace MotCua.Modules.Workflows.ManageProcesses;

/// <summary>A process loaded for a page, or the result to return instead (not found, forbidden).</summary>
internal sealed record LoadedProcess(ProcessDefinition? Process, ProcessReferences? References, IActionResult? Result);

/// <summary>Loading shared by the process pages: the process, the caller's scope check and the references.</summary>
internal static class ProcessPage
{
    public static async Task<LoadedProcess> LoadAsync(
        AppDbContext db, PublishedProcedures procedures, CalendarProvider calendars, ClaimsPrincipal user, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? db.InternalProcesses : db.InternalProcesses.AsNoTracking();
        var process = await query.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (process is null)
        {
            return new LoadedProcess(null, null, new NotFoundResult());
        }

        var scope = await ProcessScope.ForAsync(user, db, cancellationToken);
        if (!scope.Allows(process.AgencyId))
        {
            return new LoadedProcess(null, null, new ForbidResult());
        }

        var references = await ProcessReferences.LoadAsync(db, procedures, calendars, process.ProcedureVersionId, process.AgencyId, cancellationToken);
        return references is null
            ? new LoadedProcess(null, null, new NotFoundResult())
            : new LoadedProcess(process, references, null);
    }
}
