using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Citizens;

/// <summary>Sign-in through an external OpenID Connect provider, against the fake provider of the test host (ADR-022).</summary>
public sealed class ExternalSignInTests(ExternalSignInTests.ProviderFactory factory) : IClassFixture<ExternalSignInTests.ProviderFactory>
{
    [Fact]
    public async Task The_first_sign_in_makes_a_citizen_with_a_vouched_identity_number_and_the_next_one_finds_it()
    {
        var client = Client();

        var landing = await SignInThroughProviderAsync(client, "vneid-sub-001", "Nguyễn Văn Định", "001090012345");

        landing.ShouldBe("/tai-khoan?chao-mung=true");
        var profile = await client.GetStringAsync("/tai-khoan");
        profile.ShouldContain("Nguyễn Văn Định");
        profile.ShouldContain("001090012345");
        profile.ShouldContain("Đã xác thực qua VNeID");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var login = await db.UserLogins.SingleAsync(l => l.ProviderKey == "vneid-sub-001");
            login.LoginProvider.ShouldBe("VNeID");
            var stored = await db.CitizenProfiles.SingleAsync(p => p.UserId == login.UserId);
            stored.IdentityVerifiedBy.ShouldBe("VNeID");
        }

        // The vouched number is not editable: a forged form field is ignored.
        (await client.SubmitFormAsync("/tai-khoan", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Nguyễn Văn Định",
            ["Input.IdentityNumber"] = "001090099999",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/tai-khoan")).ShouldContain("001090012345");

        var again = Client();
        (await SignInThroughProviderAsync(again, "vneid-sub-001", "Nguyễn Văn Định", "001090012345")).ShouldBe("/");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.UserLogins.CountAsync(l => l.ProviderKey == "vneid-sub-001")).ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_citizen_signed_in_with_a_password_links_the_provider_and_can_then_use_either()
    {
        var client = await factory.RegisterCitizenAsync("Hồ Thị Hạnh", "hanh.ho@example.vn");
        client.Dispose();
        var https = Client();
        await https.SignInAsync("hanh.ho@example.vn", CitizenAccounts.Password);

        (await SignInThroughProviderAsync(https, "vneid-sub-002", "Hồ Thị Hạnh", null)).ShouldBe("/tai-khoan");

        var viaProvider = Client();
        (await SignInThroughProviderAsync(viaProvider, "vneid-sub-002", "Hồ Thị Hạnh", null)).ShouldBe("/");
        (await viaProvider.GetStringAsync("/tai-khoan")).ShouldContain("hanh.ho@example.vn");
    }

    [Fact]
    public async Task A_token_signed_with_an_unpublished_key_signs_nobody_in_and_creates_nothing()
    {
        var client = Client();
        factory.Provider.SignWithUnpublishedKey = true;
        try
        {
            var landing = await SignInThroughProviderAsync(client, "vneid-sub-forged", "Kẻ Giả Mạo", "001090054321");

            landing.ShouldBe("/tai-khoan/dang-nhap-ngoai/ket-qua");
            var page = await client.GetAsync(landing);
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await page.Content.ReadAsStringAsync()).ShouldContain("Không hoàn tất được đăng nhập");
        }
        finally
        {
            factory.Provider.SignWithUnpublishedKey = false;
        }

        await using var scope = factory.CreateDbScope(out var db);
        (await db.UserLogins.AnyAsync(l => l.ProviderKey == "vneid-sub-forged")).ShouldBeFalse();
        (await db.Users.AnyAsync(u => u.FullName == "Kẻ Giả Mạo")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_replayed_answer_from_the_provider_is_refused_without_a_server_error()
    {
        var client = Client();
        var challenge = await client.GetAsync("/tai-khoan/dang-nhap-ngoai/VNeID?returnUrl=%2F");
        var (callback, form) = factory.Provider.Approve(challenge.Headers.Location!, "vneid-sub-003", "Mai Văn Khoa", null);
        (await client.PostAsync(callback, new FormUrlEncodedContent(form))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var replay = await client.PostAsync(callback, new FormUrlEncodedContent(form));

        replay.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replay.Headers.Location!.OriginalString.ShouldBe("/tai-khoan/dang-nhap-ngoai/ket-qua");
    }

    [Fact]
    public async Task The_login_page_offers_the_provider_and_an_unknown_scheme_is_not_found()
    {
        var client = Client();

        (await client.GetStringAsync("/account/login")).ShouldContain("Đăng nhập bằng VNeID");
        (await client.GetAsync("/tai-khoan/dang-nhap-ngoai/Google")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Follows the whole round trip; returns where the application finally sends the browser.</summary>
    private async Task<string> SignInThroughProviderAsync(HttpClient client, string subject, string name, string? identityNumber)
    {
        var challenge = await client.GetAsync("/tai-khoan/dang-nhap-ngoai/VNeID?returnUrl=%2F");
        challenge.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        challenge.Headers.Location!.GetLeftPart(UriPartial.Path).ShouldBe(FakeOidcProvider.Issuer + "/authorize");
        var (callback, form) = factory.Provider.Approve(challenge.Headers.Location!, subject, name, identityNumber);
        var back = await client.PostAsync(callback, new FormUrlEncodedContent(form));
        back.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var next = back.Headers.Location!.OriginalString;
        if (!next.StartsWith("/tai-khoan/dang-nhap-ngoai/ket-qua?", StringComparison.Ordinal))
        {
            return next;
        }

        var done = await client.GetAsync(next);
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return done.Headers.Location!.OriginalString;
    }

    // The provider's correlation and nonce cookies are Secure, so the browser talks HTTPS.
    private HttpClient Client() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    public sealed class ProviderFactory : MotCuaFactory
    {
        public FakeOidcProvider Provider { get; } = new();

        protected override IDictionary<string, string?> Settings => FakeOidcProvider.Settings;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Provider.Attach(builder);
        }
    }
}
