using Microsoft.Playwright;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.BrowserTests.Portal;

/// <summary>
/// WCAG 2.1 AA basics on every citizen page, on a 360 px phone: Vietnamese page language, a page heading, no sideways
/// scrolling, every visible form field with a label, every image with a text alternative, and the keyboard reaching
/// every control in order (no positive tabindex).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CitizenPagesAccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] PublicPages =
    [
        "/", "/procedures", "/procedures/1.000362", "/tra-cuu", "/danh-gia", "/account/login", "/tai-khoan/dang-ky", "/tai-khoan/quen-mat-khau",
        "/xep-hang/" + DemoProvince.ServiceCentre,
    ];

    private static readonly string[] CitizenPages =
    [
        "/dich-vu-cong/1.010814", "/ho-so-cua-toi", "/kho-du-lieu", "/thong-bao", "/tai-khoan", "/tai-khoan/lien-he", "/tai-khoan/doi-mat-khau", "/tai-khoan/to-chuc",
    ];

    [Fact]
    public async Task Citizen_pages_fit_a_phone_label_every_field_and_are_in_Vietnamese()
    {
        var page = await browser.NewPageAsync(360, 740);
        var problems = new List<string>();
        foreach (var url in PublicPages)
        {
            problems.AddRange(await CheckAsync(page, url));
        }

        var email = $"a11y.{Guid.NewGuid():N}@example.vn";
        await page.GotoAsync("/tai-khoan/dang-ky");
        await page.GetByLabel("Họ và tên").FillAsync("Người Kiểm Tra");
        await page.GetByLabel("Thư điện tử hoặc số điện thoại di động").FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(CitizenAccounts.Password);
        await page.GetByLabel("Nhập lại mật khẩu").FillAsync(CitizenAccounts.Password);
        await page.GetByLabel("Tôi đồng ý").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        await page.WaitForURLAsync("**/tai-khoan/xac-thuc/**");
        await page.GetByLabel("Mã xác thực (6 chữ số)").FillAsync((await browser.App.LatestCodeAsync(email))!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await page.WaitForURLAsync("**/tai-khoan?chao-mung=true");
        foreach (var url in CitizenPages)
        {
            problems.AddRange(await CheckAsync(page, url));
        }

        await page.GotoAsync("/dich-vu-cong/1.010814");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu" }).ClickAsync();
        await page.WaitForURLAsync("**/ho-so-truc-tuyen/**");
        problems.AddRange(await CheckAsync(page, new Uri(page.Url).PathAndQuery));

        problems.ShouldBeEmpty();
    }

    private static async Task<IEnumerable<string>> CheckAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        var name = "citizen-page" + string.Concat(new Uri(page.Url).AbsolutePath.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).TrimEnd('-');
        await BrowserFixture.ScreenshotAsync(page, name.Length > 80 ? name[..80] : name);
        return await ProblemsAsync(page, url);
    }

    /// <summary>The checks above on the page as it is now, without loading it again (for pages reached by a walk).</summary>
    internal static async Task<IEnumerable<string>> ProblemsAsync(IPage page, string url)
    {
        var found = await page.EvaluateAsync<string[]>("""
            () => {
              const problems = [];
              if (document.documentElement.lang !== 'vi') problems.push('lang is ' + document.documentElement.lang);
              if (!document.querySelector('h1')) problems.push('no h1');
              if (document.documentElement.scrollWidth > window.innerWidth) problems.push('scrolls sideways: ' + document.documentElement.scrollWidth);
              for (const field of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
                const visible = field.offsetParent !== null;
                const named = (field.labels && field.labels.length > 0) || field.getAttribute('aria-label') || field.getAttribute('aria-labelledby');
                if (visible && !named) problems.push('unlabelled ' + field.tagName.toLowerCase() + ' ' + (field.name || field.id));
              }
              for (const img of document.querySelectorAll('img')) {
                if (!img.hasAttribute('alt')) problems.push('image without alt ' + img.src);
              }
              for (const el of document.querySelectorAll('[tabindex]')) {
                if (parseInt(el.getAttribute('tabindex'), 10) > 0) problems.push('positive tabindex on ' + el.tagName);
              }
              return problems;
            }
            """);
        return found.Select(p => $"{url}: {p}");
    }
}
