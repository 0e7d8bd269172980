using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers;

/// <summary>The views of an officer's worklist.</summary>
internal enum WorklistView
{
    /// <summary>Việc của tôi: open tasks the officer holds or could take, that they can act on now.</summary>
    Mine,

    /// <summary>Đến hạn hôm nay: of those, due before the end of today.</summary>
    DueToday,

    /// <summary>Quá hạn: of those, past their due time.</summary>
    Overdue,

    /// <summary>Chờ ý kiến: the officer's tasks waiting for consulted units or a liên thông agency.</summary>
    Waiting,

    /// <summary>Của đơn vị: every open task of the officer's unit (of the agency, for its leaders).</summary>
    Unit,
}

/// <summary>
/// The officers' worklists over the open dossier tasks (the step log's open rows), read through the indexes on
/// (agency, open, unit, due) and (agency, open, assignee, role, unit). Used by the worklist page and the menu's count.
/// </summary>
internal sealed class DossierWorklists(AppDbContext db, IAgencyScope scope, TimeProvider clock)
{
    /// <summary>The open tasks of <paramref name="view"/> for <paramref name="user"/>; empty for people without an agency.</summary>
    public IQueryable<DossierTask> Query(ClaimsPrincipal user, WorklistView view)
    {
        if (scope.AgencyId is not { } agencyId || !scope.IsStaff)
        {
            return db.DossierTasks.Where(t => false);
        }

        var me = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
        var unit = scope.UnitId;
        var roles = Roles.Staff.Where(user.IsInRole).ToList();
        var replies = user.IsInRole(Roles.Specialist) || user.IsInRole(Roles.UnitLeader);
        var open = db.DossierTasks.Where(t => t.IsOpen && t.AgencyId == agencyId);
        if (view == WorklistView.Unit)
        {
            return user.IsInRole(Roles.AgencyLeader) ? open : open.Where(t => t.UnitId == unit);
        }

        // Same test as the processing engine's holder (Performer.Holds / CouldHold), in SQL.
        var held = open.Where(t =>
            t.AssigneeId == me
            || (t.AssigneeId == null && t.Kind == DossierTaskKind.Step && roles.Contains(t.Role) && (t.UnitId == null || t.UnitId == unit))
            || (t.Kind == DossierTaskKind.Consultation && replies && t.UnitId == unit));
        var dossiers = db.Dossiers;
        var actionable = held.Where(t =>
            !db.DossierTasks.Any(c => c.ParentTaskId == t.Id && c.IsOpen)
            && dossiers.Any(d => d.Id == t.DossierId && d.Status == DossierStatus.Processing));
        var now = clock.GetUtcNow();
        return view switch
        {
            WorklistView.DueToday => actionable.Where(t => t.DueAt < EndOfLocalDay(now)),
            WorklistView.Overdue => actionable.Where(t => t.DueAt < now.UtcDateTime),
            WorklistView.Waiting => held.Where(t => db.DossierTasks.Any(c => c.ParentTaskId == t.Id && c.IsOpen)),
            _ => actionable,
        };
    }

    /// <summary>The dossiers, for joining a page of tasks with them.</summary>
    public IQueryable<Dossier> Dossiers => db.Dossiers.AsNoTracking();

    /// <summary>How many tasks the officer can act on now (the menu's badge).</summary>
    public Task<int> CountMineAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Query(user, WorklistView.Mine).CountAsync(cancellationToken);

    private static DateTime EndOfLocalDay(DateTimeOffset now) =>
        BusinessCalendar.StartOfLocalDayUtc(DateOnly.FromDateTime(BusinessCalendar.ToLocal(now)).AddDays(1));
}
