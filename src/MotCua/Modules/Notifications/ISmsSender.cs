namespace MotCua.Modules.Notifications;

/// <summary>
/// Sends one text message through the deployment's SMS gateway. The product ships only the development
/// <c>LoggingSmsSender</c>; a deployment implements this interface for its provider's API and registers it
/// (<c>Notifications:Sms:Sender = Gateway</c>, see docs/operations.md).
/// </summary>
internal interface ISmsSender
{
    /// <summary>
    /// Hands the message to the gateway or throws; <see cref="PermanentDeliveryException"/> when trying again cannot help
    /// (e.g. the number does not exist). Throwing anything else schedules a retry with back-off.
    /// </summary>
    /// <param name="phoneNumber">The recipient's number as stored, e.g. <c>0912345678</c> or <c>+84912345678</c>.</param>
    /// <param name="text">Plain text; Vietnamese with diacritics.</param>
    Task SendAsync(string phoneNumber, string text, CancellationToken cancellationToken);
}
