using Microsoft.Playwright;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.BrowserTests.Dossiers;

[Collection(BrowserCollection.Name)]
public sealed class LedgerTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_ledger_scrolls_its_table_on_a_phone_and_prints_without_the_filter()
    {
        var code = await DemoDossiers.AcceptAsync(browser, "1.001193", "Trần Văn Sổ");
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync("/account/login");
        await page.Locator("[name='Input.UserName']").FillAsync("motcua");
        await page.Locator("[name='Input.Password']").FillAsync(DemoProvince.DemoPassword);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync("/dossiers");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Sổ theo dõi hồ sơ" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem sổ" }).ClickAsync();

        (await page.Locator("table.ledger-table").InnerTextAsync()).ShouldContain(code);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
        (await page.EvaluateAsync<bool>("(() => { const w = document.querySelector('.table-wrap'); return w.scrollWidth > w.clientWidth; })()")).ShouldBeTrue();
        await BrowserFixture.ScreenshotAsync(page, "dossier-ledger-360");

        await page.SetViewportSizeAsync(1280, 900);
        await BrowserFixture.ScreenshotAsync(page, "dossier-ledger");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.Locator(".ledger-filter").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator(".ledger-exports").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("table.ledger-table").IsVisibleAsync()).ShouldBeTrue();
    }
}
