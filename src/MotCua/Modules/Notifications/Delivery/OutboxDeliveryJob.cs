using Microsoft.Extensions.Options;
using MotCua.Common.Jobs;

namespace MotCua.Modules.Notifications.Delivery;

/// <summary>The scheduled job that empties the outbox every <see cref="DeliveryOptions.Interval"/> (ADR-011).</summary>
internal sealed class OutboxDeliveryJob(IOptions<NotificationsOptions> options) : IScheduledJob
{
    public const string JobName = "notifications.delivery";

    public string Name => JobName;

    public TimeSpan Interval => options.Value.Delivery.Interval;

    public Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken) =>
        scoped.GetRequiredService<OutboxDelivery>().DeliverDueAsync(cancellationToken);
}
