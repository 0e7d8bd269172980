namespace MotCua.Modules.Notifications;

/// <summary>
/// Sends one e-mail. Configuration picks the implementation (<c>Notifications:Email:Sender</c>): SMTP in production,
/// a pickup folder of .eml files in development and tests.
/// </summary>
internal interface IEmailSender
{
    /// <summary>Sends the e-mail or throws; <see cref="PermanentDeliveryException"/> when trying again cannot help.</summary>
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}

/// <summary>An e-mail ready to send; <paramref name="MessageId"/> stays the same across retries of one outbox message.</summary>
internal sealed record OutgoingEmail(Guid MessageId, string To, string Subject, string Body);
