namespace MotCua.Modules.Notifications;

/// <summary>How a notification reaches its recipient.</summary>
internal enum NotificationChannel
{
    /// <summary>E-mail through <see cref="IEmailSender"/>; the recipient is an e-mail address.</summary>
    Email,

    /// <summary>Text message through <see cref="ISmsSender"/>; the recipient is a phone number.</summary>
    Sms,
}
