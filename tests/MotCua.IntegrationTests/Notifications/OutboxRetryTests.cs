using System.Net.Mail;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Notifications;
using MotCua.Modules.Notifications.Data;

namespace MotCua.IntegrationTests.Notifications;

public sealed class OutboxRetryTests
{
    [Fact]
    public async Task Failing_sender_is_retried_with_growing_delays_then_the_message_fails()
    {
        await using var factory = new OutboxFactory();
        var sender = new BrokenMailServer();
        var node = factory.Node(
            new Dictionary<string, string?> { ["Notifications:Delivery:MaxAttempts"] = "4" },
            s => s.AddSingleton<IEmailSender>(sender));
        await node.Services.EnqueueAsync(OutboxHost.Email("tran.thi.binh@example.vn", "H99.10-261123-0010"));

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await node.Services.DeliverAsync()).ShouldBe(1);
            var message = (await node.Services.MessagesAsync()).Single();
            message.Attempts.ShouldBe(attempt);
            message.LastError.ShouldNotBeNull();
            message.LastError.ShouldNotContain("tran.thi.binh");
            message.LastError.ShouldContain("t***@example.vn");
            if (attempt < 4)
            {
                message.Status.ShouldBe(OutboxStatus.Pending);
                var now = factory.Clock.GetUtcNow().UtcDateTime;
                delays.Add(message.NextAttemptAt - now);
                (await node.Services.DeliverAsync()).ShouldBe(0);
                factory.Clock.Advance(message.NextAttemptAt - now);
            }
            else
            {
                message.Status.ShouldBe(OutboxStatus.Failed);
            }
        }

        delays.ShouldBe(delays.Order());
        delays[0].ShouldBeInRange(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(36));
        delays[2].ShouldBeInRange(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2.4));
        factory.Clock.Advance(TimeSpan.FromDays(1));
        (await node.Services.DeliverAsync()).ShouldBe(0);
        sender.Calls.ShouldBe(4);
    }

    [Fact]
    public async Task Messages_pending_when_a_host_stops_are_delivered_by_the_next_host_on_its_own()
    {
        await using var factory = new OutboxFactory();
        await using (var first = factory.Node())
        {
            await first.Services.EnqueueAsync([.. Enumerable.Range(1, 5).Select(i => OutboxHost.Email($"nguoi{i}@example.vn", $"H99.10-261123-{i:0000}"))]);
        }

        await using var restarted = factory.Node(new Dictionary<string, string?> { ["Jobs:Enabled"] = "true", ["Jobs:TickInterval"] = "00:00:00.100" });
        restarted.CreateClient().Dispose();

        // The e-mail file is written before the row is marked sent, so wait for both.
        // A real-time wait for the job runner, not a date the host compares.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((factory.Mail().Count < 5 || (await restarted.Services.MessagesAsync()).Any(m => m.Status != OutboxStatus.Sent))
            && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
        }

        factory.Mail().Select(m => m.To).Order().ShouldBe(Enumerable.Range(1, 5).Select(i => $"nguoi{i}@example.vn"));
        (await restarted.Services.MessagesAsync()).ShouldAllBe(m => m.Status == OutboxStatus.Sent);
    }

    [Fact]
    public async Task Messages_claimed_by_a_node_that_died_are_sent_by_another_once_the_lease_expires()
    {
        await using var factory = new OutboxFactory();
        var survivor = factory.Node();
        await factory.Services.EnqueueAsync([.. Enumerable.Range(1, 3).Select(i => OutboxHost.Email($"nguoi{i}@example.vn", $"H99.10-261123-{i:0000}"))]);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var (_, claimed, _) = await scope.ServiceProvider.GetRequiredService<MotCua.Modules.Notifications.Delivery.OutboxDelivery>().ClaimAsync(CancellationToken.None);
            claimed.Count.ShouldBe(3);
        }

        (await survivor.Services.DeliverAsync()).ShouldBe(0);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        (await survivor.Services.DeliverAsync()).ShouldBe(3);

        factory.Mail().Count.ShouldBe(3);
        (await survivor.Services.MessagesAsync()).ShouldAllBe(m => m.Status == OutboxStatus.Sent);
    }

    private sealed class BrokenMailServer : IEmailSender
    {
        private int _calls;

        public int Calls => _calls;

        public Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            throw new SmtpException($"451 4.3.0 Temporary failure for <{email.To}>");
        }
    }
}
