using Microsoft.Playwright;
using MotCua.Testing;

namespace MotCua.BrowserTests.Citizens;

[Collection(BrowserCollection.Name)]
public sealed class CitizenAccountBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_citizen_registers_on_a_phone_enters_the_code_completes_the_profile_and_registers_an_organisation()
    {
        var phone = await browser.NewPageAsync(360, 740);
        await phone.GotoAsync("/");
        // On a phone the menu opens from its button.
        await phone.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Đăng ký", Exact = true }).ClickAsync();
        await phone.GetByLabel("Họ và tên").FillAsync("Nguyễn Thị Thanh Hương");
        await phone.GetByLabel("Thư điện tử hoặc số điện thoại di động").FillAsync("0915 246 802");
        await phone.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("ngan");
        await phone.GetByLabel("Nhập lại mật khẩu").FillAsync("ngan");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        (await phone.Locator(".validation-summary-errors").InnerTextAsync()).ShouldContain("ít nhất 10");
        await BrowserFixture.ScreenshotAsync(phone, "citizen-register-errors-360");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);

        await phone.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(CitizenAccounts.Password);
        await phone.GetByLabel("Nhập lại mật khẩu").FillAsync(CitizenAccounts.Password);
        await phone.GetByLabel("Tôi đồng ý").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        await phone.WaitForURLAsync("**/tai-khoan/xac-thuc/**");
        (await phone.Locator(".lead").InnerTextAsync()).ShouldContain("0915 *** 802");
        await BrowserFixture.ScreenshotAsync(phone, "citizen-verify-360");

        var code = await browser.App.LatestCodeAsync("0915246802");
        code.ShouldNotBeNull();
        await phone.GetByLabel("Mã xác thực (6 chữ số)").FillAsync(code);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await phone.WaitForURLAsync("**/tai-khoan?chao-mung=true");
        (await phone.Locator("[role=status]").InnerTextAsync()).ShouldContain("Chào mừng Nguyễn Thị Thanh Hương");

        await phone.GetByLabel("Số định danh cá nhân (CCCD)").FillAsync("001190012345");
        await phone.GetByLabel("Ngày sinh").FillAsync("1985-05-20");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        (await phone.Locator(".validation-summary-errors").InnerTextAsync()).ShouldContain("không khớp với năm sinh");
        await phone.GetByLabel("Ngày sinh").FillAsync("1990-05-20");
        await phone.GetByLabel("Địa chỉ").FillAsync("Số 12, ngõ 3, phường Hồng Hà");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await phone.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã lưu thông tin cá nhân." }).WaitForAsync();
        await BrowserFixture.ScreenshotAsync(phone, "citizen-profile-360");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);

        await phone.GetByRole(AriaRole.Link, new() { Name = "Tổ chức, doanh nghiệp của tôi" }).ClickAsync();
        await phone.GetByLabel("Tên tổ chức, doanh nghiệp").FillAsync("Hộ kinh doanh Thanh Hương");
        await phone.GetByLabel("Mã số doanh nghiệp / mã số thuế").FillAsync("0105551234");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Đăng ký", Exact = true }).ClickAsync();
        await phone.WaitForURLAsync("**/tai-khoan/to-chuc/**");
        (await phone.Locator("h1").InnerTextAsync()).ShouldBe("Hộ kinh doanh Thanh Hương");
        (await phone.Locator("table").InnerTextAsync()).ShouldContain("Người quản lý");
        await BrowserFixture.ScreenshotAsync(phone, "citizen-organisation-360");

        var again = await browser.NewPageAsync();
        await again.GotoAsync("/account/login");
        await BrowserFixture.ScreenshotAsync(again, "login-with-register-links");
        await again.GetByLabel("Tên đăng nhập, thư điện tử hoặc số điện thoại").FillAsync("0915.246.802");
        await again.GetByLabel("Mật khẩu").FillAsync(CitizenAccounts.Password);
        await again.Locator("form button[type=submit]").ClickAsync();
        await again.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        (await again.GetByRole(AriaRole.Link, new() { Name = "Tài khoản của tôi" }).CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task The_registration_form_can_be_filled_with_the_keyboard_alone()
    {
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync("/tai-khoan/dang-ky");
        var labels = await page.Locator("form input:not([type=hidden])").EvaluateAllAsync<string[]>(
            "inputs => inputs.map(i => (i.labels && i.labels.length ? i.labels[0].innerText.trim() : ''))");
        labels.ShouldAllBe(l => l.Length > 0, "every field has a label");

        await page.GetByLabel("Họ và tên").FocusAsync();
        var order = new List<string>();
        for (var step = 0; step < 6; step++)
        {
            order.Add(await page.EvaluateAsync<string>("document.activeElement.name || document.activeElement.innerText"));
            await page.Keyboard.PressAsync("Tab");
        }

        order.ShouldBe(["Input.FullName", "Input.Contact", "Input.Password", "Input.ConfirmPassword", "Input.Consent", "Đăng ký"]);
    }
}
