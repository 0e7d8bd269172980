using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
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

/// <summary>One open task with its dossier.</summary>
internal sealed record WorklistRow(
    Guid DossierId, string? Code, string ProcedureName, string ApplicantName, DossierTaskKind Kind, string StepName, string Holder, string? Assignee,
    DateTime ReceivedAt, DateTime DueAt, DateTime? DossierDueAt);

/// <summary>What waits for the one-stop desk itself (counter officers), outside the process steps.</summary>
/// <param name="OnlineWaiting">Hồ sơ trực tuyến chờ tiếp nhận (status 1).</param>
/// <param name="ResultsToReturn">Kết quả chờ trả (status 9, Đã xử lý xong).</param>
/// <param name="AwaitingRouting">Accepted dossiers the desk must still hand to the competent agency's process.</param>
internal sealed record DeskCounts(int OnlineWaiting, int ResultsToReturn, int AwaitingRouting)
{
    public static DeskCounts None { get; } = new(0, 0, 0);

    public int Total => OnlineWaiting + ResultsToReturn + AwaitingRouting;
}

/// <summary>A count of overdue open tasks under one name (a step, or an officer).</summary>
internal sealed record OverdueGroup(string Name, int Count);

/// <summary>The overdue open tasks of a unit (or agency) by step and by officer; both add up to <see cref="Total"/>.</summary>
internal sealed record OverdueTasks(IReadOnlyList<OverdueGroup> BySteps, IReadOnlyList<OverdueGroup> ByOfficers)
{
    public int Total => BySteps.Sum(g => g.Count);
}

/// <summary>
/// The officers' worklists over the open dossier tasks (the step log's open rows), read through the partial indexes of
/// open tasks by holder, by unit and by due time (M0036), with the tasks' own actionable flag. The tasks an officer holds
/// are three disjoint sets read separately and added up (assigned to them, their roles' pool, their unit's consultations),
/// so each is read from its index alone; a page is chosen by key first and only its rows are read. Used by the worklist
/// page and the menu's count.
/// </summary>
internal sealed class DossierWorklists(AppDbContext db, IAgencyScope scope, TimeProvider clock)
{
    private IReadOnlyDictionary<WorklistView, int>? _counts;
    private DeskCounts? _desk;

    /// <summary>The open tasks of <paramref name="view"/> for <paramref name="user"/>; empty for people without an agency.</summary>
    public IQueryable<DossierTask> Query(ClaimsPrincipal user, WorklistView view)
    {
        if (Open() is not { } open)
        {
            return db.DossierTasks.Where(t => false);
        }

        if (view == WorklistView.Unit)
        {
            return Unit(user, open);
        }

        var held = Held(user, open);
        var now = clock.GetUtcNow();
        return view switch
        {
            WorklistView.DueToday => Actionable(held).Where(t => t.DueAt < EndOfLocalDay(now)),
            WorklistView.Overdue => Actionable(held).Where(t => t.DueAt < now.UtcDateTime),
            WorklistView.Waiting => Waiting(held),
            _ => Actionable(held),
        };
    }

    /// <summary>
    /// The size of every view, in three reads: one pass over the actionable tasks the officer holds counts mine, due today
    /// and overdue; the waiting ones; the unit's. Kept for the request, so the menu's badge on the worklist page costs
    /// nothing more.
    /// </summary>
    public async Task<IReadOnlyDictionary<WorklistView, int>> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (_counts is { } known)
        {
            return known;
        }

        var counts = Enum.GetValues<WorklistView>().ToDictionary(v => v, _ => 0);
        if (Open() is { } open)
        {
            var now = clock.GetUtcNow();
            var endOfDay = EndOfLocalDay(now);
            var utcNow = now.UtcDateTime;
            var held = Held(user, open);
            var sizes = await held.Where(t => t.IsActionable)
                .GroupBy(t => 1)
                .Select(g => new
                {
                    Mine = g.Count(),
                    DueToday = g.Count(t => t.DueAt < endOfDay),
                    Overdue = g.Count(t => t.DueAt < utcNow),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (sizes is not null)
            {
                (counts[WorklistView.Mine], counts[WorklistView.DueToday], counts[WorklistView.Overdue]) = (sizes.Mine, sizes.DueToday, sizes.Overdue);
            }

            counts[WorklistView.Waiting] = await Waiting(held).CountAsync(cancellationToken);
            counts[WorklistView.Unit] = await Unit(user, open).CountAsync(cancellationToken);
        }

        _counts = counts;
        return counts;
    }

    /// <summary>
    /// A page of the view's tasks with their dossiers, by due time or by receipt. The page's keys are chosen first (from
    /// the indexes alone when sorted by due time), then only those rows are read and joined.
    /// </summary>
    public Task<List<WorklistRow>> PageAsync(ClaimsPrincipal user, WorklistView view, bool byReceipt, int page, int pageSize, CancellationToken cancellationToken)
    {
        var tasks = Query(user, view);
        var ordered = byReceipt ? tasks.OrderBy(t => t.ReceivedAt).ThenBy(t => t.Id) : tasks.OrderBy(t => t.DueAt).ThenBy(t => t.Id);
        var keys = ordered.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * pageSize)).Take(pageSize).Select(t => t.Id);
        var rows = db.DossierTasks.AsNoTracking().Where(t => keys.Contains(t.Id))
            .Join(db.Dossiers.AsNoTracking(), t => t.DossierId, d => d.Id, (t, d) => new { Task = t, Dossier = d });
        var sorted = byReceipt
            ? rows.OrderBy(r => r.Task.ReceivedAt).ThenBy(r => r.Task.Id)
            : rows.OrderBy(r => r.Task.DueAt).ThenBy(r => r.Task.Id);
        return sorted.Select(r => new WorklistRow(
                r.Dossier.Id, r.Dossier.Code, r.Dossier.ProcedureName, r.Dossier.Applicant.Name, r.Task.Kind, r.Task.Name, r.Task.HolderName,
                r.Task.AssigneeName, r.Task.ReceivedAt, r.Task.DueAt, r.Dossier.DueAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// How many things the officer can act on now (the menu's badge "Cần xử lý"): the tasks of <see cref="WorklistView.Mine"/>
    /// and, for counter officers, what waits at the desk; the page's counts when it has counted.
    /// </summary>
    public async Task<int> CountMineAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (_counts is { } counts ? counts[WorklistView.Mine] : await Query(user, WorklistView.Mine).CountAsync(cancellationToken))
        + (await DeskAsync(user, cancellationToken)).Total;

    /// <summary>What waits at the desk of the officer's agency; none for officers who do not work at the counter.</summary>
    public async Task<DeskCounts> DeskAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (_desk is { } known)
        {
            return known;
        }

        if (!user.IsInRole(Roles.CounterOfficer) || scope.AgencyId is not { } agencyId || !scope.IsStaff)
        {
            return _desk = DeskCounts.None;
        }

        var rows = await db.Dossiers.Where(d => d.AgencyId == agencyId
                && ((d.Status == DossierStatus.Submitted && d.Channel == SubmissionChannel.Online)
                    || d.Status == DossierStatus.Done
                    || (d.Status == DossierStatus.Received && d.ProcessId == null)))
            .GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Of(DossierStatus status) => rows.SingleOrDefault(r => r.Status == status)?.Count ?? 0;
        return _desk = new DeskCounts(Of(DossierStatus.Submitted), Of(DossierStatus.Done), Of(DossierStatus.Received));
    }

    /// <summary>
    /// The open tasks of <see cref="WorklistView.Unit"/> (the officer's unit; the agency, for its leaders) past their due time,
    /// counted by step and by officer (the assignee, else the step's holder): the leaders' home.
    /// </summary>
    public async Task<OverdueTasks> OverdueAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (Open() is not { } open)
        {
            return new OverdueTasks([], []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = Unit(user, open).Where(t => t.DueAt < now);
        var bySteps = await overdue.GroupBy(t => t.Name).Select(g => new OverdueGroup(g.Key, g.Count())).ToListAsync(cancellationToken);
        var byOfficers = await overdue.GroupBy(t => t.AssigneeName ?? t.HolderName).Select(g => new OverdueGroup(g.Key, g.Count())).ToListAsync(cancellationToken);
        return new OverdueTasks(
            [.. bySteps.OrderByDescending(g => g.Count).ThenBy(g => g.Name, StringComparer.Ordinal)],
            [.. byOfficers.OrderByDescending(g => g.Count).ThenBy(g => g.Name, StringComparer.Ordinal)]);
    }

    /// <summary>The open tasks of the officer's agency, or null for people without an agency or a staff role.</summary>
    private IQueryable<DossierTask>? Open() =>
        scope.AgencyId is { } agencyId && scope.IsStaff ? db.DossierTasks.Where(t => t.IsOpen && t.AgencyId == agencyId) : null;

    /// <summary>Every open task of the officer's unit (of the agency, for its leaders).</summary>
    private IQueryable<DossierTask> Unit(ClaimsPrincipal user, IQueryable<DossierTask> open) =>
        user.IsInRole(Roles.AgencyLeader) ? open : open.Where(t => t.UnitId == scope.UnitId);

    /// <summary>
    /// The open tasks the officer holds or could take: the same test as the processing engine's holder (Performer.Holds /
    /// CouldHold), in SQL, as the union of three disjoint sets: assigned to the officer; unassigned steps of the officer's
    /// roles in their unit or the leadership; consultations of their unit assigned to someone else or no one.
    /// </summary>
    private IQueryable<DossierTask> Held(ClaimsPrincipal user, IQueryable<DossierTask> open)
    {
        var unit = scope.UnitId;
        var me = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
        var roles = Roles.Staff.Where(user.IsInRole).ToList();
        var held = open.Where(t => t.AssigneeId == me)
            .Concat(open.Where(t => t.AssigneeId == null && t.Kind == DossierTaskKind.Step && roles.Contains(t.Role) && (t.UnitId == null || t.UnitId == unit)));
        var replies = user.IsInRole(Roles.Specialist) || user.IsInRole(Roles.UnitLeader);
        return replies
            ? held.Concat(open.Where(t => t.Kind == DossierTaskKind.Consultation && t.UnitId == unit && t.AssigneeId != me))
            : held;
    }

    /// <summary>Of the held tasks, those the officer can act on now (<see cref="DossierTask.IsActionable"/>).</summary>
    private static IQueryable<DossierTask> Actionable(IQueryable<DossierTask> held) => held.Where(t => t.IsActionable);

    /// <summary>Of the held tasks, those waiting for consulted units or a liên thông agency (never actionable, so only those are looked into).</summary>
    private IQueryable<DossierTask> Waiting(IQueryable<DossierTask> held) =>
        held.Where(t => !t.IsActionable && db.DossierTasks.Any(c => c.ParentTaskId == t.Id && c.IsOpen));

    private static DateTime EndOfLocalDay(DateTimeOffset now) =>
        VietnamTime.StartOfLocalDayUtc(VietnamTime.LocalDate(now).AddDays(1));
}
