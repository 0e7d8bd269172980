using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace MotCua.Modules.Notifications.Senders;

/// <summary>Builds the MIME message both e-mail senders hand to <see cref="SmtpClient"/>: UTF-8 throughout for Vietnamese.</summary>
internal static class MailMessages
{
    public static MailMessage Build(OutgoingEmail email, EmailOptions options)
    {
        if (!MailAddress.TryCreate(email.To, out var to))
        {
            throw new PermanentDeliveryException("The recipient is not an e-mail address.");
        }

        var from = new MailAddress(options.FromAddress, options.FromName, Encoding.UTF8);
        var message = new MailMessage
        {
            From = from,
            Subject = email.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            // MIME text is canonical with CRLF line ends, also inside base64 (RFC 2045 §6.8).
            Body = email.Body.ReplaceLineEndings("\r\n"),
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
            IsBodyHtml = false,
        };
        message.To.Add(to);
        // The same Message-ID on every retry lets a receiving system recognise a resend after a crash (at least once, ADR-011).
        message.Headers.Add("Message-ID", $"<{email.MessageId:N}@{from.Host}>");
        return message;
    }
}
