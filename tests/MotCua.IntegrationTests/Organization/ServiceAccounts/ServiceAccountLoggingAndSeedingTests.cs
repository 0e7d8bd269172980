using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Organization.ServiceAccounts;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Organization.ServiceAccounts;

public sealed class ServiceAccountLoggingAndSeedingTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    [Fact]
    public async Task A_refused_key_is_logged_as_a_warning_with_its_public_id_and_never_its_secret()
    {
        var logs = new CollectingLogger();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        var key = await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs);
        var wrongSecret = key[..16] + ApiKey.Generate().Value[16..];
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, wrongSecret);

        (await client.GetAsync("/api/v1/integration/whoami")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var warnings = logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Category.Contains(nameof(ApiKeyHandler), StringComparison.Ordinal)).ToList();
        warnings.ShouldHaveSingleItem().Message.ShouldContain(key[..16] + "…");
        var secrets = new[] { wrongSecret[16..], key[16..] };
        logs.Entries.Where(e => secrets.Any(e.Message.Contains)).ShouldBeEmpty();
    }

    [Fact]
    public async Task In_development_the_demo_data_gives_each_active_demo_agency_a_key_written_once_to_the_log()
    {
        await ClearAsync();
        var logs = new CollectingLogger();

        await SeedAsync(Environments.Development, logs);
        await SeedAsync(Environments.Development, logs);

        await using var scope = factory.CreateDbScope(out var db);
        var seeded = await db.ServiceAccounts.AsNoTracking().Include(s => s.Agency).ToListAsync();
        seeded.Select(s => s.Agency!.Code).Order().ShouldBe(DemoProvince.Agencies.Where(a => a.IsActive).Select(a => a.Code).Order());
        seeded.ShouldAllBe(s => s.CreatedBy == ServiceAccountSeeder.CreatedBy);
        ServiceAccountSeeder.CreatedBy.ShouldBe(DemoProvince.DataEntry, "the administration page shows who created a key: a label, never an internal word");
        var printed = logs.Entries.Select(e => e.Message).Where(m => m.Contains("mc_", StringComparison.Ordinal)).ToList();
        printed.Count.ShouldBe(seeded.Count);
        var homeAffairsKey = printed.Single(m => m.Contains(DemoProvince.HomeAffairs + ":", StringComparison.Ordinal)).Split(' ').Single(w => w.StartsWith("mc_", StringComparison.Ordinal));
        var whoami = await factory.ApiKeyClient(homeAffairsKey).GetAsync("/api/v1/integration/whoami");
        whoami.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public async Task Outside_development_the_demo_data_creates_no_key_and_prints_none(string environment)
    {
        await ClearAsync();
        var logs = new CollectingLogger();

        await SeedAsync(environment, logs);

        await using var scope = factory.CreateDbScope(out var db);
        (await db.ServiceAccounts.AnyAsync()).ShouldBeFalse();
        logs.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_test_host_itself_seeds_no_service_account()
    {
        await using var fresh = new MotCuaFactory();
        await using var scope = fresh.CreateDbScope(out var db);

        (await db.ServiceAccounts.AnyAsync()).ShouldBeFalse();
    }

    private async Task SeedAsync(string environment, CollectingLogger logs)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var seeder = new ServiceAccountSeeder(
            new HostingEnvironment { EnvironmentName = environment },
            scope.ServiceProvider.GetRequiredService<TimeProvider>(),
            new Logger<ServiceAccountSeeder>(new LoggerFactory([logs])));
        await seeder.SeedAsync(db, CancellationToken.None);
    }

    private async Task ClearAsync()
    {
        await using var scope = factory.CreateDbScope(out var db);
        await db.ServiceAccounts.ExecuteDeleteAsync();
    }
}
