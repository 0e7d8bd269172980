using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Catalog;

public sealed class OpenApiTests : IClassFixture<MotCuaFactory>
{
    private readonly MotCuaFactory _factory;

    public OpenApiTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task Every_api_v1_route_is_described_in_the_OpenAPI_document()
    {
        using var document = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var described = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name.TrimEnd('/')).ToHashSet();

        var routes = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/').TrimEnd('/'))
            .Where(r => r.StartsWith("/api/v1", StringComparison.Ordinal))
            .ToList();

        routes.ShouldNotBeEmpty();
        routes.ShouldAllBe(r => described.Contains(r));
    }
}
