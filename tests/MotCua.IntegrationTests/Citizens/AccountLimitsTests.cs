using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Citizens;

public sealed class AccountLimitsTests
{
    [Fact]
    public async Task Forms_sent_from_one_address_beyond_the_limit_get_429_while_reading_pages_is_not_counted()
    {
        await using var factory = new LimitedFactory();
        var client = await factory.ClientAsync(null);
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 4; attempt++)
        {
            var form = await client.GetAsync("/account/login");
            form.StatusCode.ShouldBe(HttpStatusCode.OK);
            var post = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "ai-do@example.vn", ["Input.Password"] = "Sai#MatKhau1", ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(await form.Content.ReadAsStringAsync()),
            }));
            statuses.Add(post.StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        var register = await client.SubmitFormAsync("/tai-khoan/dang-ky", new Dictionary<string, string> { ["Input.FullName"] = "A" });
        register.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "registration shares the limit");
        (await register.Content.ReadAsStringAsync()).ShouldBe("Quá nhiều yêu cầu từ thiết bị này. Vui lòng thử lại sau ít phút.");
    }

    [Fact]
    public async Task No_more_codes_than_the_hourly_limit_reach_one_address()
    {
        await using var factory = new MotCuaFactory();
        var client = await factory.ClientAsync(null);

        for (var attempt = 0; attempt < 7; attempt++)
        {
            await client.SubmitFormAsync("/tai-khoan/quen-mat-khau", new Dictionary<string, string> { ["Contact"] = "0912 345 678" });
            await client.StartRegistrationAsync("Người Thử", "spam.target@example.vn");
        }

        await using var scope = factory.CreateDbScope(out var db);
        (await db.OutboxMessages.CountAsync(m => m.Recipient == "spam.target@example.vn")).ShouldBe(5);
        (await db.VerificationCodes.CountAsync(c => c.Contact == "spam.target@example.vn")).ShouldBe(7, "the pages still behave the same");
    }

    private sealed class LimitedFactory : MotCuaFactory
    {
        protected override IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Accounts:FormPostsPer10Minutes"] = "3" };
    }
}
