using Microsoft.Playwright;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.BrowserTests.Workflows;

[Collection(BrowserCollection.Name)]
public sealed class ProcessEditingTests(BrowserFixture browser)
{
    [Fact]
    public async Task Control_officer_edits_a_draft_fixes_a_validation_error_approves_it_and_views_the_diagram()
    {
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add(response.Status + " " + response.Url);
            }
        };
        await SignInAsync(page);

        await page.GotoAsync("/workflows");
        await page.GetByLabel("Cơ quan").SelectOptionAsync(new SelectOptionValue { Label = "Sở Tư pháp (" + DemoProvince.Justice + ")" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await page.WaitForURLAsync("**/workflows?agency=*");
        await BrowserFixture.ScreenshotAsync(page, "workflows-list");
        var row = page.Locator("tr", new() { HasText = "2.000635" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Soạn dự thảo" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");

        await page.Locator("#s0-name").FillAsync("Chuyên viên thẩm định, tra cứu lý lịch");
        await page.Locator("#s0-amount").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).Last.ClickAsync();
        await page.Locator(".error-box").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "workflows-edit-error");
        (await page.Locator(".error-box").InnerTextAsync()).ShouldContain("vượt thời hạn giải quyết 80 giờ làm việc");

        await page.Locator("#s0-amount").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).Last.ClickAsync();
        await page.GetByText("Đã lưu dự thảo.").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Phê duyệt" }).ClickAsync();
        await page.WaitForURLAsync("**/approve");
        await page.GetByLabel("Số quyết định phê duyệt").FillAsync("3050/QĐ-UBND");
        await page.GetByLabel("Ngày quyết định").FillAsync("2026-11-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt" }).ClickAsync();
        await page.GetByText("Đã phê duyệt.").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "workflows-diagram");

        var main = await page.Locator("main").InnerTextAsync();
        main.ShouldContain("Đang áp dụng");
        main.ShouldContain("QĐ số 3050/QĐ-UBND ngày 20/11/2026");
        (await page.Locator(".wf-step").CountAsync()).ShouldBe(3);
        (await page.Locator("#step-1 .wf-node").InnerTextAsync()).ShouldContain("Chuyên viên thẩm định, tra cứu lý lịch");
        (await page.Locator("#step-1 .wf-node").InnerTextAsync()).ShouldContain("6 ngày làm việc");
        main.ShouldContain("Đã được thay thế");
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_diagram_of_a_parallel_consultation_fits_a_phone()
    {
        var page = await browser.NewPageAsync(360, 740);
        await SignInAsync(page);
        await page.GotoAsync("/workflows");
        await page.GetByLabel("Cơ quan").SelectOptionAsync(new SelectOptionValue { Label = "Sở Nội vụ (" + DemoProvince.HomeAffairs + ")" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await page.WaitForURLAsync("**/workflows?agency=*");
        await page.Locator("tr", new() { HasText = "2.000751" }).GetByRole(AriaRole.Link, new() { Name = "Phiên bản 1" }).ClickAsync();
        await page.Locator(".wf-diagram").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "workflows-consultation-phone");

        (await page.Locator(".wf-parallel .wf-branch").CountAsync()).ShouldBe(2);
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse("the diagram scrolls sideways at 360 px");
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("[name='Input.UserName']").FillAsync("kiemsoat");
        await page.Locator("[name='Input.Password']").FillAsync(DemoProvince.DemoPassword);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }
}
