namespace MotCua.Modules.Notifications;

/// <summary>A notification to be stored in the outbox and delivered at least once (ADR-011).</summary>
/// <param name="Channel">E-mail or SMS.</param>
/// <param name="Recipient">An e-mail address or a phone number (at most 320 characters).</param>
/// <param name="Subject">The e-mail subject (at most 300 characters); ignored for SMS.</param>
/// <param name="Body">Plain text.</param>
/// <param name="Kind">What the notification is about.</param>
/// <param name="DeduplicationKey">
/// When set, the outbox keeps at most one message with this key, so enqueuing the same reminder twice stores it once
/// (at most 200 characters), e.g. <c>DueSoon:{dossierId}:{userId}:{date}</c>.
/// </param>
/// <param name="Reference">What the message refers to, shown to administrators, e.g. a dossier code (at most 50 characters).</param>
internal sealed record OutgoingMessage(
    NotificationChannel Channel,
    string Recipient,
    string? Subject,
    string Body,
    MessageKind Kind,
    string? DeduplicationKey = null,
    string? Reference = null);
