using Microsoft.Playwright;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.BrowserTests.Queue;

[Collection(BrowserCollection.Name)]
public sealed class CounterQueueBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_visitor_takes_a_number_on_a_phone_and_a_counter_officer_calls_it_to_the_display()
    {
        var phone = await browser.NewPageAsync(360, 740);
        await phone.GotoAsync("/xep-hang/" + DemoProvince.ServiceCentre);
        await BrowserFixture.ScreenshotAsync(phone, "queue-kiosk-360");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Tư pháp – Hộ tịch, chứng thực" }).ClickAsync();
        await phone.WaitForURLAsync("**/so/**");
        var label = (await phone.Locator(".ticket-number").InnerTextAsync()).Trim();
        await BrowserFixture.ScreenshotAsync(phone, "queue-ticket-360");
        label.ShouldStartWith("A");

        var desk = await browser.NewPageAsync();
        await desk.GotoAsync("/account/login");
        await desk.Locator("[name='Input.UserName']").FillAsync("motcua");
        await desk.Locator("[name='Input.Password']").FillAsync(DemoProvince.DemoPassword);
        await desk.Locator("form button[type=submit]").ClickAsync();
        await desk.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await desk.GetByRole(AriaRole.Link, new() { Name = "Gọi số", Exact = true }).ClickAsync();
        await desk.GetByLabel("Quầy của bạn").FillAsync("Quầy 1");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Gọi số tiếp theo" }).ClickAsync();
        await desk.WaitForURLAsync("**/queue?counter=**");
        (await desk.Locator("[role=status]").InnerTextAsync()).ShouldBe($"Đã gọi số {label} đến Quầy 1.");
        await BrowserFixture.ScreenshotAsync(desk, "queue-desk");

        await phone.ReloadAsync();
        (await phone.Locator(".ahead").InnerTextAsync()).ShouldBe("Số này đã được gọi tại Quầy 1.");
        var display = await browser.NewPageAsync();
        await display.GotoAsync("/man-hinh/" + DemoProvince.ServiceCentre);
        (await display.Locator("table.display tr.latest").InnerTextAsync()).ShouldContain(label);
        await BrowserFixture.ScreenshotAsync(display, "queue-display");

        await desk.GetByRole(AriaRole.Button, new() { Name = "Đã phục vụ xong" }).ClickAsync();
        await desk.GetByRole(AriaRole.Link, new() { Name = "Thời gian chờ và phục vụ tại Bộ phận Một cửa" }).ClickAsync();
        (await desk.Locator("table.queue-stats").InnerTextAsync()).ShouldContain("Quầy 1");
        await BrowserFixture.ScreenshotAsync(desk, "queue-stats");
    }

    [Fact]
    public async Task An_administrator_sees_the_service_groups_of_the_centre_s_kiosk()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Locator("[name='Input.UserName']").FillAsync("quantri");
        await page.Locator("[name='Input.Password']").FillAsync(DemoProvince.DemoPassword);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync("/queue/groups");
        await page.GetByLabel("Cơ quan").SelectOptionAsync(new SelectOptionValue { Label = DemoProvince.ServiceCentre + " – Trung tâm Phục vụ hành chính công tỉnh Sông Hồng" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();

        (await page.Locator("table.queue-groups tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(4);
        await BrowserFixture.ScreenshotAsync(page, "queue-groups");
    }
}
