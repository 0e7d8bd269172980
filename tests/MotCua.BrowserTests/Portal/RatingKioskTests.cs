using Microsoft.Playwright;

namespace MotCua.BrowserTests.Portal;

[Collection(BrowserCollection.Name)]
public sealed class RatingKioskTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_rating_kiosk_fits_a_phone_and_answers_an_unknown_dossier_without_saying_which_part_was_wrong()
    {
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync("/danh-gia");
        await BrowserFixture.ScreenshotAsync(page, "rating-kiosk-360");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);

        await page.GetByLabel("Mã hồ sơ (in trên giấy tiếp nhận)").FillAsync("H99.01.01-200101-9999");
        await page.GetByLabel("4 số cuối số điện thoại hoặc số định danh cá nhân của người nộp").FillAsync("1234");
        foreach (var answer in new[] { "Bằng thời gian cho phép", "Không phải liên hệ lần nào", "Chỉ Bộ phận Một cửa", "Không có phản ánh", "Hài lòng" })
        {
            await page.GetByLabel(answer, new() { Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();

        (await page.Locator("[role=alert]").InnerTextAsync()).ShouldContain("Không tìm thấy hồ sơ có mã và 4 số cuối đã nhập.");
        (await page.GetByLabel("Hài lòng", new() { Exact = true }).IsCheckedAsync()).ShouldBeTrue("the answers are kept");
        await BrowserFixture.ScreenshotAsync(page, "rating-kiosk-not-found-360");
    }
}
