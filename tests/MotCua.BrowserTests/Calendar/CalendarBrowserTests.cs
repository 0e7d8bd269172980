using Microsoft.Playwright;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.BrowserTests.Calendar;

[Collection(BrowserCollection.Name)]
public sealed class CalendarBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Admin_adds_a_worked_Saturday_and_the_calculator_due_date_moves_to_it()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/calendar?year=2026");
        await BrowserFixture.ScreenshotAsync(page, "calendar-year-desktop");
        (await page.Locator("td[data-date='2026-02-17']").GetAttributeAsync("class"))!.ShouldContain("k-holiday");

        await ComputeAsync(page, "2026-12-11", "09:00", "1");
        (await page.Locator("#due-instant").InnerTextAsync()).ShouldBe("Thứ Hai, 09:00 14/12/2026");

        await page.GotoAsync("/account/login?ReturnUrl=%2Fcalendar%2Fexceptions%3Fyear%3D2026");
        await page.FillAsync("input[name='Input.UserName']", "quantri");
        await page.FillAsync("input[name='Input.Password']", DemoProvince.DemoPassword);
        await page.ClickAsync("form button[type=submit]");
        await page.WaitForURLAsync("**/calendar/exceptions?year=2026");
        await page.ClickAsync("a[href^='/calendar/exceptions/edit']");
        await page.FillAsync("#Input_Date", "2026-12-12");
        await page.SelectOptionAsync("#Input_Kind", "SwapWork");
        await page.FillAsync("#Input_Name", "Làm bù Thứ Bảy 12/12/2026");
        await page.ClickAsync("main button[type=submit]");
        (await page.Locator("span[data-valmsg-for='Input.LegalReference']").InnerTextAsync()).ShouldBe("Nhập căn cứ pháp lý (số, ký hiệu văn bản).");
        await page.FillAsync("#Input_LegalReference", "Công văn 123/UBND-VP ngày 01/12/2026");
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync("**/calendar/exceptions?year=2026&done=saved");
        await BrowserFixture.ScreenshotAsync(page, "calendar-exceptions-desktop");
        (await page.Locator("table.cal-exceptions").InnerTextAsync()).ShouldContain("Công văn 123/UBND-VP");

        await page.GotoAsync("/calendar?year=2026");
        await ComputeAsync(page, "2026-12-11", "09:00", "1");
        await BrowserFixture.ScreenshotAsync(page, "calendar-calculator-desktop");
        (await page.Locator("#due-instant").InnerTextAsync()).ShouldBe("Thứ Bảy, 09:00 12/12/2026");
        (await page.Locator("td[data-date='2026-12-12']").GetAttributeAsync("class"))!.ShouldContain("k-swapwork");

        var phone = await browser.NewPageAsync(width: 360, height: 740);
        await phone.GotoAsync("/account/login");
        await phone.FillAsync("input[name='Input.UserName']", "quantri");
        await phone.FillAsync("input[name='Input.Password']", DemoProvince.DemoPassword);
        await phone.ClickAsync("form button[type=submit]");
        await phone.WaitForURLAsync("**/");
        await phone.GotoAsync("/calendar/exceptions?year=2026");
        await BrowserFixture.ScreenshotAsync(phone, "calendar-exceptions-phone");
        (await Overflows(phone)).ShouldBeFalse("the exceptions page scrolls sideways at 360 px");
    }

    [Fact]
    public async Task Year_view_and_calculator_fit_a_360_px_phone()
    {
        var page = await browser.NewPageAsync(width: 360, height: 740);

        await page.GotoAsync("/calendar?year=2026");
        await BrowserFixture.ScreenshotAsync(page, "calendar-year-phone");
        var yearOverflows = await Overflows(page);
        await ComputeAsync(page, "2026-02-13", "16:10", "5");
        await page.Locator("#calculator").ScrollIntoViewIfNeededAsync();
        await page.Locator("#calculator").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "calendar-calculator-phone.png") });

        yearOverflows.ShouldBeFalse("the year view scrolls sideways at 360 px");
        (await Overflows(page)).ShouldBeFalse("the calculator scrolls sideways at 360 px");
        (await page.Locator("#due-instant").InnerTextAsync()).ShouldBe("Thứ Sáu, 17:00 27/02/2026");
    }

    private static async Task ComputeAsync(IPage page, string date, string time, string amount)
    {
        await page.FillAsync("#calc-date", date);
        await page.FillAsync("#calc-time", time);
        await page.FillAsync("#calc-amount", amount);
        await page.SelectOptionAsync("#calc-unit", "WorkingDays");
        await page.ClickAsync("#calculator button[type=submit]");
        await page.WaitForSelectorAsync("#due-instant");
    }

    private static Task<bool> Overflows(IPage page) => page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
}
