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
        await phone.WaitForURLAsync("**/admin");
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

    [Fact]
    public async Task Printed_year_view_shows_the_months_and_hides_the_forms()
    {
        var page = await browser.NewPageAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await page.GotoAsync("/calendar?year=2026");
        await BrowserFixture.ScreenshotAsync(page, "calendar-year-print");

        (await page.Locator("#calculator").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("form.cal-toolbar").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator(".site-header").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator(".cal-month").CountAsync()).ShouldBe(12);
        (await page.Locator(".cal-month").First.IsVisibleAsync()).ShouldBeTrue();
        var columns = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.cal-year')).gridTemplateColumns");
        columns.Split(' ').Length.ShouldBe(3, "the printed year is laid out three months a row");
    }

    [Fact]
    public async Task English_year_view_and_calculator_are_in_English()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/culture/en?returnUrl=%2Fcalendar%3Fyear%3D2026");
        await page.GotoAsync("/calendar?year=2026");
        await ComputeAsync(page, "2026-02-13", "16:10", "5");
        await BrowserFixture.ScreenshotAsync(page, "calendar-year-english");

        (await page.Locator("#due-instant").InnerTextAsync()).ShouldBe("Friday, 17:00 27/02/2026");
        (await page.Locator(".cal-month h2").First.InnerTextAsync()).ShouldBe("January 2026");
        (await page.Locator(".cal-month th").First.InnerTextAsync()).ShouldBe("Mo");
        (await page.Locator(".cal-legend").InnerTextAsync()).ShouldContain("Public holiday");
        (await page.Locator(".cal-explain").InnerTextAsync()).ShouldContain("Received after 15:00");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("en");
    }

    [Fact]
    public async Task Admin_gives_an_agency_a_six_day_week_and_resets_it()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login?ReturnUrl=%2Fcalendar");
        await page.FillAsync("input[name='Input.UserName']", "quantri");
        await page.FillAsync("input[name='Input.Password']", DemoProvince.DemoPassword);
        await page.ClickAsync("form button[type=submit]");
        await page.WaitForURLAsync("**/calendar");
        (await page.Locator("a[href='/calendar/schedules']").CountAsync()).ShouldBeGreaterThan(0);
        await page.GotoAsync("/calendar/schedules");
        await page.ClickAsync($"tr[data-agency='{DemoProvince.CommuneAnBinh}'] a");
        await page.CheckAsync("#Input_Days_6");
        await page.FillAsync("#Input_AfternoonStart", "11:00");
        await page.ClickAsync("main form:not([data-confirm]) button[type=submit]");
        await BrowserFixture.ScreenshotAsync(page, "calendar-schedule-edit-desktop");
        (await page.Locator("[data-valmsg-for='Input.AfternoonStart']").InnerTextAsync()).ShouldContain("không được chồng nhau");

        await page.FillAsync("#Input_AfternoonStart", "13:30");
        await page.ClickAsync("main form:not([data-confirm]) button[type=submit]");
        await page.WaitForURLAsync("**/calendar/schedules?done=saved");
        await BrowserFixture.ScreenshotAsync(page, "calendar-schedules-desktop");
        (await page.Locator($"tr[data-agency='{DemoProvince.CommuneAnBinh}']").InnerTextAsync()).ShouldContain("Lịch riêng");

        var phone = await browser.NewPageAsync(width: 360, height: 740);
        await phone.GotoAsync("/account/login?ReturnUrl=%2Fcalendar%2Fschedules");
        await phone.FillAsync("input[name='Input.UserName']", "quantri");
        await phone.FillAsync("input[name='Input.Password']", DemoProvince.DemoPassword);
        await phone.ClickAsync("form button[type=submit]");
        await phone.WaitForURLAsync("**/calendar/schedules");
        await BrowserFixture.ScreenshotAsync(phone, "calendar-schedules-phone");
        (await Overflows(phone)).ShouldBeFalse("the schedules page scrolls sideways at 360 px");
        await phone.ClickAsync($"tr[data-agency='{DemoProvince.CommuneAnBinh}'] a");
        await BrowserFixture.ScreenshotAsync(phone, "calendar-schedule-edit-phone");
        (await Overflows(phone)).ShouldBeFalse("the schedule form scrolls sideways at 360 px");

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.ClickAsync($"tr[data-agency='{DemoProvince.CommuneAnBinh}'] a");
        await page.ClickAsync("form[data-confirm] button[type=submit]");
        await page.WaitForURLAsync("**/calendar/schedules?done=reset");
        (await page.Locator("p.success").InnerTextAsync()).ShouldBe("Đã đưa lịch làm việc về mặc định.");
        (await page.Locator($"tr[data-agency='{DemoProvince.CommuneAnBinh}']").InnerTextAsync()).ShouldContain("Mặc định");
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
