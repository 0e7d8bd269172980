using MotCua.Modules.Notifications.Data;

namespace MotCua.IntegrationTests.Notifications;

public sealed class TwoNodeDeliveryTests
{
    [Fact]
    public async Task Two_nodes_delivering_at_once_send_each_of_200_messages_exactly_once()
    {
        await using var factory = new OutboxFactory();
        var second = factory.Node();
        await factory.Services.EnqueueAsync([.. Enumerable.Range(1, 200).Select(i => OutboxHost.Email($"nguoi{i}@example.vn", $"H99.10-261123-{i:0000}"))]);

        var counts = await Task.WhenAll(
            Task.Run(() => factory.Services.DeliverAsync()),
            Task.Run(() => second.Services.DeliverAsync()));

        counts.Sum().ShouldBe(200);
        var mail = factory.Mail();
        mail.Count.ShouldBe(200);
        mail.Select(m => m.MessageId).Distinct().Count().ShouldBe(200);
        mail.Select(m => m.To).Distinct().Count().ShouldBe(200);
        var messages = await factory.Services.MessagesAsync();
        messages.ShouldAllBe(m => m.Status == OutboxStatus.Sent && m.Attempts == 1);
    }
}
