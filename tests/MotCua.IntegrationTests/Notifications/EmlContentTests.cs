using Microsoft.Extensions.Options;
using MotCua.Modules.Notifications;
using MotCua.Modules.Notifications.Senders;
using MotCua.Testing.Notifications;

namespace MotCua.IntegrationTests.Notifications;

/// <summary>The development sender's .eml files, read back as a mail client would; no application host needed.</summary>
public sealed class EmlContentTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "motcua-eml-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Long_Vietnamese_subject_and_body_survive_encoding_whole()
    {
        var subject = string.Concat(Enumerable.Repeat("Thông báo trả kết quả giải quyết thủ tục hành chính — Ủy ban nhân dân xã Đông Hưng; ", 3)).Trim();
        var body = "Kính gửi bà Trần Thị Bình,\r\nKết quả hồ sơ H99.50-261123-0042 đã sẵn sàng: mời bà đến Bộ phận Một cửa nhận trực tiếp.\r\n"
                   + string.Concat(Enumerable.Repeat("Ưu tiên ứng dụng dịch vụ công trực tuyến. ", 40));
        var id = Guid.CreateVersion7();

        await Sender().SendAsync(new OutgoingEmail(id, "binh.tran@example.vn", subject, body), CancellationToken.None);

        var file = Directory.EnumerateFiles(_folder, "*.eml").ShouldHaveSingleItem();
        var mail = EmlFile.Read(file);
        mail.Raw.ShouldAllBe(c => c < 128);
        mail.Raw.Split("\r\n").ShouldAllBe(line => line.Length <= 998);
        mail.Subject.ShouldBe(subject);
        mail.Body.ShouldBe(body);
        mail.Header("Content-Type").ShouldContain("utf-8", Case.Insensitive);
        mail.MessageId.ShouldBe($"<{id:N}@motcua.local>");
    }

    [Fact]
    public async Task A_recipient_that_is_no_address_is_a_permanent_failure()
    {
        await Should.ThrowAsync<PermanentDeliveryException>(() =>
            Sender().SendAsync(new OutgoingEmail(Guid.NewGuid(), "Trần Thị Bình", "Thử", "Thử"), CancellationToken.None));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private PickupFolderEmailSender Sender() => new(Options.Create(new NotificationsOptions
    {
        Email = { PickupFolder = _folder, FromAddress = "khong-tra-loi@motcua.local", FromName = "Bộ phận Một cửa" },
    }), Microsoft.Extensions.Logging.Abstractions.NullLogger<PickupFolderEmailSender>.Instance);
}
