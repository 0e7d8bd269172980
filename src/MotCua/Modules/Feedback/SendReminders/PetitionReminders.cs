using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Hosting;
using MotCua.Common.Jobs;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Inbox;
using MotCua.Modules.Notifications;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Feedback.SendReminders;

/// <summary>
/// Nhắc việc for PAKN (ADR-046 §4): a running processing or publication deadline due within
/// <see cref="FeedbackDeadlineOptions.RemindBeforeDays"/> working days, and one overdue, is told once each to the assigned
/// officer, or to the agency's control officers while nobody is assigned. The outbox keeps one message per deadline row,
/// state and person, and the row is marked, so runs on several nodes or after a restart never send twice.
/// A reminder never changes a status.
/// </summary>
internal sealed class PetitionReminders(AppDbContext db, PetitionInbox inbox, NotificationOutbox outbox, IOptions<HostingOptions> hosting, TimeProvider clock)
{
    /// <summary>Deadlines further than this from their due instant cannot be due soon, whatever the holidays in between.</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(45);

    /// <summary>At most this many deadlines are looked at per run, earliest due first; the next run goes on.</summary>
    public const int PerRun = 2000;

    /// <summary>Enqueues the reminders due now; returns how many messages were enqueued.</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await EnqueueAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node stored some of the same reminders (unique key) or marked the same rows: once more, from what it left.
            db.ChangeTracker.Clear();
            return await EnqueueAsync(cancellationToken);
        }
    }

    private async Task<int> EnqueueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var limit = now + Horizon;
        var due = await db.PetitionDeadlines
            .Where(d => d.ClosedAt == null && (d.Kind == PetitionDeadlineKind.Process || d.Kind == PetitionDeadlineKind.Publish) && d.DueAt < limit
                        && (d.RemindedOverdueAt == null || (d.RemindedSoonAt == null && d.DueAt >= now)))
            .OrderBy(d => d.DueAt)
            .Take(PerRun)
            .Join(db.Petitions, d => d.PetitionId, p => p.Id, (d, p) => new { Deadline = d, p.Code, p.AgencyId, p.AssigneeId, p.Status })
            .ToListAsync(cancellationToken);
        var soonByAgency = new Dictionary<Guid, DateTime>();
        var sent = 0;
        foreach (var item in due)
        {
            var deadline = item.Deadline;
            if (!soonByAgency.TryGetValue(deadline.AgencyId, out var soon))
            {
                soon = PetitionDueStates.DueSoonUntil(await inbox.ClockAsync(deadline.AgencyId, cancellationToken), now);
                soonByAgency[deadline.AgencyId] = soon;
            }

            var state = PetitionDueStates.Of(deadline.DueAt, now, soon);
            var overdue = state == PetitionDueState.Overdue;
            if (state is not (PetitionDueState.DueSoon or PetitionDueState.Overdue) || (overdue ? deadline.RemindedOverdueAt : deadline.RemindedSoonAt) is not null)
            {
                continue;
            }

            var kind = overdue ? MessageKind.OverdueReminder : MessageKind.DueSoonReminder;
            foreach (var person in await RecipientsAsync(item.AgencyId, item.AssigneeId, cancellationToken))
            {
                // Reminders are notices of the administration, written in Vietnamese like the PAKN's record.
                var subject = ResourceText.ForRecord<FeedbackStaffText>("Reminder_" + state + "_Subject", item.Code);
                var body = ResourceText.ForRecord<FeedbackStaffText>("Reminder_Greeting", person.FullName) + "\n\n"
                    + ResourceText.ForRecord<FeedbackStaffText>(
                        "Reminder_" + state + "_Body", item.Code, ResourceText.ForRecord<FeedbackStaffText>("Deadline_" + deadline.Kind), VietnamTime.Format(deadline.DueAt))
                    + $"\n\n{hosting.Value.PublicBaseUrl.TrimEnd('/')}/feedback/{deadline.PetitionId}";
                var key = $"PetitionReminder:{state}:{deadline.Id:N}:{person.Id:N}";
                if (person.Email is { Length: > 0 } email)
                {
                    outbox.Enqueue(new OutgoingMessage(NotificationChannel.Email, email, subject, body, kind, key, item.Code));
                }
                else if (person.PhoneNumber is { Length: > 0 } phone)
                {
                    outbox.Enqueue(new OutgoingMessage(NotificationChannel.Sms, phone, null, subject, kind, key, item.Code));
                }
                else
                {
                    continue;
                }

                sent++;
            }

            deadline.MarkReminded(overdue, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    /// <summary>The assigned officer, or else the control officers of the agency holding the PAKN.</summary>
    private async Task<List<Recipient>> RecipientsAsync(Guid agencyId, Guid? assigneeId, CancellationToken cancellationToken)
    {
        var directory = OrganizationDirectory.Of(db);
        var people = assigneeId is { } assignee
            ? directory.Accounts.Where(u => u.Id == assignee && u.AgencyId == agencyId)
            : directory.InRole(Roles.ControlOfficer).Where(u => u.AgencyId == agencyId);
        return await people.Select(u => new Recipient(u.Id, u.FullName, u.Email, u.PhoneNumber)).ToListAsync(cancellationToken);
    }

    private sealed record Recipient(Guid Id, string FullName, string? Email, string? PhoneNumber);
}

/// <summary>
/// The scheduled job that sends the PAKN reminders once per <see cref="FeedbackOptions.ReminderInterval"/> (default an hour)
/// across all nodes (ADR-011): a missed slot is made up by the next, the work being derived from state.
/// </summary>
internal sealed class PetitionRemindersJob(IOptions<FeedbackOptions> options) : IScheduledJob
{
    public const string JobName = "feedback.remind";

    public string Name => JobName;

    public TimeSpan Interval => options.Value.ReminderInterval;

    public Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken) =>
        scoped.GetRequiredService<PetitionReminders>().SendAsync(cancellationToken);
}
