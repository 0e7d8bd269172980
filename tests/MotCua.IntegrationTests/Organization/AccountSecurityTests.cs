using System.Net;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Organization;

public sealed class AccountSecurityTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var client = await factory.ClientAsync(null);

        for (var attempt = 1; attempt <= 6; attempt++)
        {
            // Only someone who knows the password learns of the lock: a wrong one reads the same before and after it.
            var wrong = await PostLoginAsync(client, "truongphong", "Sai#MatKhau" + attempt);
            wrong.ShouldContain("Tên đăng nhập hoặc mật khẩu không đúng.");
            wrong.ShouldNotContain("bị khóa");
        }

        var right = await PostLoginAsync(client, "truongphong", DemoProvince.DemoPassword);
        right.ShouldContain("Tài khoản tạm bị khóa");
        await using var scope = factory.CreateDbScope(out var db);
        var user = db.Users.Single(u => u.UserName == "truongphong");
        var minutes = (user.LockoutEnd!.Value - factory.HostNow()).TotalMinutes;
        minutes.ShouldBeInRange(14, 15.1);
    }

    [Fact]
    public async Task An_unknown_name_reads_exactly_like_a_known_name_with_a_wrong_password()
    {
        var client = await factory.ClientAsync(null);

        for (var attempt = 1; attempt <= 6; attempt++)
        {
            var unknown = await PostLoginAsync(client, "khong-co-ai-" + attempt, "Sai#MatKhau1");
            var known = await PostLoginAsync(client, "giamdoc", "Sai#MatKhau1");

            ValidationSummary(unknown).ShouldBe(ValidationSummary(known));
        }
    }

    [Fact]
    public async Task Auth_cookie_is_HttpOnly_and_SameSite_Lax()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetAsync("/account/login");
        var antiforgeryCookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "chuyenvien",
                ["Input.Password"] = DemoProvince.DemoPassword,
                ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(await form.Content.ReadAsStringAsync()),
            }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie.Split(';')[0]);

        var response = await client.SendAsync(request);

        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("motcua.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        auth.ShouldContain("httponly");
        auth.ShouldContain("samesite=lax");
        auth.ShouldContain("path=/");
    }

    [Fact]
    public async Task Admin_form_post_without_antiforgery_token_is_rejected_and_changes_nothing()
    {
        var admin = await factory.ClientAsync("quantri");

        var response = await admin.PostAsync("/admin/agencies/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Code"] = "H99.88",
            ["Input.Name"] = "Không có mã chống giả mạo",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetStringAsync("/admin/agencies?q=H99.88")).ShouldNotContain("Không có mã chống giả mạo");
    }

    [Fact]
    public async Task Header_shows_the_full_name_and_role_and_the_admin_link_only_to_administrators()
    {
        var admin = await (await factory.ClientAsync("quantri")).GetStringAsync("/");
        var specialist = await (await factory.ClientAsync("chuyenvien")).GetStringAsync("/");

        admin.ShouldContain("Bùi Thị Lan");
        admin.ShouldContain("Quản trị hệ thống");
        admin.ShouldContain("href=\"/admin\"");
        specialist.ShouldContain("Lê Văn Cường");
        specialist.ShouldContain("Chuyên viên");
        specialist.ShouldNotContain("href=\"/admin\"");
    }

    private static async Task<string> PostLoginAsync(HttpClient client, string userName, string password)
    {
        var response = await client.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return await response.Content.ReadAsStringAsync();
    }

    private static string ValidationSummary(string page)
    {
        var start = page.IndexOf("validation-summary-errors", StringComparison.Ordinal);
        return page[start..page.IndexOf("</div>", start, StringComparison.Ordinal)];
    }
}
