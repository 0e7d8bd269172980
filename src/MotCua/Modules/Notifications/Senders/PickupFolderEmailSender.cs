using System.Net.Mail;
using Microsoft.Extensions.Options;
using MotCua.Modules.Notifications.Delivery;

namespace MotCua.Modules.Notifications.Senders;

/// <summary>
/// Development and test sender: writes each e-mail as an RFC 5322 .eml file into <see cref="EmailOptions.PickupFolder"/>
/// (the framework's own MIME writer, the same one SMTP uses); nothing leaves the machine. Open the files with any mail client.
/// </summary>
internal sealed partial class PickupFolderEmailSender(IOptions<NotificationsOptions> options, ILogger<PickupFolderEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var settings = options.Value.Email;
        var folder = Path.GetFullPath(settings.PickupFolder);
        Directory.CreateDirectory(folder);
        using var message = MailMessages.Build(email, settings);
        using var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = folder,
        };
        await client.SendMailAsync(message, cancellationToken);
        LogWritten(DeliveryMask.Email(email.To), folder, DeliveryMask.Apply(email.Body));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail (development sender, not sent) to {Recipient} written to {Folder}: {Body}")]
    private partial void LogWritten(string recipient, string folder, string body);
}
