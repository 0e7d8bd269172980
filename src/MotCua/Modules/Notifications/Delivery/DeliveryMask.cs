using System.Text.RegularExpressions;

namespace MotCua.Modules.Notifications.Delivery;

/// <summary>Hides personal data (e-mail addresses, phone and identity numbers) in delivery errors, logs and the admin list.</summary>
internal static partial class DeliveryMask
{
    // NĐ 13/2023/NĐ-CP Điều 2: phone numbers, e-mail addresses and CCCD numbers are personal data; logs keep only a hint.
    public static string Apply(string text) =>
        LongDigitRun().Replace(EmailAddress().Replace(text, m => Email(m.Value)), m => Digits(m.Value));

    /// <summary>A phone number with all but its last 3 digits hidden: <c>0912345678</c> → <c>*******678</c>.</summary>
    public static string Phone(string phone) => phone.Length > 3 ? new string('*', phone.Length - 3) + phone[^3..] : new string('*', phone.Length);

    /// <summary>An e-mail address with the local part reduced to its first letter: <c>an.nguyen@x.vn</c> → <c>a***@x.vn</c>.</summary>
    public static string Email(string address)
    {
        var at = address.LastIndexOf('@');
        return at <= 0 ? new string('*', address.Length) : address[0] + "***" + address[at..];
    }

    /// <summary>The recipient of a channel, masked for display.</summary>
    public static string Recipient(NotificationChannel channel, string recipient) =>
        channel == NotificationChannel.Email ? Email(recipient) : Phone(recipient);

    private static string Digits(string digits) => Phone(digits);

    // 9+ consecutive digits of any script (masking errs on the side of hiding), optionally with a leading "+": CCCD (12), CMND (9), phone numbers (10–11, +84…).
    [GeneratedRegex(@"\+?\p{Nd}{9,}")]
    private static partial Regex LongDigitRun();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();
}
