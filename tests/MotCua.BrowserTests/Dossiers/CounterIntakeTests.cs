using Microsoft.Playwright;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.BrowserTests.Dossiers;

[Collection(BrowserCollection.Name)]
public sealed class CounterIntakeTests(BrowserFixture browser)
{
    [Fact]
    public async Task Counter_officer_returns_an_incomplete_dossier_then_accepts_it_and_the_citizen_tracks_it()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Locator("[name='Input.UserName']").FillAsync("motcua");
        await page.Locator("[name='Input.Password']").FillAsync(DemoProvince.DemoPassword);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync("/dossiers/receive");
        await page.GetByLabel("Tìm thủ tục hành chính").FillAsync("dang ky ket hon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm" }).ClickAsync();
        await page.Locator("tr", new() { HasText = "1.001193" }).GetByRole(AriaRole.Link, new() { Name = "Chọn" }).ClickAsync();

        await page.GetByLabel("Họ và tên / Tên tổ chức").FillAsync("Nguyễn Thị Hồng Nhung");
        await page.GetByLabel("Số định danh cá nhân (CCCD)").FillAsync("03709200123");
        await page.GetByLabel("Địa chỉ", new() { Exact = true }).FillAsync("Số 5, thôn Đông, xã An Bình");
        await page.GetByLabel("Số điện thoại", new() { Exact = true }).FillAsync("0912 345 678");
        var provided = page.Locator("table.components input[name$='.Provided']");
        for (var i = 1; i < await provided.CountAsync(); i++)
        {
            await provided.Nth(i).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận (Mẫu 01)" }).ClickAsync();
        var alert = page.GetByRole(AriaRole.Alert);
        (await alert.InnerTextAsync()).ShouldContain("Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.");
        (await alert.InnerTextAsync()).ShouldContain("Hồ sơ còn thiếu");
        await BrowserFixture.ScreenshotAsync(page, "dossier-intake-errors");

        await page.GetByLabel("Số định danh cá nhân (CCCD)").FillAsync("037092001234");
        await page.Locator("table.components input[name$='.Problem']").First.FillAsync("Tờ khai chưa có chữ ký của hai bên");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yêu cầu bổ sung (Mẫu 02)" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã lập yêu cầu bổ sung");
        (await page.Locator(".desk-note").First.InnerTextAsync()).ShouldContain("Tờ khai chưa có chữ ký của hai bên");
        await BrowserFixture.ScreenshotAsync(page, "dossier-completion-requested");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận lại hồ sơ đã bổ sung" }).ClickAsync();
        await page.Locator("table.components input[name$='.Problem']").First.FillAsync("");
        await page.Locator("table.components input[name$='.Provided']").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận (Mẫu 01)" }).ClickAsync();
        var status = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        status.ShouldContain("Đã tiếp nhận hồ sơ, mã số hồ sơ H99.01.01-");
        var code = await page.Locator(".dossier-head .code").InnerTextAsync();
        (await page.Locator("body").InnerTextAsync()).ShouldContain("Lịch sử hồ sơ toàn vẹn (4 mục");
        await BrowserFixture.ScreenshotAsync(page, "dossier-accepted");

        var citizen = await browser.NewPageAsync();
        await citizen.SetViewportSizeAsync(360, 740);
        await citizen.GotoAsync("/tra-cuu");
        await citizen.GetByLabel("Mã số hồ sơ").FillAsync(code);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        (await citizen.Locator(".tracking").InnerTextAsync()).ShouldContain("Được tiếp nhận");
        await citizen.GetByLabel("Xem quá trình xử lý: nhập 4 số cuối").FillAsync("5678");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Xem chi tiết" }).ClickAsync();
        (await citizen.Locator(".tracking").InnerTextAsync()).ShouldContain("N.T.H.N.");
        await BrowserFixture.ScreenshotAsync(citizen, "dossier-tracking-phone");
    }
}
