using MotCua.Modules.Notifications;
using MotCua.Modules.Notifications.Delivery;

namespace MotCua.UnitTests.Notifications;

public sealed class DeliveryMaskTests
{
    [Theory]
    [InlineData("0912345678", "*******678")]
    [InlineData("+84912345678", "*********678")]
    [InlineData("12", "**")]
    public void Phone_numbers_keep_only_their_last_three_digits(string phone, string masked)
    {
        DeliveryMask.Phone(phone).ShouldBe(masked);
    }

    [Fact]
    public void Email_addresses_keep_the_first_letter_and_the_domain()
    {
        DeliveryMask.Email("nguyen.van.an@hanoi.gov.vn").ShouldBe("n***@hanoi.gov.vn");
        DeliveryMask.Recipient(NotificationChannel.Email, "an@x.vn").ShouldBe("a***@x.vn");
        DeliveryMask.Recipient(NotificationChannel.Sms, "0987654321").ShouldBe("*******321");
    }

    [Fact]
    public void Error_text_hides_addresses_phone_and_identity_numbers()
    {
        var text = DeliveryMask.Apply("550 5.1.1 <tran.thi.binh@gmail.com>: user unknown; phone 0912345678, CCCD 001203004567");

        text.ShouldNotContain("tran.thi.binh");
        text.ShouldNotContain("0912345678");
        text.ShouldNotContain("001203004567");
        text.ShouldContain("t***@gmail.com");
        text.ShouldContain("*******678");
        text.ShouldContain("*********567");
        text.ShouldContain("550 5.1.1");
    }
}
