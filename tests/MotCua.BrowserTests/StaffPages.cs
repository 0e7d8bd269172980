using Microsoft.Playwright;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.BrowserTests;

/// <summary>What staff do in the browser walks: sign in, and give a command from the dossier page.</summary>
internal static class StaffPages
{
    public static async Task<IPage> SignedInAsync(BrowserFixture browser, string userName)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Locator("[name='Input.UserName']").FillAsync(userName);
        await page.Locator("[name='Input.Password']").FillAsync(DemoProvince.DemoPassword);
        await page.Locator("form button[type=submit]").ClickAsync();
        // The new address is enough: on a loaded machine the landing page's load event can lag the next navigation, which waits for its own.
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        return page;
    }

    /// <summary>Opens the command's panel on the dossier page, fills it and gives it; the page confirms.</summary>
    public static async Task CommandAsync(IPage page, string label, string? comment = null, params (string Selector, string Value)[] fields)
    {
        var panel = page.Locator("details.command").Filter(new() { Has = page.Locator("summary", new() { HasTextString = label }) }).First;
        if (await panel.GetAttributeAsync("open") is null)
        {
            await panel.Locator("summary").ClickAsync();
        }

        foreach (var (selector, value) in fields)
        {
            if (value == "check")
            {
                await panel.Locator(selector).CheckAsync();
            }
            else
            {
                await panel.Locator(selector).FillAsync(value);
            }
        }

        if (comment is not null)
        {
            await panel.Locator("textarea").FillAsync(comment);
        }

        await panel.GetByRole(AriaRole.Button, new() { Name = label }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("done=", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldNotBeEmpty();
    }
}
