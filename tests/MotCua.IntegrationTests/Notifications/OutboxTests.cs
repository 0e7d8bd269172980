using System.Net.Mail;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Notifications;
using MotCua.Modules.Notifications.Data;

namespace MotCua.IntegrationTests.Notifications;

/// <summary>The outbox of one host shared by the tests, each starting from an empty outbox and mail folder at <see cref="OutboxFactory.Start"/>.</summary>
public sealed class OutboxTests(OutboxFactory factory) : IClassFixture<OutboxFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Message_enqueued_in_a_transaction_that_rolls_back_is_never_stored_or_sent()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<NotificationOutbox>().Enqueue(OutboxHost.Email("an@example.vn", "H99.10-261123-0001"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Enqueued but never saved: the unit of work was abandoned.
            scope.ServiceProvider.GetRequiredService<NotificationOutbox>().Enqueue(OutboxHost.Email("an@example.vn", "H99.10-261123-0002"));
        }

        (await factory.Services.MessagesAsync()).ShouldBeEmpty();
        (await factory.Services.DeliverAsync()).ShouldBe(0);
        factory.Mail().ShouldBeEmpty();
    }

    [Fact]
    public async Task Message_is_saved_with_the_unit_of_work_that_enqueued_it()
    {
        await factory.Services.EnqueueAsync(OutboxHost.Email("an@example.vn", "H99.10-261123-0003"));

        var message = (await factory.Services.MessagesAsync()).ShouldHaveSingleItem();
        message.Status.ShouldBe(OutboxStatus.Pending);
        message.Reference.ShouldBe("H99.10-261123-0003");
        message.Attempts.ShouldBe(0);
        message.NextAttemptAt.ShouldBe(OutboxFactory.Start.UtcDateTime);
    }

    [Fact]
    public async Task Same_deduplication_key_is_stored_once_and_does_not_break_the_save_it_comes_with()
    {
        var reminder = OutboxHost.Email("lanhdao@example.vn", "H99.10-261123-0004", key: "DueSoon:H99.10-261123-0004:2026-11-23");

        await factory.Services.EnqueueAsync(reminder, reminder);
        await factory.Services.EnqueueAsync(reminder, OutboxHost.Email("an@example.vn", "H99.10-261123-0005"));

        var messages = await factory.Services.MessagesAsync();
        messages.Count.ShouldBe(2);
        messages.Count(m => m.DeduplicationKey == reminder.DeduplicationKey).ShouldBe(1);
        messages.ShouldContain(m => m.Reference == "H99.10-261123-0005");
    }

    [Fact]
    public async Task Delivery_marks_messages_sent_writes_a_readable_eml_and_logs_sms()
    {
        await factory.Services.EnqueueAsync(
            new OutgoingMessage(NotificationChannel.Email, "nguyen.van.an@example.vn", "Yêu cầu bổ sung hồ sơ H99.10-261123-0006 — Sở Nội vụ tỉnh Sông Hồng",
                "Kính gửi ông Nguyễn Văn Ân,\nĐề nghị bổ sung bản sao Giấy chứng nhận đăng ký hộ kinh doanh.\nTrân trọng.", MessageKind.DossierSupplementRequested, null, "H99.10-261123-0006"),
            new OutgoingMessage(NotificationChannel.Sms, "0912345678", null, "Ho so H99.10-261123-0006 can bo sung.", MessageKind.DossierSupplementRequested, null, "H99.10-261123-0006"));
        factory.Clock.Advance(TimeSpan.FromSeconds(3));

        (await factory.Services.DeliverAsync()).ShouldBe(2);

        var messages = await factory.Services.MessagesAsync();
        messages.ShouldAllBe(m => m.Status == OutboxStatus.Sent && m.Attempts == 1 && m.LockedUntil == null);
        messages.ShouldAllBe(m => m.SentAt == OutboxFactory.Start.UtcDateTime.AddSeconds(3));
        var mail = factory.Mail().ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Yêu cầu bổ sung hồ sơ H99.10-261123-0006 — Sở Nội vụ tỉnh Sông Hồng");
        mail.Body.ShouldBe("Kính gửi ông Nguyễn Văn Ân,\r\nĐề nghị bổ sung bản sao Giấy chứng nhận đăng ký hộ kinh doanh.\r\nTrân trọng.");
        new MailAddress(mail.To).Address.ShouldBe("nguyen.van.an@example.vn");
        mail.From.ShouldContain("khong-tra-loi@motcua.local");
        mail.From.ShouldContain("Bộ phận Một cửa");
        mail.MessageId.ShouldBe($"<{messages.Single(m => m.Channel == NotificationChannel.Email).Id:N}@motcua.local>");
        (await factory.Services.DeliverAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_recipient_that_is_no_address_fails_at_once_without_retries()
    {
        await factory.Services.EnqueueAsync(
            OutboxHost.Email("không phải địa chỉ", "H99.10-261123-0007"),
            new OutgoingMessage(NotificationChannel.Sms, "09-abc", null, "Thử", MessageKind.DossierReceived));

        await factory.Services.DeliverAsync();

        var messages = await factory.Services.MessagesAsync();
        messages.ShouldAllBe(m => m.Status == OutboxStatus.Failed && m.Attempts == 1);
        messages.ShouldAllBe(m => m.LastError!.StartsWith("PermanentDeliveryException", StringComparison.Ordinal));
        factory.Mail().ShouldBeEmpty();
    }
}
