using System.Globalization;
using Microsoft.Playwright;
using MotCua.Testing;

namespace MotCua.BrowserTests.Metrics;

/// <summary>
/// ADR-062 and ADR-063 in the browser: the province officer reads the catalogue chỉ số (1.1, 1.3, 3.4, 3.5), 2.2 for one
/// procedure and 5.1 by category on the live Bộ chỉ số 766, each figure equal to the list it links to, at desktop width and
/// at 360 px, and the units' evaluation; the agency leader keeps the one-stop list; the control officer sees the act's
/// effective date on the procedure form.
/// </summary>
public sealed class NewIndicatorsWalkTests(DemoYearBrowserFixture browser) : IClassFixture<DemoYearBrowserFixture>
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task Province_officer_finds_each_new_766_figure_equal_to_the_list_behind_it()
    {
        var today = browser.App.HostToday();
        var period = $"tu={today.AddDays(-364).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&den={today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

        var page = await StaffPages.SignedInAsync(browser, "vanphong");
        await page.GotoAsync("/metrics/766?scope=tinh&" + period);
        await BrowserFixture.ScreenshotAsync(page, "metrics-766-new-indicators");

        foreach (var indicator in new[] { "1.1", "1.3", "3.4", "3.5" })
        {
            var row = page.Locator($"tr[id='chi-so-{indicator}']");
            foreach (var (column, side) in new[] { (2, "tử số"), (3, "mẫu số") })
            {
                var link = row.Locator($"td:nth-child({column}) a");
                (await link.CountAsync()).ShouldBe(1, $"chỉ số {indicator}'s {side} links to its procedures");
                var figure = Number(await link.InnerTextAsync());
                var list = await page.Context.NewPageAsync();
                await list.GotoAsync(await link.GetAttributeAsync("href") ?? "");
                Number(await list.Locator("#procedures-total").InnerTextAsync()).ShouldBe(figure, $"chỉ số {indicator}'s {side} is its list's length");
                if (indicator == "1.1" && column == 3)
                {
                    await BrowserFixture.ScreenshotAsync(list, "metrics-766-1-1-procedures");
                }

                await list.CloseAsync();
            }
        }

        var undated = page.Locator("[id='chi-so-1.1-khong-tinh']");
        if (await undated.CountAsync() == 1)
        {
            (await undated.InnerTextAsync()).ShouldContain("không tính");
        }

        var categories = page.Locator("[id='chi-so-5.1-phan-loai'] tbody a");
        (await categories.CountAsync()).ShouldBeGreaterThan(0, "the demo year has PAKN in the period");
        var byCategory = Number(await categories.First.InnerTextAsync());
        var petitions = await page.Context.NewPageAsync();
        await petitions.GotoAsync(await categories.First.GetAttributeAsync("href") ?? "");
        Number(await petitions.Locator("#petitions-total").InnerTextAsync()).ShouldBe(byCategory, "5.1's count is its PAKN list's length");
        await BrowserFixture.ScreenshotAsync(petitions, "metrics-766-5-1-pakn");
        var all51 = page.Locator("tr[id='chi-so-5.1'] td:nth-child(3) a");
        (await all51.CountAsync()).ShouldBe(1, "5.1's count links to the PAKN it counts");
        await petitions.GotoAsync(await all51.GetAttributeAsync("href") ?? "");
        Number(await petitions.Locator("#petitions-total").InnerTextAsync()).ShouldBe(Number(await all51.InnerTextAsync()), "5.1 is its PAKN list's length");
        await petitions.CloseAsync();

        // 2.1's dossiers, and from them a procedure with results granted for 2.2.
        var received = page.Locator("tr[id='chi-so-2.1'] td:nth-child(3) a");
        var dossiers = Number(await received.InnerTextAsync());
        var items = await page.Context.NewPageAsync();
        await items.GotoAsync(await received.GetAttributeAsync("href") ?? "");
        Number(await items.Locator("#items-total").InnerTextAsync()).ShouldBe(dossiers, "2.1's mẫu số is its dossier list's length");
        var code = (await items.Locator("tbody tr", new() { HasTextString = "đúng hạn" }).First.Locator("td:nth-child(3)").InnerTextAsync()).Trim();
        await items.CloseAsync();

        await page.GotoAsync($"/metrics/766?scope=tinh&procedure={code}&" + period);
        var done = page.Locator("tr[id='chi-so-2.2'] td:nth-child(3) a");
        (await done.CountAsync()).ShouldBe(1, "2.2 for one procedure links to its dossiers");
        var averaged = Number(await done.InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "metrics-766-one-procedure");
        await page.GotoAsync(await done.GetAttributeAsync("href") ?? "");
        Number(await page.Locator("#items-total").InnerTextAsync()).ShouldBe(averaged, "2.2's mẫu số is its dossier list's length");
        await BrowserFixture.ScreenshotAsync(page, "metrics-766-2-2-items");

        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync("/metrics/766?scope=tinh&" + period);
        await BrowserFixture.ScreenshotAsync(page, "metrics-766-new-indicators-phone");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth")).ShouldBeFalse("the 766 page scrolls sideways at 360 px");

        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/metrics/danh-gia?" + period);
        await BrowserFixture.ScreenshotAsync(page, "metrics-evaluation-units");
        var units = await page.Locator("#units").InnerTextAsync();
        units.ShouldContain("Chưa đủ dữ liệu để đánh giá", Case.Sensitive, "a unit without dossiers is not evaluated");
        var soNoiVu = page.Locator("#units tbody tr", new() { HasTextString = "Sở Nội vụ" }).First;
        var header = await page.Locator("#units thead th").AllInnerTextsAsync();
        var five = header.ToList().FindIndex(h => h.Contains('5', StringComparison.Ordinal));
        (await soNoiVu.Locator("td, th").Nth(five).InnerTextAsync()).Trim().ShouldStartWith("2,0", Case.Sensitive, "Sở Nội vụ decides its listed procedures at the one-stop unit");
    }

    [Fact]
    public async Task Agency_leader_changes_a_line_of_the_one_stop_list_and_finds_it_saved_after_reloading()
    {
        var page = await StaffPages.SignedInAsync(browser, "giamdoc");
        await page.GotoAsync("/catalog/one-stop-list");
        await BrowserFixture.ScreenshotAsync(page, "catalog-one-stop-list");
        var handling = page.Locator("#handling-0");
        var before = await handling.InputValueAsync();
        var after = before == "Decided" ? "ReceivedAndReturned" : "Decided";
        await handling.SelectOptionAsync(after);
        var posted = browser.App.HostToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.Locator("#posted-0").FillAsync(posted);
        await page.Locator("form[action='/catalog/one-stop-list'][method=post] button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldContain("Đã lưu");
        await BrowserFixture.ScreenshotAsync(page, "catalog-one-stop-list-saved");

        await page.GotoAsync("/catalog/one-stop-list");
        (await page.Locator("#handling-0").InputValueAsync()).ShouldBe(after, "the change is stored");
        (await page.Locator("#posted-0").InputValueAsync()).ShouldBe(posted);

        await page.SetViewportSizeAsync(360, 740);
        await page.ReloadAsync();
        await BrowserFixture.ScreenshotAsync(page, "catalog-one-stop-list-phone");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth")).ShouldBeFalse("the one-stop list scrolls sideways at 360 px");

        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/metrics/danh-gia");
        await BrowserFixture.ScreenshotAsync(page, "metrics-evaluation-agency-leader");
        (await page.Locator("#units").InnerTextAsync()).ShouldNotBeEmpty();

    }

    [Fact]
    public async Task Control_officer_finds_the_acts_effective_date_on_the_procedure_form()
    {
        var page = await StaffPages.SignedInAsync(browser, "kiemsoat");
        await page.GotoAsync("/catalog");
        var details = await page.Locator("a[href^='/catalog/procedures/']").First.GetAttributeAsync("href");
        await page.GotoAsync(details + "/versions/1");
        await BrowserFixture.ScreenshotAsync(page, "catalog-procedure-version-effective-date");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Ngày có hiệu lực của văn bản quy định thủ tục");

        await page.GotoAsync("/catalog/new");
        var field = page.Locator("input[name='Input.LegalBasisEffectiveDate']");
        (await field.CountAsync()).ShouldBe(1);
        await field.ScrollIntoViewIfNeededAsync();
        (await page.Locator("label[for='Input_LegalBasisEffectiveDate']").InnerTextAsync()).ShouldContain("Ngày có hiệu lực của văn bản quy định thủ tục");
        await BrowserFixture.ScreenshotAsync(page, "catalog-procedure-edit-effective-date");
    }

    private static decimal Number(string text) => decimal.Parse(text.Trim(), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, Vi);
}
