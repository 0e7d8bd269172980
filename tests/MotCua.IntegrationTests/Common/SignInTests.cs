using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Common;

[Collection(SharedHosts.DemoData)]
public sealed class SignInTests(MotCuaFactory factory)
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

    [Fact]
    public async Task A_page_the_account_may_not_open_answers_403_saying_so_and_offers_signing_in_with_another_account()
    {
        var specialist = await factory.ClientAsync("chuyenvien");

        var refused = await specialist.GetAsync("/admin");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var denied = await specialist.GetAsync(refused.Headers.Location);

        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var html = WebUtility.HtmlDecode(await denied.Content.ReadAsStringAsync());
        html.ShouldContain("<h1>Không có quyền truy cập</h1>", Case.Sensitive);
        html.ShouldContain("Bạn không có quyền truy cập nội dung này.");
        html.ShouldContain("Tài khoản đang đăng nhập không được giao quyền mở trang này.");
        html.ShouldContain("href=\"/account/login?returnUrl=%2Fadmin\"");
    }

    [Fact]
    public async Task The_403_page_asks_a_visitor_to_sign_in_instead_of_speaking_of_a_signed_in_account()
    {
        var visitor = await factory.ClientAsync(null);

        var html = WebUtility.HtmlDecode(await (await visitor.GetAsync("/error/403")).Content.ReadAsStringAsync());

        html.ShouldContain("<h1>Không có quyền truy cập</h1>", Case.Sensitive);
        html.ShouldContain("Trang này chỉ mở được khi đăng nhập bằng tài khoản được giao quyền.");
        html.ShouldNotContain("Tài khoản đang đăng nhập");
    }

    [Theory]
    [InlineData("motcua", "/dossiers")]
    [InlineData("congdan", "/tai-khoan")]
    public async Task A_copied_sign_in_cookie_stops_working_as_soon_as_its_owner_signs_out(string userName, string privatePage)
    {
        var owner = await factory.ClientAsync(null);
        var signedIn = await owner.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = DemoProvince.DemoPassword,
        });
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        (await copy.GetAsync(privatePage)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var signedOut = await owner.SubmitFormAsync("/", [], postUrl: "/account/logout");

        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var afterwards = await copy.GetAsync(privatePage);
        afterwards.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterwards.Headers.Location!.OriginalString.ShouldContain("/account/login");
    }
}
