using MotCua.Common.Data;
using MotCua.Modules.Notifications.Data;

namespace MotCua.Modules.Notifications;

/// <summary>
/// The way modules send notifications: <see cref="Enqueue"/> adds the message to the caller's unit of work, so it is
/// saved in the same transaction as the business change that caused it and never sent if that change rolls back.
/// A background job delivers it at least once (ADR-011).
/// </summary>
internal sealed class NotificationOutbox(AppDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Adds <paramref name="message"/> to the current <see cref="AppDbContext"/>; the caller's <c>SaveChangesAsync</c> stores it.
    /// A message whose <see cref="OutgoingMessage.DeduplicationKey"/> is already enqueued here or stored is dropped.
    /// </summary>
    /// <exception cref="ArgumentException">A required field is empty or longer than its column.</exception>
    public void Enqueue(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.DeduplicationKey is { } key
            && db.OutboxMessages.Local.Concat(db.NewRows.OfType<OutboxMessage>()).Any(m => string.Equals(m.DeduplicationKey, key, StringComparison.Ordinal)))
        {
            return;
        }

        // Stored keys are checked when saving (OutboxDeduplicationInterceptor), in one query for all enqueued messages.
        db.AddNew(OutboxMessage.Create(message, clock.GetUtcNow().UtcDateTime));
    }
}
