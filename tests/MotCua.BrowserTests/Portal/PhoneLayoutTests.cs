using Microsoft.Playwright;

namespace MotCua.BrowserTests.Portal;

/// <summary>On a 360 × 740 phone the header leaves the screen to the page, the menu opens behind its button, and wide forms and tables scroll inside their own box.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_menu_folds_behind_a_button_that_opens_it_with_the_keyboard()
    {
        var page = await StaffPages.SignedInAsync(browser, "motcua");
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync("/worklist");

        (await HeaderHeightAsync(page)).ShouldBeLessThanOrEqualTo(148);
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Danh mục chính" });
        (await button.GetAttributeAsync("aria-expanded")).ShouldBe("false");
        (await menu.IsVisibleAsync()).ShouldBeFalse();

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        (await button.GetAttributeAsync("aria-expanded")).ShouldBe("true");
        (await menu.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận hồ sơ" }).IsVisibleAsync()).ShouldBeTrue();
        await BrowserFixture.ScreenshotAsync(page, "phone-menu-open");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Escape");
        (await button.GetAttributeAsync("aria-expanded")).ShouldBe("false");
        (await menu.IsVisibleAsync()).ShouldBeFalse();
        (await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('menu-toggle')")).ShouldBeTrue();

        await page.SetViewportSizeAsync(1280, 900);
        (await menu.IsVisibleAsync()).ShouldBeTrue();
        (await button.IsVisibleAsync()).ShouldBeFalse();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_counter_form_and_the_ledger_scroll_only_inside_their_own_box_on_a_phone()
    {
        await DemoDossiers.AcceptAsync(browser, "1.001193", "Ngô Thị Hẹp");
        var page = await StaffPages.SignedInAsync(browser, "motcua");
        await page.SetViewportSizeAsync(360, 740);

        await page.GotoAsync("/dossiers/receive?procedure=1.001193");
        (await page.Locator("table.components input[type=checkbox]").CountAsync()).ShouldBeGreaterThan(0);
        (await PageScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(360);
        (await HeaderHeightAsync(page)).ShouldBeLessThanOrEqualTo(148);
        await BrowserFixture.ScreenshotAsync(page, "phone-counter-form");

        await page.GotoAsync("/dossiers/ledger");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem sổ" }).ClickAsync();
        await page.Locator("table.ledger-table").WaitForAsync();
        (await PageScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(360);
        await BrowserFixture.ScreenshotAsync(page, "phone-ledger");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("motcua", "/dossiers")]
    [InlineData("quantri", "/admin/people")]
    [InlineData("quantri", "/admin/agencies")]
    [InlineData("kiemsoat", "/catalog")]
    public async Task A_list_on_a_phone_is_one_labelled_card_per_row_with_nothing_to_scroll_sideways(string account, string path)
    {
        if (path == "/dossiers")
        {
            // The demo data has people, agencies and procedures, but no dossier until one is received.
            await DemoDossiers.AcceptAsync(browser, "1.001193", "Trần Thị Thẻ");
        }

        var page = await StaffPages.SignedInAsync(browser, account);
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync(path);

        var table = page.Locator("table.stack").First;
        await table.WaitForAsync();
        (await table.Locator("td[data-label]").CountAsync()).ShouldBeGreaterThan(0, "cells carry their column's heading");
        (await table.EvaluateAsync<string>("""
            t => t.scrollWidth <= t.parentElement.clientWidth + 1 ? "fits"
                : [...t.querySelectorAll('td')].sort((a, b) => b.scrollWidth - a.scrollWidth)[0].outerHTML
            """)).ShouldBe("fits", "the cards fit the screen");
        (await PageScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(360);
        await BrowserFixture.ScreenshotAsync(page, "phone-cards" + path.Replace('/', '-'));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_citizen_page_keeps_its_header_within_a_fifth_of_a_phone_screen()
    {
        var page = await StaffPages.SignedInAsync(browser, "congdan");
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync("/ho-so-cua-toi");

        (await HeaderHeightAsync(page)).ShouldBeLessThanOrEqualTo(148);
        (await PageScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(360);
        await page.Context.CloseAsync();
    }

    private static Task<double> HeaderHeightAsync(IPage page) =>
        page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().height");

    private static Task<int> PageScrollWidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
}
