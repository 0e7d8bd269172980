using System.Net;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Common;

public sealed class SignInTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    [Fact]
    public async Task Every_demo_account_can_sign_in_and_sees_its_name()
    {
        foreach (var account in DemoProvince.Accounts)
        {
            var client = await factory.ClientAsync(account.UserName);

            (await client.GetStringAsync("/")).ShouldContain(account.UserName);
        }
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_Vietnamese_message()
    {
        var client = await factory.ClientAsync(null);
        var form = await client.GetStringAsync("/account/login");

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "vanphong",
            ["Input.Password"] = "sai-mat-khau",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task Login_post_without_antiforgery_token_is_rejected()
    {
        var client = await factory.ClientAsync(null);

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "quantri",
            ["Input.Password"] = DemoProvince.DemoPassword,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
