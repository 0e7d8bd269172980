using Microsoft.Playwright;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.BrowserTests.Organization;

[Collection(BrowserCollection.Name)]
public sealed class AdministrationTests(BrowserFixture browser)
{
    [Fact]
    public async Task Administrator_sets_up_an_agency_with_a_unit_and_a_person()
    {
        var page = await browser.NewPageAsync();
        await SignInAsync(page, "quantri");

        await page.GotoAsync("/admin/agencies");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm cơ quan", Exact = true }).ClickAsync();
        await page.FillAsync("#Input_Code", "h99.13");
        await page.FillAsync("#Input_Name", "Sở Công Thương tỉnh Sông Hồng");
        await page.FillAsync("#Input_ShortName", "Sở Công Thương");
        await page.SelectOptionAsync("#Input_ParentId", new SelectOptionValue { Label = "H99 — UBND tỉnh" });
        await page.SelectOptionAsync("#Input_LevelId", new SelectOptionValue { Label = "Cấp tỉnh" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        var codeError = await page.Locator("[data-valmsg-for='Input.Code']").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(page, "org-agency-invalid-code-desktop");

        await page.FillAsync("#Input_Code", "H99.13");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.Locator("p.success").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Phòng ban", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm phòng ban" }).ClickAsync();
        await page.FillAsync("#Input_Code", "QLTM");
        await page.FillAsync("#Input_Name", "Phòng Quản lý thương mại");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        var units = await page.Locator("table").InnerTextAsync();

        await page.GotoAsync("/admin/people/edit");
        await page.FillAsync("#Input_UserName", "nv.congthuong");
        await page.FillAsync("#Input_FullName", "Ngô Thị Mai");
        await page.FillAsync("#Input_Position", "Chuyên viên");
        await page.FillAsync("#Input_Password", "CongThuong#2026");
        await page.SelectOptionAsync("#Input_AgencyId", new SelectOptionValue { Label = "H99.13 — Sở Công Thương" });
        await page.SelectOptionAsync("#Input_UnitId", new SelectOptionValue { Label = "Phòng Quản lý thương mại" });
        await page.Locator("input[name='Input.Roles'][value='Specialist']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).First.ClickAsync();
        var saved = await page.Locator("p.success").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(page, "org-person-desktop");
        await page.GotoAsync("/admin");
        var recent = await page.Locator("table.audit").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(page, "org-admin-home-desktop");

        codeError.ShouldContain("chỉ gồm chữ in hoa A–Z");
        units.ShouldContain("QLTM");
        saved.ShouldBe("Đã lưu.");
        recent.ShouldContain("Tạo tài khoản");
        recent.ShouldContain("nv.congthuong");
        recent.ShouldContain("Thêm cơ quan");
    }

    [Fact]
    public async Task Administration_pages_fit_a_360_px_phone()
    {
        var page = await browser.NewPageAsync(width: 360, height: 740);
        await SignInAsync(page, "quantri");
        var overflowing = new List<string>();

        foreach (var (url, name) in new[]
                 {
                     ("/admin", "org-admin-home-phone"),
                     ("/admin/agencies", "org-agencies-phone"),
                     ("/admin/people", "org-people-phone"),
                     ("/admin/people/edit", "org-person-new-phone"),
                     ("/admin/agencies/edit", "org-agency-new-phone"),
                 })
        {
            await page.GotoAsync(url);
            await BrowserFixture.ScreenshotAsync(page, name);
            if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"))
            {
                overflowing.Add(url);
            }
        }

        var header = await page.Locator(".main-nav").InnerTextAsync();

        overflowing.ShouldBeEmpty("these pages scroll sideways at 360 px");
        header.ShouldContain("Bùi Thị Lan");
        header.ShouldContain("Quản trị hệ thống");
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", DemoProvince.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }
}
