using Microsoft.Playwright;

namespace MotCua.BrowserTests.Catalog;

[Collection(BrowserCollection.Name)]
public sealed class CitizenSearchTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(360, 740, "phone")]
    public async Task Citizen_searches_without_diacritics_and_opens_the_procedure(int width, int height, string device)
    {
        var page = await browser.NewPageAsync(width, height);
        var errors = new List<string>();
        page.Response += (_, response) =>
        {
            // The browser asks for /favicon.ico on its own; every resource the pages reference must load.
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                errors.Add(response.Status + " " + response.Url);
            }
        };

        await page.GotoAsync("/procedures");
        await page.GetByLabel("Từ khóa (có dấu hoặc không dấu) hoặc mã thủ tục").FillAsync("dang ky ket hon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm" }).ClickAsync();
        await page.WaitForURLAsync("**/procedures?q=*");
        await BrowserFixture.ScreenshotAsync(page, $"catalog-search-{device}");
        var searchOverflows = await Overflows(page);

        var first = page.Locator(".procedure-item h2 a").First;
        (await first.InnerTextAsync()).ShouldBe("Đăng ký kết hôn");
        await first.ClickAsync();
        await page.WaitForURLAsync("**/procedures/1.001193");
        await BrowserFixture.ScreenshotAsync(page, $"catalog-procedure-{device}");

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Đăng ký kết hôn");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Thành phần, số lượng hồ sơ" }).IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Giải quyết ngay trong ngày");
        (await page.GetByRole(AriaRole.Button, new() { Name = "In" }).IsVisibleAsync()).ShouldBeTrue();
        searchOverflows.ShouldBeFalse("the search page scrolls sideways");
        (await Overflows(page)).ShouldBeFalse("the procedure page scrolls sideways");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Printed_procedure_hides_navigation_and_the_print_button()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/procedures/2.000635");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await BrowserFixture.ScreenshotAsync(page, "catalog-procedure-print");

        (await page.Locator(".site-header").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("button[data-print]").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("h1").IsVisibleAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task Abolished_procedure_shows_the_abolition_notice_on_a_phone()
    {
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync("/procedures/1.005130");
        await BrowserFixture.ScreenshotAsync(page, "catalog-procedure-abolished-phone");

        (await page.GetByRole(AriaRole.Heading, new() { Name = "Thủ tục hành chính này đã bị bãi bỏ" }).IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator(".abolished-notice").InnerTextAsync()).ShouldContain("977/QĐ-UBND");
        (await Overflows(page)).ShouldBeFalse("the abolished procedure page scrolls sideways");
    }

    private static Task<bool> Overflows(IPage page) =>
        page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
}
