using System.Security.Claims;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;
using MotCua.Modules.Workflows;

namespace MotCua.Modules.Dossiers.Processing;

/// <summary>
/// A dossier loaded for processing: its tasks, the internal processes they run on, the processes in force at the
/// agencies it may be handed to, and each agency's calendar. <see cref="ProcessEngine"/> changes it; the caller saves
/// the dossier, its new events and <see cref="Created"/>.
/// </summary>
internal sealed class DossierWork
{
    public required Dossier Dossier { get; init; }

    /// <summary>Every task of the dossier, tracked, in sequence order.</summary>
    public required List<DossierTask> Tasks { get; init; }

    /// <summary>Internal process versions by id (those of the tasks, of the dossier and of possible hand-overs).</summary>
    public required IReadOnlyDictionary<Guid, InternalProcess> Processes { get; init; }

    /// <summary>The approved process in force for the dossier's procedure version, by agency.</summary>
    public required IReadOnlyDictionary<Guid, InternalProcess> InForce { get; init; }

    public required Func<Guid, BusinessCalendar> CalendarOf { get; init; }

    public required Func<Guid, string> AgencyName { get; init; }

    /// <summary>The label of a unit (or the agency's leadership when null) with its agency, as printed on the control sheet.</summary>
    public required Func<Guid, Guid?, string> HolderName { get; init; }

    public required DossierTimePolicy Policy { get; init; }

    /// <summary>An electronic result file is attached (loaded by the caller before a Return).</summary>
    public bool HasResultFile { get; set; }

    /// <summary>Officers a leader may hand tasks to, by id; the caller loads the one a command names.</summary>
    public Dictionary<Guid, AssignableOfficer> Officers { get; } = [];

    /// <summary>Tasks created by the command being executed; the caller adds them to the context.</summary>
    public List<DossierTask> Created { get; } = [];

    public IEnumerable<DossierTask> OpenTasks => Tasks.Concat(Created).Where(t => t.IsOpen);

    public bool IsBlocked(DossierTask task) => OpenTasks.Any(t => t.ParentTaskId == task.Id);

    public ProcessStep StepOf(DossierTask task) =>
        Processes[task.ProcessId].FindStep(task.StepId) ?? throw new InvalidOperationException("The task's step is not in its process.");
}

/// <summary>An officer as a leader sees them when handing over a task: agency, unit and staff roles.</summary>
internal sealed record AssignableOfficer(Guid Id, string FullName, Guid? AgencyId, Guid? UnitId, IReadOnlySet<string> Roles)
{
    /// <summary>The officer could hold the step task: same agency, the step's role, and its unit unless it is the leadership's.</summary>
    public bool CanHold(DossierTask task) =>
        task.Kind == DossierTaskKind.Step && AgencyId == task.AgencyId && Roles.Contains(task.Role) && (task.UnitId is null || UnitId == task.UnitId);
}

/// <summary>Who gives a command: the person (or integrated system) with their agency scope.</summary>
internal sealed record Performer(Actor Actor, ClaimsPrincipal User, IAgencyScope Scope)
{
    public bool IsServiceAccount => Scope.IsServiceAccount;

    public bool IsInRole(string role) => User.IsInRole(role);

    /// <summary>Staff or system of this agency (province-wide roles see every agency but act in none).</summary>
    public bool WorksFor(Guid agencyId) => Scope.AgencyId == agencyId && (Scope.IsStaff || Scope.IsServiceAccount);

    /// <summary>
    /// The holder of a task: an officer of its agency with its role, in its unit (any unit for the leadership's steps),
    /// and the assignee once someone took it; for a consultation, any officer of the consulted unit. An integrated
    /// system of the agency acts for the agency (ADR-015).
    /// </summary>
    public bool Holds(DossierTask task)
    {
        if (!task.IsOpen || !WorksFor(task.AgencyId))
        {
            return false;
        }

        if (IsServiceAccount)
        {
            return true;
        }

        if (task.Kind == DossierTaskKind.Consultation)
        {
            return Scope.UnitId == task.UnitId && (IsInRole(Roles.Specialist) || IsInRole(Roles.UnitLeader));
        }

        return IsInRole(task.Role)
            && (task.UnitId is null || Scope.UnitId == task.UnitId)
            && (task.AssigneeId is null || task.AssigneeId == Actor.UserId);
    }

    /// <summary>Giao xử lý: the unit's leader for the unit's steps, the agency's leader for any step of the agency.</summary>
    public bool Leads(DossierTask task) =>
        task.Kind == DossierTaskKind.Step && task.IsOpen && WorksFor(task.AgencyId) && !IsServiceAccount
        && (IsInRole(Roles.AgencyLeader) || (IsInRole(Roles.UnitLeader) && task.UnitId is not null && Scope.UnitId == task.UnitId));

    /// <summary>Could take or act on the task once it is free: the same test without the assignee.</summary>
    public bool CouldHold(DossierTask task) =>
        task.Kind == DossierTaskKind.Step && task.IsOpen && WorksFor(task.AgencyId) && !IsServiceAccount
        && IsInRole(task.Role) && (task.UnitId is null || Scope.UnitId == task.UnitId);
}
