using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;

namespace MotCua.Modules.Dossiers;

/// <summary>
/// One step (bước) of a dossier's processing as the TT 01/2018 evaluation reads it (ADR-058): who held it, when it was
/// received and handed on, its own due (set when it was handed to it) and how it used its allotment (<see cref="DossierTask.Timing"/>, the control
/// sheet's verdict); <see cref="Class"/> is null while the step is open.
/// </summary>
/// <param name="OfficerId">The officer who handed the step on, else the one it is assigned to; null while it waits in the unit's pool.</param>
/// <param name="UnitId">The responsible unit (phòng); null for the agency's leadership.</param>
internal sealed record DossierStepFigures(
    Guid TaskId, Guid DossierId, Guid AgencyId, Guid? UnitId, Guid? OfficerId, DateTime ReceivedAt, DateTime DueAt, DateTime? ClosedAt, OnTimeClass? Class);

/// <summary>The Dossiers module's API for the steps' facts (ADR-058): read in the caller's context and transaction.</summary>
internal sealed class DossierStepFacts(CalendarProvider calendars, IOptions<DossierTimePolicy> policy)
{
    /// <summary>The steps (consultations are not steps) of the given dossiers, judged with their agencies' calendars.</summary>
    public async Task<IReadOnlyList<DossierStepFigures>> OfAsync(AppDbContext db, IReadOnlyCollection<Guid> dossierIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tasks = await db.DossierTasks.AsNoTracking().Where(t => dossierIds.Contains(t.DossierId) && t.Kind == DossierTaskKind.Step)
            .OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var figures = new List<DossierStepFigures>(tasks.Count);
        foreach (var task in tasks)
        {
            figures.Add(await OfAsync(task, cancellationToken));
        }

        return figures;
    }

    /// <summary>
    /// The steps among rows the caller's save adds (<see cref="IDossierStepsSource"/>), from the rows themselves: a new task
    /// has no step row yet, so its row can be written in the same save, with no read.
    /// </summary>
    public async Task<IReadOnlyList<DossierStepFigures>> OfNewAsync(IEnumerable<IDossierStepsSource> added, CancellationToken cancellationToken)
    {
        var figures = new List<DossierStepFigures>();
        foreach (var task in added.OfType<DossierTask>().Where(t => t.Kind == DossierTaskKind.Step))
        {
            figures.Add(await OfAsync(task, cancellationToken));
        }

        return figures;
    }

    /// <summary>Up to <paramref name="batchSize"/> dossiers' ids after <paramref name="afterId"/> that have steps, in id order: the rebuild's pages.</summary>
    public static async Task<IReadOnlyList<Guid>> DossiersWithStepsAsync(AppDbContext db, Guid afterId, int batchSize, CancellationToken cancellationToken) =>
        await db.DossierTasks.AsNoTracking().Where(t => t.DossierId > afterId && t.Kind == DossierTaskKind.Step)
            .Select(t => t.DossierId).Distinct().OrderBy(id => id).Take(batchSize).ToListAsync(cancellationToken);

    private async Task<DossierStepFigures> OfAsync(DossierTask task, CancellationToken cancellationToken)
    {
        OnTimeClass? verdict = task.CompletedAt is { } closed
            ? task.Timing(await calendars.GetAsync(task.AgencyId, cancellationToken), closed.AsInstant(), policy.Value.OnTimeGranularity).Class
            : null;
        return new DossierStepFigures(task.Id, task.DossierId, task.AgencyId, task.UnitId, task.CompletedById ?? task.AssigneeId, task.ReceivedAt, task.DueAt, task.CompletedAt, verdict);
    }
}
