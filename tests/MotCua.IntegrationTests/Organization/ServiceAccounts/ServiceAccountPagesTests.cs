using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Time;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Organization.ServiceAccounts;

public sealed partial class ServiceAccountPagesTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    private const string NewPage = "/admin/service-accounts/new";

    [Fact]
    public async Task Creating_a_key_shows_it_once_and_stores_no_plaintext()
    {
        var admin = await factory.ClientAsync("quantri");

        using var response = await admin.SubmitFormAsync(NewPage, await FieldsAsync("Một cửa Sở Tư pháp", DemoProvince.Justice));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("Khóa chỉ hiển thị một lần");
        var key = KeyIn(page);
        var secret = key[16..];

        (await factory.ApiKeyClient(key).GetAsync("/api/v1/integration/whoami")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await admin.GetStringAsync("/admin/service-accounts");
        list.ShouldContain("Một cửa Sở Tư pháp");
        list.ShouldContain(key[..16] + "…");
        list.ShouldNotContain(secret);
        (await admin.GetStringAsync(NewPage)).ShouldNotContain(secret);

        await using var scope = factory.CreateDbScope(out var db);
        var account = await db.ServiceAccounts.AsNoTracking().SingleAsync(s => s.Name == "Một cửa Sở Tư pháp");
        account.CreatedBy.ShouldBe("quantri");
        account.ExpiresAtUtc.ShouldBeNull();
        var stored = new object?[]
        {
            account.Id, account.Name, account.AgencyId, account.PublicId, Convert.ToBase64String(account.SecretHash), Convert.ToHexString(account.SecretHash),
            account.CreatedAtUtc, account.CreatedBy, account.LastUsedAtUtc, account.ExpiresAtUtc, account.RevokedAtUtc, account.RevokedBy,
        };
        stored.ShouldAllBe(value => value == null || !Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!.Contains(secret));
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == account.Id.ToString()).ToListAsync();
        audit.Single().Action.ShouldBe("ServiceAccountCreated");
        audit.ShouldAllBe(e => !e.Summary.Contains(secret));
        (await db.AuditEntries.AsNoTracking().AnyAsync(e => e.Summary.Contains(secret))).ShouldBeFalse();
    }

    [Fact]
    public async Task An_expiry_date_makes_the_key_work_until_the_end_of_that_day_in_Vietnam()
    {
        var admin = await factory.ClientAsync("quantri");
        var lastDay = factory.HostToday().AddDays(30);

        using var response = await admin.SubmitFormAsync(NewPage, await FieldsAsync("Khóa có hạn", DemoProvince.Education, lastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

        KeyIn(await response.Content.ReadAsStringAsync()).ShouldStartWith("mc_");
        await using var scope = factory.CreateDbScope(out var db);
        var account = await db.ServiceAccounts.AsNoTracking().SingleAsync(s => s.Name == "Khóa có hạn");
        account.ExpiresAtUtc.ShouldBe(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-7));
    }

    [Fact]
    public async Task Missing_name_and_agency_and_a_past_expiry_are_refused_in_Vietnamese_and_nothing_is_created()
    {
        var admin = await factory.ClientAsync("quantri");
        await using var before = factory.CreateDbScope(out var db0);
        var count = await db0.ServiceAccounts.CountAsync();

        using var response = await admin.SubmitFormAsync(NewPage, [new("Input.Name", "  "), new("Input.AgencyId", ""), new("Input.ExpiresOn", "2020-01-01")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("Vui lòng nhập tên tài khoản tích hợp.");
        page.ShouldContain("Vui lòng chọn một cơ quan đang hoạt động.");
        page.ShouldContain("Ngày hết hạn phải từ hôm nay trở đi.");
        page.ShouldNotContain("field is required");
        page.ShouldNotContain("mc_");
        await using var after = factory.CreateDbScope(out var db);
        (await db.ServiceAccounts.CountAsync()).ShouldBe(count);
    }

    [Fact]
    public async Task An_inactive_agency_cannot_get_a_key()
    {
        var admin = await factory.ClientAsync("quantri");

        using var response = await admin.SubmitFormAsync(NewPage, await FieldsAsync("Huyện cũ", DemoProvince.FormerDistrictDongSon));

        (await response.Content.ReadAsStringAsync()).ShouldContain("Vui lòng chọn một cơ quan đang hoạt động.");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.ServiceAccounts.AnyAsync(s => s.Name == "Huyện cũ")).ShouldBeFalse();
    }

    [Fact]
    public async Task Revoking_after_confirmation_refuses_the_key_at_once_and_is_audited()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs, "Khóa sẽ thu hồi");
        Guid id;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            id = await db.ServiceAccounts.Where(s => s.Name == "Khóa sẽ thu hồi").Select(s => s.Id).SingleAsync();
        }

        var admin = await factory.ClientAsync("quantri");
        var confirm = await admin.GetStringAsync($"/admin/service-accounts/{id}/revoke");
        confirm.ShouldContain("không thể hoàn tác");

        using var response = await admin.SubmitFormAsync($"/admin/service-accounts/{id}/revoke", []);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync("/admin/service-accounts")).ShouldContain("Đã thu hồi khóa " + key[..16] + "…");
        (await factory.ApiKeyClient(key).GetAsync("/api/v1/integration/whoami")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var account = await db.ServiceAccounts.AsNoTracking().SingleAsync(s => s.Id == id);
            account.RevokedAtUtc.ShouldNotBeNull();
            account.RevokedBy.ShouldBe("quantri");
            (await db.AuditEntries.AnyAsync(e => e.Action == "ServiceAccountRevoked" && e.EntityId == id.ToString())).ShouldBeTrue();
        }

        var again = await admin.SubmitFormAsync($"/admin/service-accounts/{id}/revoke", [], postUrl: $"/admin/service-accounts/{id}/revoke");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_revoke_without_the_antiforgery_token_changes_nothing()
    {
        await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs, "Khóa giữ nguyên");
        Guid id;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            id = await db.ServiceAccounts.Where(s => s.Name == "Khóa giữ nguyên").Select(s => s.Id).SingleAsync();
        }

        var admin = await factory.ClientAsync("quantri");
        using var response = await admin.PostAsync($"/admin/service-accounts/{id}/revoke", new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.ServiceAccounts.AsNoTracking().SingleAsync(s => s.Id == id)).RevokedAtUtc.ShouldBeNull();
        }
    }

    private async Task<List<KeyValuePair<string, string>>> FieldsAsync(string name, string agencyCode, string expiresOn = "")
    {
        await using var scope = factory.CreateDbScope(out var db);
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        return [new("Input.Name", name), new("Input.AgencyId", agency.Id.ToString()), new("Input.ExpiresOn", expiresOn)];
    }

    private static string KeyIn(string page) =>
        KeyField().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no key on the page");

    [GeneratedRegex("id=\"api-key\"[^>]*value=\"(mc_[^\"]+)\"")]
    private static partial Regex KeyField();
}
