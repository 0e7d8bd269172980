using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Web;
using MotCua.Modules.Organization;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Catalog;

[Collection(SharedHosts.DemoData)]
public sealed class OpenApiTests
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

    [Fact]
    public async Task Every_operation_has_an_operation_id()
    {
        using var document = await DocumentAsync();

        var unnamed = Operations(document).Where(o => !o.Operation.TryGetProperty("operationId", out _)).Select(o => o.Name).ToList();

        unnamed.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_protected_operation_declares_401_and_403_and_the_API_key_ones_their_security_scheme()
    {
        using var document = await DocumentAsync();
        var protectedRoutes = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal) || e.RoutePattern.RawText.StartsWith("/open311/v2", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is not null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => (Route: "/" + e.RoutePattern.RawText!.Trim('/'), ApiKey: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.IntegrationApi)))
            .ToList();

        protectedRoutes.ShouldNotBeEmpty();
        foreach (var (route, apiKey) in protectedRoutes)
        {
            foreach (var operation in Operations(document).Where(o => o.Path.TrimEnd('/') == route).Select(o => o.Operation))
            {
                var responses = operation.GetProperty("responses");
                responses.TryGetProperty("401", out _).ShouldBeTrue(route);
                responses.TryGetProperty("403", out _).ShouldBeTrue(route);
                if (apiKey)
                {
                    operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ShouldContain("ApiKey", route);
                }
            }
        }
    }

    [Fact]
    public async Task Properties_that_may_be_null_or_left_out_are_not_marked_required()
    {
        using var document = await DocumentAsync();

        var wronglyRequired = document.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("required", out _) && s.Value.TryGetProperty("properties", out _))
            .SelectMany(s => s.Value.GetProperty("required").EnumerateArray().Select(r => r.GetString()!)
                .Where(r => AllowsNull(s.Value.GetProperty("properties").GetProperty(r))).Select(r => $"{s.Name}.{r}"))
            .ToList();

        wronglyRequired.ShouldBeEmpty();
    }

    [Fact]
    public async Task Operations_that_take_input_declare_the_400_that_refused_input_gets()
    {
        using var document = await DocumentAsync();

        var undeclared = Operations(document)
            .Where(o => o.Operation.TryGetProperty("parameters", out _) || o.Operation.TryGetProperty("requestBody", out _))
            .Where(o => !o.Operation.GetProperty("responses").TryGetProperty("400", out _))
            .Select(o => o.Name).ToList();

        undeclared.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_query_parameter_of_the_API_is_described_from_the_declaration_its_endpoint_reads()
    {
        using var document = await DocumentAsync();
        // An endpoint left out of the document (another content type on a described address) declares nothing there.
        var declared = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal) || e.RoutePattern.RawText.StartsWith("/open311/v2", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (
                Name: $"{m} /{e.RoutePattern.RawText!.Trim('/')}",
                Parameters: e.Metadata.GetOrderedMetadata<ApiParameters>().SelectMany(p => p.Parameters).Select(p => p.Name).ToHashSet())))
            .ToDictionary(e => e.Name, e => e.Parameters);

        var undeclared = Operations(document)
            .SelectMany(o => (o.Operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : Enumerable.Empty<JsonElement>())
                .Where(p => p.GetProperty("in").GetString() == "query")
                .Select(p => (Operation: o.Name.TrimEnd('/'), Parameter: p.GetProperty("name").GetString()!)))
            .Where(p => !declared.GetValueOrDefault(p.Operation, []).Contains(p.Parameter))
            .Select(p => $"{p.Operation} ?{p.Parameter}")
            .ToList();

        undeclared.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/api/v1/calendar/holidays", "year", """{"maximum":2199,"minimum":1900,"type":"integer","format":"int32"}""", true)]
    [InlineData("/api/v1/calendar/lunar", "date", """{"type":"string","description":"From 1900-01-01 to 2199-12-31.","format":"date"}""", true)]
    [InlineData("/api/v1/calendar/due", "unit", """{"enum":["WorkingDays","WorkingHours","CalendarDays","Immediate"],"type":"string"}""", true)]
    [InlineData("/api/v1/dossiers", "status", """{"enum":["Submitted","Received","NotAccepted","Processing","SupplementRequested","AwaitingPayment","Withdrawn","Stopped","Done","Returned"],"type":"string"}""", false)]
    [InlineData("/api/v1/dossiers", "pageSize", """{"maximum":100,"minimum":1,"type":"integer","format":"int32","default":20}""", false)]
    [InlineData("/api/v1/procedures", "online", """{"enum":["None","Partial","Full"],"type":"string"}""", false)]
    [InlineData("/api/v1/catalog/export", "format", """{"enum":["Json","Xlsx"],"type":"string","default":"Json"}""", false)]
    public async Task Query_parameters_are_described_with_their_real_types_limits_and_members(string path, string name, string schema, bool required)
    {
        using var document = await DocumentAsync();

        var parameter = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == name);

        JsonSerializer.Serialize(parameter.GetProperty("schema")).ShouldBe(schema);
        (parameter.TryGetProperty("required", out var r) && r.GetBoolean()).ShouldBe(required);
    }

    [Fact]
    public async Task Dates_booleans_and_instants_are_declared_as_such()
    {
        using var document = await DocumentAsync();
        var paths = document.RootElement.GetProperty("paths");

        var due = Schema(paths, "/api/v1/calendar/due", "start");
        var overdue = Schema(paths, "/api/v1/dossiers", "overdue");
        var from = Schema(paths, "/api/v1/dossiers", "from");

        (due.GetProperty("type").GetString(), due.GetProperty("format").GetString()).ShouldBe(("string", "date-time"));
        overdue.GetProperty("type").GetString().ShouldBe("boolean");
        (from.GetProperty("type").GetString(), from.GetProperty("format").GetString()).ShouldBe(("string", "date"));
        from.GetProperty("description").GetString()!.ShouldContain("2000-01-01");
    }

    [Fact]
    public async Task The_catalogue_import_describes_its_multipart_file()
    {
        using var document = await DocumentAsync();

        var body = document.RootElement.GetProperty("paths").GetProperty("/api/v1/catalog/import").GetProperty("post").GetProperty("requestBody");
        var schema = body.GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");

        schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["file"]);
        schema.GetProperty("properties").GetProperty("file").GetProperty("format").GetString().ShouldBe("binary");
    }

    private static JsonElement Schema(JsonElement paths, string path, string name) =>
        paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");

    private async Task<JsonDocument> DocumentAsync() => JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/openapi/v1.json"));

    private static IEnumerable<(string Name, string Path, JsonElement Operation)> Operations(JsonDocument document) =>
        from path in document.RootElement.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        select ($"{operation.Name.ToUpperInvariant()} {path.Name}", path.Name, operation.Value);

    private static bool AllowsNull(JsonElement schema) =>
        (schema.TryGetProperty("type", out var type) && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => t.GetString() == "null") : type.GetString() == "null"))
        || (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Any(AllowsNull));
}
