using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Notifications;
using MotCua.Modules.Notifications.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Notifications;

public sealed class OutboxAdminTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    [Fact]
    public async Task Administrator_sees_a_failed_message_masked_and_retries_it_now()
    {
        var reference = "H99.11-" + Guid.NewGuid().ToString("N")[..8];
        await factory.Services.EnqueueAsync(new OutgoingMessage(NotificationChannel.Sms, "0912345", null, "Hồ sơ đã có kết quả.", MessageKind.DossierResultReady, null, reference));
        await factory.Services.DeliverAsync();
        var admin = await factory.ClientAsync("quantri");

        var failed = await admin.GetStringAsync("/admin/notifications?status=Failed");
        var sent = await admin.GetStringAsync("/admin/notifications?status=Sent");

        failed.ShouldContain(reference);
        failed.ShouldContain("****345");
        failed.ShouldNotContain("0912345");
        failed.ShouldContain("Gửi không thành công");
        sent.ShouldNotContain(reference);

        var id = (await factory.Services.MessagesAsync()).Single(m => m.Reference == reference).Id;
        var response = await admin.SubmitFormAsync(
            "/admin/notifications?status=Failed", [], $"/admin/notifications?handler=Retry&id={id}&status=Failed");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var message = (await factory.Services.MessagesAsync()).Single(m => m.Id == id);
        message.Status.ShouldBe(OutboxStatus.Pending);
        message.Attempts.ShouldBe(1);
        (await admin.GetStringAsync(response.Headers.Location!.ToString())).ShouldContain("Đã đưa thông báo vào hàng chờ gửi lại ngay.");
    }

    [Fact]
    public async Task Retry_without_the_antiforgery_token_changes_nothing()
    {
        var reference = "H99.11-" + Guid.NewGuid().ToString("N")[..8];
        await factory.Services.EnqueueAsync(new OutgoingMessage(NotificationChannel.Email, "khong-hop-le", "Thử", "Thử", MessageKind.DossierReceived, null, reference));
        await factory.Services.DeliverAsync();
        var id = (await factory.Services.MessagesAsync()).Single(m => m.Reference == reference).Id;
        var admin = await factory.ClientAsync("quantri");

        using var response = await admin.PostAsync($"/admin/notifications?handler=Retry&id={id}", new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.Services.MessagesAsync()).Single(m => m.Id == id).Status.ShouldBe(OutboxStatus.Failed);
    }

    [Theory]
    [InlineData("motcua")]
    [InlineData("kiemsoat")]
    [InlineData("giamdoc")]
    public async Task Staff_other_than_system_administrators_are_refused(string account)
    {
        var client = await factory.ClientAsync(account);

        using var response = await client.GetAsync("/admin/notifications");

        (response.StatusCode == HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("/account/denied", StringComparison.Ordinal) == true).ShouldBeTrue();
    }

    [Fact]
    public async Task The_list_pages_fifty_messages_at_a_time()
    {
        var batch = "H99.12-" + Guid.NewGuid().ToString("N")[..6];
        await factory.Services.EnqueueAsync([.. Enumerable.Range(1, 60).Select(i => OutboxHost.Email($"nguoi{i}@example.vn", $"{batch}-{i:00}"))]);
        var admin = await factory.ClientAsync("quantri");

        var first = await admin.GetStringAsync("/admin/notifications?status=Pending");
        var second = await admin.GetStringAsync("/admin/notifications?status=Pending&p=2");

        // Each row shows its reference once as a link to the dossier list (">" starts the link's text, not its address).
        CountOf(first, ">" + batch).ShouldBe(50);
        CountOf(second, ">" + batch).ShouldBeGreaterThanOrEqualTo(10);
        first.ShouldContain("aria-current=\"page\">1<");
        second.ShouldContain("aria-current=\"page\">2<");
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.Count(m => m.Reference!.StartsWith(batch)).ShouldBe(60);
    }

    private static int CountOf(string html, string text) => (html.Length - html.Replace(text, "", StringComparison.Ordinal).Length) / text.Length;
}
