using System.Net;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Organization;

public sealed class DataProtectionTests
{
    [Fact]
    public async Task Two_nodes_on_one_database_accept_each_others_sign_in_cookie()
    {
        await using var first = new MotCuaFactory();
        var cookie = await AuthCookieAsync(first);
        await using var second = first.CreateSecondNode();
        var elsewhere = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        var response = await elsewhere.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Bùi Thị Lan");
    }

    private static async Task<string> AuthCookieAsync(MotCuaFactory factory)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetAsync("/account/login");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "quantri",
                ["Input.Password"] = Modules.Organization.DemoData.DemoProvince.DemoPassword,
                ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(await form.Content.ReadAsStringAsync()),
            }),
        };
        request.Headers.Add("Cookie", antiforgery);
        var response = await client.SendAsync(request);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("motcua.auth=", StringComparison.Ordinal)).Split(';')[0];
    }
}
