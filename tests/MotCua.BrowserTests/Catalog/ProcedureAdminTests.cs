using Microsoft.Playwright;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.BrowserTests.Catalog;

[Collection(BrowserCollection.Name)]
public sealed class ProcedureAdminTests(BrowserFixture browser)
{
    [Fact]
    public async Task Control_officer_creates_a_procedure_fixes_a_validation_error_and_publishes_it()
    {
        var field = await FieldAsync("Chứng thực");
        var code = "9." + Guid.NewGuid().ToString("N")[..6];
        var page = await browser.NewPageAsync();
        await SignInAsync(page);

        await page.GotoAsync("/catalog/new");
        await page.GetByLabel("Mã thủ tục").FillAsync(code + " X");
        await page.GetByLabel("Lĩnh vực").SelectOptionAsync(field);
        await page.GetByLabel("Tên thủ tục").FillAsync("Chứng thực bản sao từ bản chính thử nghiệm");
        await page.GetByLabel("Cấp xã").CheckAsync();
        await page.GetByLabel("Cơ quan 1").SelectOptionAsync(DemoProvince.CommuneAnBinh);
        await page.GetByLabel("Trình tự thực hiện (mỗi bước một dòng)").FillAsync("Nộp bản chính và bản sao.\nNhận bản sao đã chứng thực.");
        await page.GetByRole(AriaRole.Group, new() { Name = "Cách thức thực hiện" }).GetByLabel("Trực tuyến", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Đối tượng thực hiện").FillAsync("Cá nhân, tổ chức");
        await page.GetByLabel("Kết quả thực hiện").FillAsync("Bản sao được chứng thực");
        await page.GetByLabel("Tên giấy tờ").FillAsync("Bản chính giấy tờ");
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Thêm thành phần hồ sơ" }).ClickAsync();
        await page.Locator("[name='Input.DossierComponents[1].Name']").FillAsync("Bản sao cần chứng thực");
        await page.Locator("[name='Input.DossierComponents[1].Forms'][value='Copy']").CheckAsync();
        await page.Locator("[name='Input.DossierComponents[1].Forms'][value='Original']").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Thêm phí, lệ phí" }).ClickAsync();
        await page.GetByLabel("Tên phí, lệ phí 1").FillAsync("Lệ phí chứng thực");
        await page.GetByLabel("Số tiền (đồng)").FillAsync("2000");
        await page.GetByLabel("Số, ký hiệu văn bản 1").FillAsync("23/2015/NĐ-CP");
        await page.Locator("#Input_ProcessingTimeAmount").FillAsync("1");
        await page.GetByLabel("Mức độ dịch vụ công trực tuyến").SelectOptionAsync("Partial");
        await BrowserFixture.ScreenshotAsync(page, "catalog-edit-desktop");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        (await alert.InnerTextAsync()).ShouldContain("Chưa lưu");
        (await alert.InnerTextAsync()).ShouldContain("Mã thủ tục dài tối đa 20 ký tự và không chứa khoảng trắng.");
        (await alert.InnerTextAsync()).ShouldContain("Dịch vụ công trực tuyến một phần phải nêu lý do chưa cung cấp toàn trình.");
        (await page.Locator("[name='Input.DossierComponents[1].Name']").InputValueAsync()).ShouldBe("Bản sao cần chứng thực");
        await BrowserFixture.ScreenshotAsync(page, "catalog-edit-validation-error");

        await page.GetByLabel("Mã thủ tục").FillAsync(code);
        await page.GetByLabel("Lý do chưa cung cấp trực tuyến toàn trình").FillAsync("Phải đối chiếu bản chính tại nơi chứng thực");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Đã lưu dự thảo.");

        await page.GetByLabel("Số quyết định").FillAsync("88/QĐ-UBND");
        await page.GetByLabel("Ngày ký").FillAsync("2026-11-20");
        await page.GetByLabel("Ngày có hiệu lực").FillAsync("2026-11-25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Công bố", Exact = true }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Đã công bố thủ tục.");
        (await page.Locator("table.versions").InnerTextAsync()).ShouldContain("QĐ số 88/QĐ-UBND, ký ngày 20/11/2026, hiệu lực từ 25/11/2026");
        await BrowserFixture.ScreenshotAsync(page, "catalog-version-history");

        await page.GotoAsync("/catalog?q=chung+thuc+ban+sao+tu+ban+chinh+thu");
        var row = page.Locator("table.procedures tbody tr", new() { HasText = code });
        (await row.InnerTextAsync()).ShouldContain("Đã công bố");
        await BrowserFixture.ScreenshotAsync(page, "catalog-list");

        await page.GotoAsync("/catalog/posting-list?agency=" + DemoProvince.CommuneAnBinh);
        (await page.Locator("table.posting").InnerTextAsync()).ShouldContain(code);
        await BrowserFixture.ScreenshotAsync(page, "catalog-posting-list");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await BrowserFixture.ScreenshotAsync(page, "catalog-posting-list-print");
        (await page.Locator(".agency-picker").IsVisibleAsync()).ShouldBeFalse("the agency selector is not printed");
    }

    [Fact]
    public async Task Edit_form_fits_a_360_px_phone()
    {
        var page = await browser.NewPageAsync(width: 360, height: 740);
        await SignInAsync(page);

        await page.GotoAsync("/catalog/new");
        await BrowserFixture.ScreenshotAsync(page, "catalog-edit-phone");

        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse("the form scrolls sideways at 360 px");
    }

    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("[name='Input.UserName']").FillAsync("kiemsoat");
        await page.Locator("[name='Input.Password']").FillAsync(DemoProvince.DemoPassword);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    private async Task<string> FieldAsync(string name)
    {
        await using var scope = browser.App.CreateDbScope(out var db);
        var field = new ProcedureField { Id = Guid.CreateVersion7(), Code = "B" + Guid.NewGuid().ToString("N")[..8], Name = name + " " + Guid.NewGuid().ToString("N")[..4], SortOrder = 1 };
        db.ProcedureFields.Add(field);
        await db.SaveChangesAsync();
        return field.Code;
    }
}
