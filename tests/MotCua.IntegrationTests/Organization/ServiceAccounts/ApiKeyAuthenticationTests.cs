using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Organization.ServiceAccounts;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Organization.ServiceAccounts;

public sealed class ApiKeyAuthenticationTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    private const string WhoAmI = "/api/v1/integration/whoami";

    [Fact]
    public async Task A_valid_key_identifies_its_service_account_and_agency()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs, "Một cửa Sở Nội vụ");

        using var response = await factory.ApiKeyClient(key).GetAsync(WhoAmI);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("serviceAccount").GetString().ShouldBe("Một cửa Sở Nội vụ");
        body.GetProperty("agencyCode").GetString().ShouldBe(DemoProvince.HomeAffairs);
        body.GetProperty("agencyName").GetString().ShouldBe("Sở Nội vụ tỉnh Sông Hồng");
    }

    [Fact]
    public async Task Keys_of_two_agencies_each_see_their_own_agency()
    {
        var justice = await factory.CreateApiKeyAsync(DemoProvince.Justice);
        var commune = await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh);

        var first = await factory.ApiKeyClient(justice).GetFromJsonAsync<JsonElement>(WhoAmI);
        var second = await factory.ApiKeyClient(commune).GetFromJsonAsync<JsonElement>(WhoAmI);

        first.GetProperty("agencyCode").GetString().ShouldBe(DemoProvince.Justice);
        second.GetProperty("agencyCode").GetString().ShouldBe(DemoProvince.CommuneAnBinh);
    }

    [Fact]
    public async Task A_request_without_a_key_gets_a_401_problem_not_a_login_page()
    {
        using var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(WhoAmI);

        await ShouldBeRefusedAsync(response, "Thiếu khóa API");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("mc_abcdefghijk2_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_malformed_or_unknown_key_gets_a_401_problem(string key)
    {
        using var response = await factory.ApiKeyClient(key).GetAsync(WhoAmI);

        await ShouldBeRefusedAsync(response, "Khóa API không hợp lệ.");
    }

    [Fact]
    public async Task A_known_public_id_with_a_wrong_secret_gets_a_401_problem()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs);
        var forged = key[..16] + new string('A', key.Length - 16);

        using var response = await factory.ApiKeyClient(forged).GetAsync(WhoAmI);

        await ShouldBeRefusedAsync(response, "Khóa API không hợp lệ.");
    }

    [Fact]
    public async Task A_revoked_key_gets_a_401_problem()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs);
        var client = factory.ApiKeyClient(key);
        (await client.GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var account = await db.ServiceAccounts.SingleAsync(s => s.PublicId == key.Substring(3, 12));
            account.RevokedAtUtc = factory.HostUtcNow().AddSeconds(-1);
            await db.SaveChangesAsync();
        }

        using var response = await client.GetAsync(WhoAmI);

        await ShouldBeRefusedAsync(response, "Khóa API đã bị thu hồi.");
    }

    [Fact]
    public async Task An_expired_key_gets_a_401_problem()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs, expiresAtUtc: factory.HostUtcNow().AddMinutes(-1));

        using var response = await factory.ApiKeyClient(key).GetAsync(WhoAmI);

        await ShouldBeRefusedAsync(response, "Khóa API đã hết hạn.");
    }

    [Fact]
    public async Task A_key_that_expires_later_still_works()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs, expiresAtUtc: factory.HostUtcNow().AddDays(1));

        (await factory.ApiKeyClient(key).GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_key_of_an_inactive_agency_is_refused()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.FormerDistrictDongSon);

        using var response = await factory.ApiKeyClient(key).GetAsync(WhoAmI);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("quantri")]
    [InlineData("chuyenvien")]
    public async Task A_signed_in_person_does_not_pass_the_integration_policy(string userName)
    {
        var client = await factory.ClientAsync(userName);

        using var response = await client.GetAsync(WhoAmI);

        await ShouldBeRefusedAsync(response, "Thiếu khóa API");
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/service-accounts")]
    [InlineData("/catalog")]
    public async Task A_valid_key_on_a_page_signs_nobody_in(string page)
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs);

        using var response = await factory.ApiKeyClient(key).GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]).ShouldBe("/account/login");
    }

    [Fact]
    public async Task A_valid_key_on_the_home_page_shows_an_anonymous_visitor()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs, "Khóa không đăng nhập");

        var home = await factory.ApiKeyClient(key).GetStringAsync("/");
        var anonymous = await factory.CreateClient().GetStringAsync("/");

        home.ShouldNotContain("Khóa không đăng nhập");
        home.ShouldNotContain("/account/logout");
        anonymous.ShouldContain("/account/login");
        home.ShouldContain("/account/login");
    }

    [Fact]
    public async Task Use_records_the_last_used_time_at_most_once_a_minute()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.Education);
        var publicId = key.Substring(3, 12);
        (await LastUsedAsync(publicId)).ShouldBeNull();
        var client = factory.ApiKeyClient(key);

        (await client.GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var first = await LastUsedAsync(publicId);
        (await client.GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await LastUsedAsync(publicId);

        first.ShouldNotBeNull();
        first.Value.ShouldBe(factory.HostUtcNow(), TimeSpan.FromMinutes(1));
        second.ShouldBe(first);

        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.ServiceAccounts.Where(s => s.PublicId == publicId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastUsedAtUtc, first.Value.AddMinutes(-5)));
        }

        // Written behind the node's back: it sees the change when it next reads the account (ApiKeyCache.TrustedFor).
        factory.Services.GetRequiredService<ApiKeyCache>().Invalidate();

        (await client.GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await LastUsedAsync(publicId))!.Value.ShouldBeGreaterThan(first.Value.AddMinutes(-1));
    }

    private async Task<DateTime?> LastUsedAsync(string publicId)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.ServiceAccounts.AsNoTracking().Where(s => s.PublicId == publicId).Select(s => s.LastUsedAtUtc).SingleAsync();
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, string detailStart)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.Location.ShouldBeNull();
        response.Headers.WwwAuthenticate.ToString().ShouldBe("ApiKey");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(401);
        problem.GetProperty("title").GetString().ShouldBe("Chưa xác thực bằng khóa API");
        problem.GetProperty("detail").GetString()!.ShouldStartWith(detailStart);
    }
}
