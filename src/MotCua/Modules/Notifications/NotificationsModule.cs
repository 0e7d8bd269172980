using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using MotCua.Common.Hosting;
using MotCua.Common.Jobs;
using MotCua.Modules.Notifications.Data;
using MotCua.Modules.Notifications.Delivery;
using MotCua.Modules.Notifications.Senders;

namespace MotCua.Modules.Notifications;

internal static class NotificationsModule
{
    /// <summary>The outbox, its delivery job, and the e-mail and SMS senders chosen by configuration (ADR-011).</summary>
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<NotificationsOptions>().BindConfiguration(NotificationsOptions.Section).ValidateDataAnnotations()
            .RefuseInProduction(o => o.Email.Sender == EmailSenderKind.PickupFolder,
                "Notifications:Email:Sender is PickupFolder in Production: e-mails would be written to files and never delivered; set it to Smtp.")
            .ValidateOnStart();
        services.AddScoped<NotificationOutbox>();
        services.AddScoped<OutboxDelivery>();
        services.AddSingleton<IInterceptor, OutboxDeduplicationInterceptor>();

        services.AddSingleton<PickupFolderEmailSender>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<IOptions<NotificationsOptions>>().Value.Email.Sender == EmailSenderKind.Smtp
            ? sp.GetRequiredService<SmtpEmailSender>()
            : sp.GetRequiredService<PickupFolderEmailSender>());

        // A deployment's gateway adapter, registered after this line, takes precedence (docs/operations.md).
        services.AddSingleton<LoggingSmsSender>();
        services.AddSingleton<ISmsSender>(sp => sp.GetRequiredService<IOptions<NotificationsOptions>>().Value.Sms.Sender == SmsSenderKind.Logging
            ? sp.GetRequiredService<LoggingSmsSender>()
            : throw new InvalidOperationException("Notifications:Sms:Sender is Gateway but no SMS gateway adapter (ISmsSender) is registered."));

        services.AddScheduledJob<OutboxDeliveryJob>();
        return builder;
    }
}
