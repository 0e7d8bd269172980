using System.Text.RegularExpressions;
using MotCua.Modules.Notifications.Delivery;

namespace MotCua.Modules.Notifications.Senders;

/// <summary>
/// Development and test SMS sender: writes the message to the log with the phone number masked; sends nothing.
/// A deployment replaces it with an adapter for its SMS gateway (<see cref="ISmsSender"/>).
/// </summary>
internal sealed partial class LoggingSmsSender(ILogger<LoggingSmsSender> logger) : ISmsSender
{
    public Task SendAsync(string phoneNumber, string text, CancellationToken cancellationToken)
    {
        if (!PhoneNumber().IsMatch(phoneNumber))
        {
            throw new PermanentDeliveryException("The recipient is not a phone number.");
        }

        LogSms(DeliveryMask.Phone(phoneNumber), DeliveryMask.Apply(text));
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS (development sender, not sent) to {Phone}: {Text}")]
    private partial void LogSms(string phone, string text);

    [GeneratedRegex(@"^\+?[0-9]{9,15}$")]
    private static partial Regex PhoneNumber();
}
