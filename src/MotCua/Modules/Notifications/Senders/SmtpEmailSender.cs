using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace MotCua.Modules.Notifications.Senders;

/// <summary>Production sender: hands each e-mail to the configured SMTP relay (<c>Notifications:Email:Smtp*</c>).</summary>
internal sealed class SmtpEmailSender(IOptions<NotificationsOptions> options) : IEmailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var settings = options.Value.Email;
        using var message = MailMessages.Build(email, settings);
        using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort)
        {
            EnableSsl = settings.SmtpEnableSsl,
            Timeout = settings.SmtpTimeoutSeconds * 1000,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            client.Credentials = new NetworkCredential(settings.SmtpUserName, settings.SmtpPassword);
        }

        try
        {
            await client.SendMailAsync(message, cancellationToken);
        }
        catch (SmtpFailedRecipientException ex) when (ex.StatusCode is SmtpStatusCode.MailboxUnavailable or SmtpStatusCode.MailboxNameNotAllowed)
        {
            throw new PermanentDeliveryException("The mail server refused the recipient: " + ex.StatusCode, ex);
        }
    }
}
