using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Localization;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Lifecycle;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Workflows;

namespace MotCua.Modules.Dossiers.Processing;

/// <summary>
/// Loads a dossier for processing, tells which commands a performer may give, gives one and saves everything it changed
/// in one transaction (the dossier's revision is the concurrency token: of two officers acting at once, one wins and the
/// other is told to reload). Used by the dossier page, the worklists and the API.
/// </summary>
internal sealed class DossierProcessing(
    AppDbContext db, WorkflowCatalog workflows, OrganizationNames organizationNames, CalendarProvider calendars, IOptions<DossierTimePolicy> policy,
    DossierLifecycle lifecycle, IDossierFees fees, TimeProvider clock)
{
    /// <summary>The dossier with its tasks and processes, tracked; null when there is no such dossier.</summary>
    public async Task<DossierWork?> LoadAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        return dossier is null ? null : await LoadAsync(dossier, cancellationToken);
    }

    /// <summary>
    /// Loads what <paramref name="dossier"/> (tracked) needs for processing: its tasks from the database, the rest from
    /// this node's caches of immutable or rarely changing data (ADR-018): for a new dossier, one read of the process stamp.
    /// </summary>
    public async Task<DossierWork> LoadAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        // A dossier that never entered a step (new, or returned at the desk) has no task to read.
        var tasks = dossier.TaskCount == 0
            ? []
            : await db.DossierTasks.Where(t => t.DossierId == dossier.Id).OrderBy(t => t.Sequence).ToListAsync(cancellationToken);
        var processes = new Dictionary<Guid, InternalProcess>();
        foreach (var id in tasks.Select(t => t.ProcessId).Append(dossier.ProcessId ?? Guid.Empty).Where(id => id != Guid.Empty).Distinct())
        {
            if (await workflows.GetAsync(id, cancellationToken) is { } process)
            {
                processes[id] = process;
            }
        }

        // The processes in force for the dossier's procedure version at every agency: the competent one and the liên thông ones.
        var inForce = (await workflows.ListInForceAsync(dossier.ProcedureVersionId, cancellationToken)).ToDictionary(p => p.AgencyId);
        foreach (var process in inForce.Values)
        {
            processes.TryAdd(process.Id, process);
        }

        var involved = tasks.Select(t => t.AgencyId).Concat(inForce.Keys).Append(dossier.AgencyId).Distinct().ToList();
        var units = processes.Values.SelectMany(p => p.Steps).SelectMany(s => s.Consultations.Select(c => c.UnitId).Append(s.UnitId ?? Guid.Empty))
            .Where(u => u != Guid.Empty).Distinct();
        var names = await organizationNames.GetAsync(db, involved, units, cancellationToken);
        var calendarByAgency = new Dictionary<Guid, BusinessCalendar>();
        foreach (var agencyId in involved)
        {
            calendarByAgency[agencyId] = await calendars.GetAsync(agencyId, cancellationToken);
        }

        return new DossierWork
        {
            Dossier = dossier,
            Tasks = tasks,
            Processes = processes,
            InForce = inForce,
            CalendarOf = id => calendarByAgency[id],
            AgencyName = agencyId => names.Agencies.GetValueOrDefault(agencyId, ""),
            HolderName = (agencyId, unitId) =>
            {
                var agency = names.Agencies.GetValueOrDefault(agencyId, "");
                return unitId is { } u && names.Units.TryGetValue(u, out var unit) ? $"{unit} – {agency}" : ResourceText.ForRecord<ProcessingText>("History_AgencyLeader", agency);
            },
            Policy = policy.Value,
        };
    }

    /// <summary>
    /// Gives the command and saves; throws <see cref="BusinessRuleException"/> when it is not allowed now, breaks a rule or
    /// lost a race with another officer (nothing is saved then).
    /// </summary>
    public async Task<Dossier> ExecuteAsync(Guid dossierId, DossierCommandInput input, Performer who, CancellationToken cancellationToken)
    {
        var work = await LoadAsync(dossierId, cancellationToken) ?? throw BusinessRuleException.Of<ProcessingText>("DossierNotFound");
        if (!who.Scope.CanAccessAgency(work.Dossier.AgencyId) && !work.Tasks.Any(t => who.Scope.CanAccessAgency(t.AgencyId)))
        {
            throw BusinessRuleException.Of<ProcessingText>("DossierNotFound");
        }

        if (input is { Command: DossierCommand.Assign, AssigneeId: { } officerId })
        {
            foreach (var officer in await OfficersAsync(u => u.Id == officerId, cancellationToken))
            {
                work.Officers[officer.Id] = officer;
            }
        }

        // NĐ 61/2018 Điều 22: a required fee asked for (online or at a step) is paid before the result is returned.
        if (input.Command == DossierCommand.Return && await fees.HasUnpaidRequiredAsync(dossierId, cancellationToken))
        {
            throw BusinessRuleException.Of<ProcessingText>("UnpaidFeeBlocksReturn");
        }

        if (input.Command == DossierCommand.Return)
        {
            work.HasResultFile = await db.DossierAttachments.AnyAsync(a => a.DossierId == dossierId && a.Purpose == AttachmentPurpose.Result, cancellationToken);
        }

        ProcessEngine.Execute(work, who, input, clock.GetUtcNow().UtcDateTime);
        await SaveAsync(work, cancellationToken);
        return work.Dossier;
    }

    /// <summary>The officers of an agency (and unit) with a staff role, for a leader to hand a task to.</summary>
    public Task<List<AssignableOfficer>> OfficersOfAsync(Guid agencyId, Guid? unitId, CancellationToken cancellationToken) =>
        OfficersAsync(u => u.AgencyId == agencyId && (unitId == null || u.UnitId == unitId), cancellationToken);

    private async Task<List<AssignableOfficer>> OfficersAsync(Expression<Func<AppUser, bool>> which, CancellationToken cancellationToken)
    {
        var directory = OrganizationDirectory.Of(db);
        var roles = directory.AccountRoles;
        var rows = await directory.Accounts.Where(which)
            .Select(u => new { u.Id, u.FullName, u.AgencyId, u.UnitId, Roles = roles.Where(r => r.AccountId == u.Id).Select(r => r.Role).ToList() })
            .OrderBy(u => u.FullName)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(u => new AssignableOfficer(u.Id, u.FullName, u.AgencyId, u.UnitId, u.Roles.ToHashSet(StringComparer.Ordinal)))];
    }

    /// <summary>Adds the dossier's new tasks and events, and what follows the events (<see cref="DossierLifecycle"/>), to the unit of work.</summary>
    public void Stage(DossierWork work)
    {
        var tasks = work.Tasks.Union(work.Created).ToList();
        foreach (var task in tasks)
        {
            task.MarkActionable(work.Dossier.Status, tasks);
        }

        foreach (var task in work.Created)
        {
            db.AddNew(task);
        }
        lifecycle.Stage(work.Dossier);
    }

    /// <summary>Saves everything the command changed, all or nothing.</summary>
    public async Task SaveAsync(DossierWork work, CancellationToken cancellationToken)
    {
        Stage(work);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The revision did not match, or another officer appended the same history sequence first: either way one of two won.
            db.ChangeTracker.Clear();
            throw Dossier.ChangedMeanwhile();
        }
    }
}
