using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Jobs;
using MotCua.Modules.Notifications.Data;

namespace MotCua.Modules.Notifications.Delivery;

/// <summary>
/// Sends due outbox messages. Each batch is claimed with a lease (one conditional UPDATE, then reading back the rows
/// carrying this claim's token), so nodes running at the same time never take the same message. A node that stops
/// between sending and recording leaves the lease to expire and the message is sent again: at least once (ADR-011).
/// </summary>
internal sealed partial class OutboxDelivery(
    AppDbContext db,
    TimeProvider clock,
    IServiceProvider services,
    IOptions<NotificationsOptions> options,
    IOptions<JobsOptions> jobs,
    ILogger<OutboxDelivery> logger)
{
    // A run stops after this many batches even if more keep arriving; the next slot goes on.
    private const int MaxBatchesPerRun = 100;

    private DeliveryOptions Settings => options.Value.Delivery;

    /// <summary>Claims and sends due messages batch by batch until none is due; returns how many were tried.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var tried = 0;
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            var (token, claimed, anyDue) = await ClaimAsync(cancellationToken);
            if (!anyDue)
            {
                break;
            }

            foreach (var message in claimed)
            {
                await DeliverAsync(message, token, cancellationToken);
                tried++;
            }
        }

        return tried;
    }

    /// <summary>Takes a lease on up to one batch of due messages; anyDue is false when nothing was due.</summary>
    public async Task<(string Token, IReadOnlyList<OutboxMessage> Claimed, bool AnyDue)> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var node = jobs.Value.NodeName;
        var token = (node.Length > 60 ? node[..60] : node) + ":" + Guid.NewGuid().ToString("N");
        var candidates = await db.OutboxMessages.AsNoTracking().Where(IsDue(now))
            .OrderBy(m => m.NextAttemptAt).Take(Settings.BatchSize).Select(m => m.Id).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return (token, [], false);
        }

        var leaseEnd = now + Settings.LeaseDuration;
        // The due condition is repeated in the UPDATE: a row another node leased meanwhile no longer matches and stays theirs.
        await db.OutboxMessages.Where(m => candidates.Contains(m.Id)).Where(IsDue(now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, leaseEnd).SetProperty(m => m.LockedBy, token), cancellationToken);
        var claimed = await db.OutboxMessages.AsNoTracking().Where(m => m.LockedBy == token).OrderBy(m => m.NextAttemptAt).ToListAsync(cancellationToken);
        return (token, claimed, true);
    }

    private static Expression<Func<OutboxMessage, bool>> IsDue(DateTime now) =>
        m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil <= now);

    private async Task DeliverAsync(OutboxMessage message, string token, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        try
        {
            await SendAsync(message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the lease expires and another run sends the message again.
            throw;
        }
        catch (PermanentDeliveryException ex)
        {
            LogFailed(message.Id, message.Kind, DeliveryMask.Recipient(message.Channel, message.Recipient), attempts, ex.Message);
            await RecordAsync(message.Id, token, OutboxStatus.Failed, attempts, message.NextAttemptAt, ErrorText(ex));
            return;
        }
        catch (Exception ex)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var givesUp = attempts >= Settings.MaxAttempts;
            var next = givesUp ? message.NextAttemptAt : now + RetrySchedule.DelayAfter(attempts, Settings.FirstRetryDelay, Settings.MaxRetryDelay, Random.Shared.NextDouble());
            LogRetry(message.Id, message.Kind, DeliveryMask.Recipient(message.Channel, message.Recipient), attempts, givesUp, DeliveryMask.Apply(ex.Message));
            await RecordAsync(message.Id, token, givesUp ? OutboxStatus.Failed : OutboxStatus.Pending, attempts, next, ErrorText(ex));
            return;
        }

        var sentAt = clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.LockedBy == token)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Sent)
                    .SetProperty(m => m.SentAt, sentAt)
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null),
                CancellationToken.None);
    }

    private Task SendAsync(OutboxMessage message, CancellationToken cancellationToken) => message.Channel switch
    {
        NotificationChannel.Email => services.GetRequiredService<IEmailSender>()
            .SendAsync(new OutgoingEmail(message.Id, message.Recipient, message.Subject ?? "", message.Body), cancellationToken),
        NotificationChannel.Sms => (services.GetService<ISmsSender>()
                ?? throw new InvalidOperationException("No SMS sender is registered (Notifications:Sms:Sender = Gateway needs the deployment's ISmsSender)."))
            .SendAsync(message.Recipient, message.Body, cancellationToken),
        _ => throw new PermanentDeliveryException("Unknown channel " + message.Channel),
    };

    // Recording is not cancelled with the run: a send that happened should be recorded if at all possible.
    private Task RecordAsync(Guid id, string token, OutboxStatus status, int attempts, DateTime nextAttemptAt, string error) =>
        db.OutboxMessages.Where(m => m.Id == id && m.LockedBy == token)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, status)
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null),
                CancellationToken.None);

    private static string ErrorText(Exception ex)
    {
        var text = DeliveryMask.Apply(ex.GetType().Name + ": " + ex.Message);
        return text.Length > OutboxMessage.ErrorLength ? text[..OutboxMessage.ErrorLength] : text;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Id} ({Kind}) to {Recipient} failed for good after {Attempts} attempts: {Error}")]
    private partial void LogFailed(Guid id, string kind, string recipient, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Id} ({Kind}) to {Recipient}: attempt {Attempts} failed (given up: {GivesUp}): {Error}")]
    private partial void LogRetry(Guid id, string kind, string recipient, int attempts, bool givesUp, string error);
}
