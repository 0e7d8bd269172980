using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Workflows.Data;

namespace MotCua.Modules.Workflows;

/// <summary>
/// The workflows module's API for other modules: the approved internal processes dossiers run on, served from this node's
/// <see cref="ApprovedProcessCache"/> (ADR-018).
/// </summary>
internal sealed class WorkflowCatalog(AppDbContext db, ApprovedProcessCache cache)
{
    /// <summary>The approved version in force for new dossiers of this procedure version at this agency, or null when none is approved.</summary>
    public async Task<InternalProcess?> FindInForceAsync(Guid procedureVersionId, Guid agencyId, CancellationToken cancellationToken)
    {
        var process = await db.InternalProcesses.AsNoTracking()
            .Where(p => p.ProcedureVersionId == procedureVersionId && p.AgencyId == agencyId && p.Status == ProcessStatus.Approved)
            .OrderByDescending(p => p.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return process?.ToInternalProcess();
    }

    /// <summary>The approved version in force for new dossiers of this procedure version, at every agency that has one.</summary>
    public async Task<IReadOnlyList<InternalProcess>> ListInForceAsync(Guid procedureVersionId, CancellationToken cancellationToken)
    {
        var inForce = await cache.InForceAsync(db, cancellationToken);
        if (inForce.Find(procedureVersionId) is { } cached)
        {
            return cached;
        }

        var approved = await db.InternalProcesses.AsNoTracking()
            .Where(p => p.ProcedureVersionId == procedureVersionId && p.Status == ProcessStatus.Approved)
            .ToListAsync(cancellationToken);
        IReadOnlyList<InternalProcess> processes = [.. approved.GroupBy(p => p.AgencyId).Select(g => Remembered(g.MaxBy(p => p.Version)!))];
        inForce.Add(procedureVersionId, processes);
        return processes;
    }

    /// <summary>Any approved or superseded version by id (a dossier keeps the version it started with); null for drafts and unknown ids.</summary>
    public async Task<InternalProcess?> GetAsync(Guid processId, CancellationToken cancellationToken)
    {
        if (cache.Version(processId) is { } cached)
        {
            return cached;
        }

        var process = await db.InternalProcesses.AsNoTracking()
            .Where(p => p.Id == processId && p.Status != ProcessStatus.Draft)
            .FirstOrDefaultAsync(cancellationToken);
        return process is null ? null : Remembered(process);
    }

    private InternalProcess Remembered(ProcessDefinition definition)
    {
        var process = cache.Version(definition.Id) ?? definition.ToInternalProcess();
        cache.Remember(process);
        return process;
    }
}
