using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Hosting;
using MotCua.Common.Jobs;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Notifications;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Dossiers.SendReminders;

/// <summary>
/// Nhắc việc: tells the holders of open steps that are due soon or overdue, and for overdue steps also the unit's leaders
/// (NĐ 61/2018 Điều 19 khoản 9: a late dossier needs an apology before its due date, so the unit must hear of it early).
/// Each person hears of each task once per state: the outbox keeps one message per key, so runs on several nodes, or
/// again after a restart, never send a reminder twice.
/// </summary>
internal sealed class DossierReminders(
    AppDbContext db, CalendarProvider calendars, NotificationOutbox outbox, IOptions<DossierTimePolicy> policy, IOptions<DossiersOptions> options, IOptions<HostingOptions> hosting, TimeProvider clock)
{
    /// <summary>Open tasks further than this from their due time cannot be due soon, whatever the holidays in between.</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(21);

    /// <summary>Enqueues the reminders due now; returns how many were enqueued (before de-duplication against stored ones).</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await EnqueueAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node stored some of the same reminders between our check and our insert (unique key): once more, without them.
            db.ChangeTracker.Clear();
            return await EnqueueAsync(cancellationToken);
        }
    }

    private async Task<int> EnqueueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var limit = now.UtcDateTime + Horizon;
        var tasks = await db.DossierTasks.AsNoTracking()
            .Where(t => t.IsOpen && t.Kind == DossierTaskKind.Step && t.DueAt < limit)
            .OrderBy(t => t.DueAt)
            .Take(options.Value.RemindersPerRun)
            .Join(db.Dossiers, t => t.DossierId, d => d.Id, (t, d) => new { Task = t, d.Code, d.ProcedureName, d.Status })
            .Where(x => x.Status == DossierStatus.Processing)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var item in tasks)
        {
            var task = item.Task;
            var calendar = await calendars.GetAsync(task.AgencyId, cancellationToken);
            var state = Timing.Reminders.Classify(calendar, now, new DateTimeOffset(DateTime.SpecifyKind(task.DueAt, DateTimeKind.Utc)), policy.Value);
            if (state == ReminderState.None)
            {
                continue;
            }

            foreach (var person in await RecipientsAsync(task, state, cancellationToken))
            {
                // Reminders are notices of the administration, written in Vietnamese like the dossier's record.
                var subject = ResourceText.ForRecord<ProcessingText>("Reminder_" + state + "_Subject", item.Code, task.Name);
                var body = ResourceText.ForRecord<ProcessingText>("Reminder_Greeting", person.FullName) + "\n\n"
                    + ResourceText.ForRecord<ProcessingText>("Reminder_Body", item.Code, item.ProcedureName, task.Name, task.HolderName, VietnamTime.Format(task.DueAt)) + "\n"
                    + ResourceText.ForRecord<ProcessingText>("Reminder_" + state)
                    + $"\n\n{hosting.Value.PublicBaseUrl.TrimEnd('/')}/dossiers/{task.DossierId}";
                var key = $"Reminder:{state}:{task.Id:N}:{person.Id:N}";
                if (person.Email is { Length: > 0 } email)
                {
                    outbox.Enqueue(new OutgoingMessage(NotificationChannel.Email, email, subject, body, state == ReminderState.Overdue ? MessageKind.OverdueReminder : MessageKind.DueSoonReminder, key, item.Code));
                }
                else if (person.PhoneNumber is { Length: > 0 } phone)
                {
                    outbox.Enqueue(new OutgoingMessage(NotificationChannel.Sms, phone, null, subject, state == ReminderState.Overdue ? MessageKind.OverdueReminder : MessageKind.DueSoonReminder, key, item.Code));
                }
                else
                {
                    continue;
                }

                sent++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    /// <summary>The assignee, or else the officers of the step's unit and role; for an overdue step also the unit's (or agency's) leaders.</summary>
    private async Task<List<Recipient>> RecipientsAsync(DossierTask task, ReminderState state, CancellationToken cancellationToken)
    {
        var directory = OrganizationDirectory.Of(db);
        IQueryable<AppUser> OfTask(IQueryable<AppUser> accounts) =>
            accounts.Where(u => u.AgencyId == task.AgencyId && (task.UnitId == null || u.UnitId == task.UnitId));
        var holders = task.AssigneeId is { } assignee
            ? directory.Accounts.Where(u => u.AgencyId == task.AgencyId && u.Id == assignee)
            : OfTask(directory.InRole(task.Role));
        var people = await holders.Select(u => new Recipient(u.Id, u.FullName, u.Email, u.PhoneNumber)).ToListAsync(cancellationToken);
        if (state == ReminderState.Overdue)
        {
            var leaderRole = task.UnitId is null ? Roles.AgencyLeader : Roles.UnitLeader;
            var leaders = await OfTask(directory.InRole(leaderRole))
                .Select(u => new Recipient(u.Id, u.FullName, u.Email, u.PhoneNumber))
                .ToListAsync(cancellationToken);
            people.AddRange(leaders.Where(l => people.All(p => p.Id != l.Id)));
        }

        return people;
    }

    private sealed record Recipient(Guid Id, string FullName, string? Email, string? PhoneNumber);
}

/// <summary>The scheduled job that sends the reminders once per <see cref="DossiersOptions.ReminderInterval"/> across all nodes (ADR-011).</summary>
internal sealed class DossierRemindersJob(IOptions<DossiersOptions> options) : IScheduledJob
{
    public const string JobName = "dossiers.reminders";

    public string Name => JobName;

    public TimeSpan Interval => options.Value.ReminderInterval;

    public Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken) =>
        scoped.GetRequiredService<DossierReminders>().SendAsync(cancellationToken);
}
