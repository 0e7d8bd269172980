using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Citizens;

public sealed class PasswordResetTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const string NewPassword = "MatKhauMoi#2026";

    [Fact]
    public async Task The_owner_of_the_address_resets_the_password_and_the_lockout_ends()
    {
        (await factory.RegisterCitizenAsync("Bùi Quang Long", "long.bui@example.vn")).Dispose();
        var client = await factory.ClientAsync(null);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.UserName"] = "long.bui@example.vn", ["Input.Password"] = "Sai#MatKhau1" });
        }

        var resetUrl = await AskForCodeAsync(client, "Long.Bui@example.vn");
        var code = await factory.LatestCodeAsync("long.bui@example.vn");
        code.ShouldNotBeNull();

        var reset = await client.SubmitFormAsync(resetUrl, new Dictionary<string, string> { ["Code"] = code, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        reset.Headers.Location!.OriginalString.ShouldBe("/account/login?da-dat-lai=true");
        (await client.GetStringAsync("/account/login?da-dat-lai=true")).ShouldContain("Mật khẩu đã được đặt lại");
        await client.SignInAsync("long.bui@example.vn", NewPassword);
        var old = await factory.ClientAsync(null);
        var refused = await old.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.UserName"] = "long.bui@example.vn", ["Input.Password"] = CitizenAccounts.Password });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK, "the old password no longer works");
    }

    [Fact]
    public async Task An_address_without_an_account_gets_the_same_pages_and_no_message()
    {
        var client = await factory.ClientAsync(null);
        await using var before = factory.CreateDbScope(out var db0);
        var messages = await db0.OutboxMessages.CountAsync();

        var resetUrl = await AskForCodeAsync(client, "khong-ai-co@example.vn");

        resetUrl.ShouldStartWith("/tai-khoan/dat-lai-mat-khau/");
        (await client.GetStringAsync(resetUrl)).ShouldContain("Nếu k***@example.vn thuộc một tài khoản, chúng tôi đã gửi mã đến đó.");
        var answer = await client.SubmitFormAsync(resetUrl, new Dictionary<string, string> { ["Code"] = "123456", ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        (await answer.Content.ReadAsStringAsync()).ShouldContain("Mã xác thực không đúng");
        await using var after = factory.CreateDbScope(out var db);
        (await db.OutboxMessages.CountAsync()).ShouldBe(messages);
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_without_using_up_the_code()
    {
        (await factory.RegisterCitizenAsync("Đinh Thị Mai", "0977000111")).Dispose();
        var client = await factory.ClientAsync(null);
        var resetUrl = await AskForCodeAsync(client, "0977 000 111");
        var code = (await factory.LatestCodeAsync("0977000111"))!;

        var weak = await client.SubmitFormAsync(resetUrl, new Dictionary<string, string> { ["Code"] = code, ["Password"] = "abc", ["ConfirmPassword"] = "abc" });
        (await weak.Content.ReadAsStringAsync()).ShouldContain("ít nhất 10");

        var strong = await client.SubmitFormAsync(resetUrl, new Dictionary<string, string> { ["Code"] = code, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        strong.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_code_expires_after_its_lifetime()
    {
        (await factory.RegisterCitizenAsync("Tạ Văn Nam", "nam.ta@example.vn")).Dispose();
        var client = await factory.ClientAsync(null);
        var resetUrl = await AskForCodeAsync(client, "nam.ta@example.vn");
        var code = (await factory.LatestCodeAsync("nam.ta@example.vn"))!;
        var form = await client.GetStringAsync(resetUrl);

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var late = await client.PostAsync(resetUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword, ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
        }));

        (await late.Content.ReadAsStringAsync()).ShouldContain("Mã không còn hiệu lực");
        var refused = await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.UserName"] = "nam.ta@example.vn", ["Input.Password"] = NewPassword });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK, "the password did not change");
    }

    private static async Task<string> AskForCodeAsync(HttpClient client, string contact)
    {
        var response = await client.SubmitFormAsync("/tai-khoan/quen-mat-khau", new Dictionary<string, string> { ["Contact"] = contact });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.Location!.OriginalString;
    }
}
