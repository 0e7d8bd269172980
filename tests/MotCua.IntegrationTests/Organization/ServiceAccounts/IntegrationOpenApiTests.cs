using System.Text.Json;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Organization.ServiceAccounts;

[Collection(SharedHosts.DemoData)]
public sealed class IntegrationOpenApiTests(MotCuaFactory factory)
{
    [Fact]
    public async Task The_OpenAPI_document_declares_the_ApiKey_scheme_and_requires_it_for_whoami_only()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;

        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        scheme.GetProperty("type").GetString().ShouldBe("apiKey");
        scheme.GetProperty("in").GetString().ShouldBe("header");
        scheme.GetProperty("name").GetString().ShouldBe("X-Api-Key");

        var whoami = root.GetProperty("paths").GetProperty("/api/v1/integration/whoami").GetProperty("get");
        whoami.GetProperty("security")[0].TryGetProperty("ApiKey", out _).ShouldBeTrue();
        whoami.GetProperty("responses").TryGetProperty("401", out _).ShouldBeTrue();
        var props = whoami.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        props.ToString().ShouldContain("WhoAmIResponse");

        var publicSearch = root.GetProperty("paths").EnumerateObject().First(p => p.Name.StartsWith("/api/v1/procedures", StringComparison.Ordinal));
        publicSearch.Value.GetProperty("get").TryGetProperty("security", out _).ShouldBeFalse();
    }
}
