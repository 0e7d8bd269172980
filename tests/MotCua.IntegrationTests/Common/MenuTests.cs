using AngleSharp.Html.Parser;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Common;

/// <summary>The main menu is assembled from every module's links (ADR-037): each user sees the links of their roles, in one order.</summary>
[Collection(SharedHosts.DemoData)]
public sealed class MenuTests(MotCuaFactory factory)
{
    [Fact]
    public async Task Each_user_sees_the_links_of_their_roles_in_menu_order()
    {
        (await LinksAsync(factory.CreateClient())).ShouldBe(["/procedures", "/calendar", "/tra-cuu", "/account/login", "/tai-khoan/dang-ky"]);
        (await LinksAsync(await factory.ClientAsync("motcua")))
            .ShouldBe(["/procedures", "/calendar", "/tra-cuu", "/home", "/worklist", "/dossiers", "/dossiers/ledger", "/metrics/danh-gia", "/dossiers/receive", "/queue", "/feedback/desk", "/payments/reconciliation"]);
        (await LinksAsync(await factory.ClientAsync("quantri"))).ShouldBe(["/procedures", "/calendar", "/tra-cuu", "/worklist", "/dossiers", "/dossiers/ledger", "/feedback", "/feedback/published", "/reports/statistics", "/reports/control", "/reports/obligations", "/metrics/danh-gia", "/catalog", "/catalog/one-stop-list", "/admin"]);
        var citizen = await factory.RegisterCitizenAsync("Người Xem Trình Đơn", $"menu.{Guid.NewGuid():N}@example.vn");
        (await LinksAsync(citizen)).ShouldBe(["/procedures", "/calendar", "/tra-cuu", "/ho-so-cua-toi", "/pakn-cua-toi", "/kho-du-lieu", "/thong-bao", "/tai-khoan"]);
    }

    [Fact]
    public async Task The_worklist_link_counts_what_waits_for_the_officer_even_when_nothing_does()
    {
        var menu = new HtmlParser().ParseDocument(await (await factory.ClientAsync("chuyenvien")).GetStringAsync("/procedures"));

        var worklist = menu.QuerySelector("#main-menu a[href='/worklist'] .count").ShouldNotBeNull();
        int.TryParse(worklist.TextContent, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _).ShouldBeTrue();
        worklist.GetAttribute("aria-label").ShouldEndWith("hồ sơ chờ bạn xử lý");
    }

    private static async Task<List<string>> LinksAsync(HttpClient client) =>
        [.. new HtmlParser().ParseDocument(await client.GetStringAsync("/procedures")).QuerySelectorAll("#main-menu > .wrap > a").Select(a => a.GetAttribute("href")!)];
}
