using System.Net;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Common;

[Collection(SharedHosts.DemoData)]
public sealed class HostTests
{
    private readonly MotCuaFactory _factory;

    public HostTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task Home_page_is_Vietnamese_by_default_and_English_on_request()
    {
        var client = _factory.CreateClient();

        var vietnamese = await client.GetStringAsync("/");
        var english = await client.GetStringAsync("/?culture=en");

        vietnamese.ShouldContain("<html lang=\"vi\">");
        vietnamese.ShouldContain("Tra cứu và thực hiện thủ tục hành chính");
        english.ShouldContain("<html lang=\"en\">");
        english.ShouldContain("Find and carry out administrative procedures");
    }

    [Fact]
    public async Task Health_and_OpenAPI_answer_on_the_configured_database()
    {
        var client = _factory.CreateClient();

        (await client.GetStringAsync("/health")).ShouldBe("Healthy");
        var openApi = await client.GetAsync("/openapi/v1.json");
        openApi.StatusCode.ShouldBe(HttpStatusCode.OK);
        openApi.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
    }

    [Fact]
    public async Task Unknown_page_gets_a_Vietnamese_404_page_not_a_blank_error()
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync("/khong-ton-tai");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Không tìm thấy trang hoặc dữ liệu được yêu cầu.");
    }

    [Fact]
    public async Task Pages_send_security_headers()
    {
        var response = await _factory.CreateClient().GetAsync("/");

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
    }

    [Fact]
    public async Task Unknown_API_route_answers_ProblemDetails_not_the_HTML_error_page()
    {
        var response = await _factory.CreateClient().GetAsync("/api/v1/khong-ton-tai");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\t/evil.example")]
    public async Task The_language_switch_ignores_a_return_address_outside_the_site_and_goes_home(string returnUrl)
    {
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture/en?returnUrl=" + Uri.EscapeDataString(returnUrl));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task The_language_switch_returns_to_a_page_of_the_site()
    {
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture/en?returnUrl=" + Uri.EscapeDataString("/procedures?q=a"));

        response.Headers.Location!.OriginalString.ShouldBe("/procedures?q=a");
    }
}
