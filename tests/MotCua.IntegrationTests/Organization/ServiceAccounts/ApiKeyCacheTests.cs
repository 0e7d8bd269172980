using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Organization.ServiceAccounts;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Organization.ServiceAccounts;

/// <summary>Service accounts kept in a node's memory for a few seconds (ADR-012): at once on the node that saves, within <see cref="ApiKeyCache.TrustedFor"/> elsewhere.</summary>
public sealed class ApiKeyCacheTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const string WhoAmI = "/api/v1/integration/whoami";

    [Fact]
    public async Task A_key_revoked_on_another_node_is_refused_here_once_its_account_is_read_again()
    {
        await using var second = factory.WithWebHostBuilder(_ => { });
        var key = await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs);
        var client = factory.ApiKeyClient(key);
        (await client.GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = second.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.ServiceAccounts.SingleAsync(s => s.PublicId == key.Substring(3, 12))).RevokedAtUtc = factory.Clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }

        (await client.GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.OK, "this node read the account less than a few seconds ago");
        factory.Clock.Advance(ApiKeyCache.TrustedFor);
        (await client.GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_even_while_the_account_is_kept()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs);
        (await factory.ApiKeyClient(key).GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var forged = key[..16] + new string('A', key.Length - 16);

        (await factory.ApiKeyClient(forged).GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
