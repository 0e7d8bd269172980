using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Common.Production;

/// <summary>A Production host refuses unsafe settings before it touches the database, naming each (ADR-025).</summary>
public sealed class ProductionSettingsTests
{
    [Theory]
    [InlineData("Payments:Gateway", "Payments:Gateway=Simulated")]
    [InlineData("Demo:Seed", "Demo:Seed=true")]
    [InlineData("Database:Provider", "Database:Provider=Sqlite;Database:AllowEmbeddedDatabase=false")]
    [InlineData("DataProtection:CertificateFile", "DataProtection:CertificateFile=")]
    [InlineData("Notifications:Email:Sender", "Notifications:Email:Sender=PickupFolder")]
    [InlineData("Hosting:EnforceHttps", "Hosting:EnforceHttps=false")]
    [InlineData("AuditChain:CurrentKeyId", "AuditChain:CurrentKeyId=")]
    [InlineData("Hosting:PublicBaseUrl", "Hosting:PublicBaseUrl=http://localhost:5080")]
    [InlineData("Hosting:PublicBaseUrl", "Hosting:PublicBaseUrl=http://dichvucong.motcua.example")]
    public void Production_refuses_to_start_with_an_unsafe_setting_and_names_it(string refusedKey, string settings)
    {
        var failures = RefusalsOf(Settings(settings));

        failures.ShouldHaveSingleItem().ShouldStartWith(refusedKey);
    }

    [Fact]
    public void Production_lists_every_unsafe_setting_in_one_refusal()
    {
        var failures = RefusalsOf(Settings(
            "Payments:Gateway=Simulated;Demo:Seed=true;Database:Provider=Sqlite;Database:AllowEmbeddedDatabase=false;DataProtection:CertificateFile=;"
            + "Notifications:Email:Sender=PickupFolder;Hosting:EnforceHttps=false;Hosting:PublicBaseUrl=http://127.0.0.1:5080"));

        failures.Select(f => f.Split(' ')[0]).Order(StringComparer.Ordinal).ShouldBe(
            ["DataProtection:CertificateFile", "Database:Provider", "Demo:Seed", "Hosting:EnforceHttps", "Hosting:PublicBaseUrl", "Notifications:Email:Sender", "Payments:Gateway"]);
    }

    [Fact]
    public async Task Production_with_safe_settings_starts_and_sends_HTTP_to_HTTPS()
    {
        await using var factory = new DeployedFactory(Environments.Production, Settings("https_port=443"));

        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://motcua.example"), AllowAutoRedirect = false });
        var https = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://motcua.example"), AllowAutoRedirect = false });

        var redirected = await http.GetAsync("/health");
        redirected.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        redirected.Headers.Location.ShouldBe(new Uri("https://motcua.example/health"));
        var healthy = await https.GetAsync("/health");
        (await healthy.Content.ReadAsStringAsync()).ShouldBe("Healthy");
        healthy.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");
    }

    [Fact]
    public async Task Production_behind_a_TLS_proxy_may_leave_HTTPS_to_the_proxy()
    {
        await using var factory = new DeployedFactory(Environments.Production, Settings("Hosting:EnforceHttps=false;Hosting:BehindTlsProxy=true"));

        var response = await factory.CreateClient().GetAsync("/health");

        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Simulated_gateway_pages_do_not_exist_outside_Development_and_Testing()
    {
        await using var factory = new DeployedFactory(Environments.Staging);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://motcua.example") });

        var response = await client.GetAsync("/cong-thanh-toan-mo-phong/MC000000");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .ShouldNotContain(e => e.RoutePattern.RawText!.Contains("cong-thanh-toan-mo-phong", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public void Only_test_hosts_hash_passwords_with_fewer_rounds_than_Identity_s_default(string environment)
    {
        using var deployed = new DeployedFactory(environment, Settings("https_port=443"));
        using var testing = new MotCuaFactory();

        deployed.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount.ShouldBe(new PasswordHasherOptions().IterationCount);
        new PasswordHasherOptions().IterationCount.ShouldBeGreaterThanOrEqualTo(100_000);
        testing.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount.ShouldBe(MotCuaFactory.PasswordHashIterations);
    }

    /// <summary>Starts a Production host with <paramref name="overrides"/> and returns the refused settings' messages.</summary>
    private static IReadOnlyList<string> RefusalsOf(IReadOnlyDictionary<string, string?> overrides)
    {
        using var factory = new DeployedFactory(Environments.Production, overrides);

        var refused = Should.Throw<Exception>(() => factory.CreateClient());

        var validations = refused is AggregateException all ? all.InnerExceptions : [refused];
        return [.. validations.Select(e => e.ShouldBeOfType<OptionsValidationException>()).SelectMany(e => e.Failures)];
    }

    private static Dictionary<string, string?> Settings(string pairs) =>
        pairs.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => (string?)p[1]);
}
