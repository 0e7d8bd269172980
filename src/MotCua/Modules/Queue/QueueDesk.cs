using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Queue.Data;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Queue;

/// <summary>An agency whose one-stop desk issues queue tickets, with its active service groups in kiosk order.</summary>
internal sealed record QueueAgency(Guid Id, string Code, string Name, IReadOnlyList<QueueServiceGroup> Groups);

/// <summary>A called ticket as the display shows it.</summary>
internal sealed record CalledTicket(string Label, string Counter, DateTime CalledAt);

/// <summary>
/// The counter queue (cấp số thứ tự) of a one-stop desk: the kiosk issues numbered tickets per service group and day,
/// counter officers call them in the order they were taken, and each visit's waiting and service times are kept for
/// the day's figures (the seeds' target: at most 20 minutes of waiting per visit).
/// </summary>
internal sealed class QueueDesk(AppDbContext db, TimeProvider clock)
{
    public const int CounterMaxLength = 40;

    /// <summary>How often a command is retried after losing a race (two kiosks, two officers at once).</summary>
    private const int Attempts = 5;

    /// <summary>Today's local (UTC+7) date.</summary>
    public DateOnly Today => VietnamTime.Today(clock);

    /// <summary>The active agency with this code and its active groups; null when it has none (it does not use the queue).</summary>
    public Task<QueueAgency?> FindAgencyAsync(string? code, CancellationToken cancellationToken) =>
        AgencyAsync(a => a.Code == code && a.IsActive, cancellationToken);

    /// <summary>The agency with this id and its active groups; null when it has none.</summary>
    public Task<QueueAgency?> GetAgencyAsync(Guid agencyId, CancellationToken cancellationToken) =>
        AgencyAsync(a => a.Id == agencyId, cancellationToken);

    /// <summary>Issues the next number of the group today; null when the group is not an active group of the agency.</summary>
    public async Task<QueueTicket?> IssueAsync(Guid agencyId, Guid groupId, CancellationToken cancellationToken)
    {
        var group = await db.QueueServiceGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId && g.AgencyId == agencyId && g.IsActive, cancellationToken);
        if (group is null)
        {
            return null;
        }

        for (var attempt = 1; ; attempt++)
        {
            var day = Today;
            var last = await db.QueueTickets.Where(t => t.GroupId == group.Id && t.Day == day).MaxAsync(t => (int?)t.Number, cancellationToken) ?? 0;
            var ticket = QueueTicket.Issue(group, day, last + 1, clock.GetUtcNow().UtcDateTime);
            db.QueueTickets.Add(ticket);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return ticket;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another kiosk took this number first (unique group, day and number): take the next one.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>A ticket of the agency by id (the kiosk's printout), or null.</summary>
    public Task<QueueTicket?> FindTicketAsync(Guid agencyId, Guid ticketId, CancellationToken cancellationToken) =>
        db.QueueTickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == ticketId && t.AgencyId == agencyId, cancellationToken);

    /// <summary>How many tickets of the same group were taken before this one and are still waiting.</summary>
    public Task<int> AheadOfAsync(QueueTicket ticket, CancellationToken cancellationToken) =>
        db.QueueTickets.CountAsync(t => t.GroupId == ticket.GroupId && t.Day == ticket.Day && t.Status == TicketStatus.Waiting && t.Number < ticket.Number, cancellationToken);

    /// <summary>The ticket the officer has called and not finished today, or null.</summary>
    public Task<QueueTicket?> CurrentAsync(Guid officerId, CancellationToken cancellationToken)
    {
        var today = Today;
        return db.QueueTickets.AsNoTracking()
            .Where(t => t.CalledById == officerId && t.Status == TicketStatus.Called && t.Day == today)
            .OrderByDescending(t => t.CalledAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Finishes the officer's current ticket as served and calls the oldest waiting ticket of the chosen groups (all when
    /// none is chosen) to the counter; null when nobody is waiting.
    /// </summary>
    public async Task<QueueTicket?> CallNextAsync(Guid agencyId, Guid officerId, string officerName, string counter, IReadOnlyCollection<Guid> groupIds, CancellationToken cancellationToken)
    {
        if (await CurrentAsync(officerId, cancellationToken) is { } current)
        {
            await FinishAsync(current.Id, officerId, served: true, cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            var today = Today;
            var next = await db.QueueTickets
                .Where(t => t.AgencyId == agencyId && t.Day == today && t.Status == TicketStatus.Waiting && (groupIds.Count == 0 || groupIds.Contains(t.GroupId)))
                .OrderBy(t => t.IssuedAt).ThenBy(t => t.Number)
                .FirstOrDefaultAsync(cancellationToken);
            if (next is null)
            {
                return null;
            }

            next.Call(officerId, officerName, counter, clock.GetUtcNow().UtcDateTime);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return next;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Another counter called it first: call the next one.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Ends a ticket the officer called and has not finished; false when it is not theirs or already finished.</summary>
    public async Task<bool> FinishAsync(Guid ticketId, Guid officerId, bool served, CancellationToken cancellationToken)
    {
        var ticket = await db.QueueTickets.SingleOrDefaultAsync(t => t.Id == ticketId && t.CalledById == officerId && t.Status == TicketStatus.Called, cancellationToken);
        if (ticket is null)
        {
            return false;
        }

        ticket.Finish(served, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The agency's tickets called today, latest first (the display).</summary>
    public async Task<IReadOnlyList<CalledTicket>> RecentlyCalledAsync(Guid agencyId, int count, CancellationToken cancellationToken)
    {
        var today = Today;
        return await db.QueueTickets.AsNoTracking()
            .Where(t => t.AgencyId == agencyId && t.Day == today && t.CalledAt != null)
            .OrderByDescending(t => t.CalledAt)
            .Take(count)
            .Select(t => new CalledTicket(t.Label, t.Counter!, t.CalledAt!.Value))
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many tickets of each group are waiting today.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> WaitingByGroupAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var today = Today;
        return await db.QueueTickets.AsNoTracking()
            .Where(t => t.AgencyId == agencyId && t.Day == today && t.Status == TicketStatus.Waiting)
            .GroupBy(t => t.GroupId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    /// <summary>Every ticket of the agency on one day, for its figures.</summary>
    public async Task<QueueDay> DayAsync(Guid agencyId, DateOnly day, CancellationToken cancellationToken)
    {
        var tickets = await db.QueueTickets.AsNoTracking().Where(t => t.AgencyId == agencyId && t.Day == day).ToListAsync(cancellationToken);
        return QueueDay.Of(day, tickets);
    }

    private async Task<QueueAgency?> AgencyAsync(Expression<Func<Agency, bool>> which, CancellationToken cancellationToken)
    {
        var agency = await OrganizationDirectory.Of(db).Agencies.Where(which).Select(a => new { a.Id, a.Code, a.Name }).SingleOrDefaultAsync(cancellationToken);
        if (agency is null)
        {
            return null;
        }

        var groups = await db.QueueServiceGroups.AsNoTracking().Where(g => g.AgencyId == agency.Id && g.IsActive).OrderBy(g => g.Position).ToListAsync(cancellationToken);
        return groups.Count == 0 ? null : new QueueAgency(agency.Id, agency.Code, agency.Name, groups);
    }
}
