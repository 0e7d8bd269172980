using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Hosting;
using MotCua.Common.Jobs;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Notifications;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>
/// Nhắc việc for report obligations (ADR-060 addendum): a report not yet sent is told to the agency's leader and control
/// officers <see cref="ObligationsOptions.RemindDaysBefore"/> days before its due day and once more when late, each once.
/// The outbox keeps one message per obligation, reminder and person, and the obligation records the reminder, so runs on
/// several nodes or after a restart never send twice. A reminder changes nothing else.
/// </summary>
internal sealed class ObligationReminders(AppDbContext db, NotificationOutbox outbox, IOptions<ObligationsOptions> options, IOptions<HostingOptions> hosting, TimeProvider clock)
{
    /// <summary>At most this many obligations are looked at per run, earliest due first; the next run goes on.</summary>
    public const int PerRun = 2000;

    /// <summary>
    /// Enqueues the reminders due now and marks the obligations; returns how many messages were enqueued. When another node
    /// stored the same reminders first (unique key), nothing of this run is kept and the next run goes on from what it left.
    /// </summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(clock);
        var daysBefore = options.Value.RemindDaysBefore;
        var horizon = today.AddDays(daysBefore);
        var due = await db.ReportObligations
            .Where(o => o.FirstSubmittedAt == null && o.RemindedLateAt == null && o.DueOn <= horizon)
            .OrderBy(o => o.DueAt)
            .Take(PerRun)
            .ToListAsync(cancellationToken);
        var reminders = due.Select(o => (Obligation: o, Kind: ObligationRules.ReminderDue(o.FirstSubmittedAt, o.DueOn, o.DueAt, today, now, daysBefore)))
            .Where(r => r.Kind is { } kind && !(kind == ObligationReminder.DueSoon && r.Obligation.RemindedSoonAt is not null))
            .Select(r => (r.Obligation, Kind: r.Kind!.Value)).ToList();
        var recipients = await RecipientsAsync([.. reminders.Select(r => r.Obligation.AgencyId).Distinct()], cancellationToken);
        var sent = 0;
        foreach (var (obligation, kind) in reminders)
        {
            var subject = ResourceText.ForRecord<ObligationsText>("Reminder_" + kind + "_Subject", ResourceText.ForRecord<ObligationsText>("Kind_" + obligation.Kind), obligation.Period.Label);
            foreach (var person in recipients[obligation.AgencyId])
            {
                // Reminders are notices of the administration, written in Vietnamese like the report itself.
                var body = ResourceText.ForRecord<ObligationsText>("Reminder_Greeting", person.FullName) + "\n\n"
                    + ResourceText.ForRecord<ObligationsText>("Reminder_" + kind + "_Body",
                        ResourceText.ForRecord<ObligationsText>("Kind_" + obligation.Kind), obligation.Period.Label, obligation.DueOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))
                    + $"\n\n{hosting.Value.PublicBaseUrl.TrimEnd('/')}/reports/obligations/{obligation.Id}";
                var key = $"ReportObligationReminder:{kind}:{obligation.Id:N}:{person.Id:N}";
                var messageKind = kind == ObligationReminder.Late ? MessageKind.OverdueReminder : MessageKind.DueSoonReminder;
                if (!outbox.EnqueueToPerson(person.Email, person.PhoneNumber, subject, body, messageKind, key))
                {
                    continue;
                }

                sent++;
            }

            obligation.MarkReminded(kind, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return sent;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    /// <summary>
    /// The leaders and control officers of each of <paramref name="agencies"/> — who prepare and sign its periodic reports —
    /// read in one statement for the run.
    /// </summary>
    private async Task<ILookup<Guid, Recipient>> RecipientsAsync(List<Guid> agencies, CancellationToken cancellationToken)
    {
        if (agencies.Count == 0)
        {
            return Array.Empty<Recipient>().ToLookup(r => r.AgencyId);
        }

        var directory = OrganizationDirectory.Of(db);
        var people = directory.InRole(Roles.AgencyLeader).Where(u => u.AgencyId != null && agencies.Contains(u.AgencyId.Value))
            .Concat(directory.InRole(Roles.ControlOfficer).Where(u => u.AgencyId != null && agencies.Contains(u.AgencyId.Value)));
        var read = await people.Select(u => new Recipient(u.AgencyId!.Value, u.Id, u.FullName, u.Email, u.PhoneNumber)).ToListAsync(cancellationToken);
        return read.DistinctBy(r => (r.AgencyId, r.Id)).ToLookup(r => r.AgencyId);
    }

    private sealed record Recipient(Guid AgencyId, Guid Id, string FullName, string? Email, string? PhoneNumber);
}

/// <summary>
/// The job that generates each period's obligations from the province's schedule once the period has ended, and sends the
/// reminders, once per <see cref="ObligationsOptions.JobInterval"/> across all nodes (ADR-011; ADR-060 addendum). Both derive
/// their work from state, so a missed slot is made up by the next.
/// </summary>
internal sealed partial class ObligationsJob(IOptions<ObligationsOptions> options, ILogger<ObligationsJob> logger) : IScheduledJob
{
    public const string JobName = "reports.obligations";

    public string Name => JobName;

    public TimeSpan Interval => options.Value.JobInterval;

    public async Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var (added, failures) = await scoped.GetRequiredService<ReportObligations>().GenerateEndedAsync(cancellationToken);
        if (added > 0)
        {
            LogGenerated(logger, added);
        }
        else if (failures.Count > 0)
        {
            // Another node added some of the same obligations meanwhile; the next run finds them there.
            LogDeferred(logger, failures.Count);
        }

        await scoped.GetRequiredService<ObligationReminders>().SendAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report obligations generated after their period ended: {Count}")]
    private static partial void LogGenerated(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report obligations not generated this run ({Count} failures); retried next run")]
    private static partial void LogDeferred(ILogger logger, int count);
}
