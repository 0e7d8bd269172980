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
    /// <summary>
    /// Enqueues a notice to one person by e-mail, or by SMS (the subject as its text) when they have no e-mail address;
    /// returns false, enqueuing nothing, when they have neither.
    /// </summary>
    public bool EnqueueToPerson(string? email, string? phone, string subject, string body, MessageKind kind, string key, string? reference = null)
    {
        if (email is { Length: > 0 })
        {
            Enqueue(new OutgoingMessage(NotificationChannel.Email, email, subject, body, kind, key, reference));
            return true;
        }

        if (phone is { Length: > 0 })
        {
            Enqueue(new OutgoingMessage(NotificationChannel.Sms, phone, null, subject, kind, key, reference));
            return true;
        }

        return false;
    }
}
