using Microsoft.Playwright;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.BrowserTests.Dossiers;

[Collection(BrowserCollection.Name)]
public sealed class FormPreviewTests(BrowserFixture browser)
{
    [Fact]
    public async Task Control_officer_sees_the_receipt_template_as_an_a5_sheet_with_every_style_loaded()
    {
        var page = await browser.NewPageAsync(1280, 1100);
        var errors = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                errors.Add(response.Status + " " + response.Url);
            }
        };
        await page.GotoAsync("/account/login");
        await page.Locator("[name='Input.UserName']").FillAsync("kiemsoat");
        await page.Locator("[name='Input.Password']").FillAsync(DemoProvince.DemoPassword);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync("/forms/preview/receipt?regime=b");
        var sheet = page.Locator("article.form-sheet");
        await sheet.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "forms-preview-receipt");

        (await sheet.InnerTextAsync()).ShouldContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        var box = (await sheet.BoundingBoxAsync())!;
        ((double)box.Width).ShouldBe(148 / 25.4 * 96, 2.0, "the sheet is 148 mm wide");
        (await page.Locator("article svg").BoundingBoxAsync())!.Width.ShouldBeGreaterThan(40);
        (await page.GetByRole(AriaRole.Link, new() { Name = "Tải bản PDF" }).IsVisibleAsync()).ShouldBeTrue();
        errors.ShouldBeEmpty();
    }
}
