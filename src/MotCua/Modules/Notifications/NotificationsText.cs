namespace MotCua.Modules.Notifications;

/// <summary>Marker for the Notifications module's strings (NotificationsText.resx, NotificationsText.en.resx).</summary>
internal sealed class NotificationsText;
