namespace MotCua.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Home_page_fits_a_360_px_phone_and_switches_to_English()
    {
        var page = await browser.NewPageAsync(width: 360, height: 740);

        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, "home-phone-vi");
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Tra cứu và thực hiện thủ tục hành chính");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "EN", Exact = true }).ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "home-phone-en");

        overflow.ShouldBeFalse("the page scrolls sideways at 360 px");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Find and carry out administrative procedures");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("en");
    }
}
