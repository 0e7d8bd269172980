using System.Globalization;
using Microsoft.Playwright;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.BrowserTests.Metrics;

/// <summary>The application with a small demo year (ADR-056), so that the metrics pages have figures to walk through.</summary>
public sealed class DemoYearBrowserFixture() : BrowserFixture(new DemoYearApp())
{
    private sealed class DemoYearApp : MotCuaFactory
    {
        protected override IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Demo:YearDossiers"] = "200" };
    }
}

/// <summary>
/// Issue 13 §8: the province officer opens the public scoreboard and the live Bộ chỉ số 766, drills from chỉ số 2.1 down to
/// one dossier late under the 766 definition, opens the what-if (mô phỏng), downloads the dossier statistics as .docx and
/// .xlsx and last quarter's control report as .docx, PDF and .xlsx; a unit leader's home at 360 px.
/// </summary>
public sealed class MetricsWalkTests(DemoYearBrowserFixture browser) : IClassFixture<DemoYearBrowserFixture>
{
    [Fact]
    public async Task Province_officer_drills_from_2_1_to_a_late_dossier_and_downloads_the_statistics()
    {
        var today = browser.App.HostToday();
        var period = $"tu={today.AddDays(-364).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&den={today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

        var board = await browser.NewPageAsync(width: 360, height: 740);
        await board.GotoAsync("/chi-so-766");
        await BrowserFixture.ScreenshotAsync(board, "metrics-scoreboard-phone");
        (await board.Locator("main").InnerTextAsync()).ShouldContain("Sở Nội vụ");

        var page = await StaffPages.SignedInAsync(browser, "vanphong");
        await page.GotoAsync("/metrics/766?scope=tinh&" + period);
        await BrowserFixture.ScreenshotAsync(page, "metrics-766-province");
        await page.Locator("a[href*='/metrics/766/2.1/items'][href*='side=mau-so']").First.ClickAsync();
        await page.WaitForURLAsync("**/metrics/766/2.1/items**");
        var late = page.Locator("tbody tr", new() { HasTextString = "sau hạn 766" }).First;
        var code = (await late.Locator("a").First.InnerTextAsync()).Trim();
        await BrowserFixture.ScreenshotAsync(page, "metrics-766-2-1-items");
        await late.Locator("a").First.ClickAsync();
        await page.WaitForURLAsync("**/dossiers/**");
        (await page.Locator("main").InnerTextAsync()).ShouldContain(code);
        await BrowserFixture.ScreenshotAsync(page, "metrics-766-late-dossier");

        await page.GotoAsync("/reports/statistics?" + period);
        foreach (var extension in new[] { "docx", "xlsx" })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"a[href*='statistics.{extension}']").First.ClickAsync());
            download.SuggestedFilename.ShouldEndWith("." + extension);
            var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
            bytes.Take(2).ShouldBe("PK"u8.ToArray(), $"the .{extension} is a zip package");
        }

        // The dossiers behind the table's largest figure, paged by key: the "next page" link opens page 2.
        await page.GotoAsync("/reports/statistics?" + period);
        var largest = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll(\"a[href*='/reports/statistics/dossiers']\")].map(a => [parseInt(a.textContent.replace(/\\D/g, ''), 10) || 0, a.getAttribute('href')]).sort((x, y) => y[0] - x[0])[0][1]");
        await page.GotoAsync(largest);
        await BrowserFixture.ScreenshotAsync(page, "reports-statistics-dossiers");
        await page.Locator("a[rel='next']").First.ClickAsync();
        await page.WaitForURLAsync("**after=**");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Trang 2");
        await BrowserFixture.ScreenshotAsync(page, "reports-statistics-dossiers-page-2");

        // A list past the count's cap shows the exact size beside "more than": the figure, from the roll-ups.
        // 1,010 receptions of Sở Nội vụ two years back, outside the demo year the other walks read.
        var year = browser.App.HostToday().Year - 2;
        await EndedReceptions.AddAsync(browser.App, DemoProvince.HomeAffairs, new DateOnly(year, 4, 1), 1_010, "Q");
        var quarter = $"{year}-Q2";
        await page.GotoAsync($"/metrics/766/3.3/items?scope=tinh&ky={quarter}&side=mau-so");
        await BrowserFixture.ScreenshotAsync(page, "metrics-766-items-past-the-cap");
        (await page.Locator("#items-more-than").InnerTextAsync()).ShouldBe("Hơn 1.000 hồ sơ");
        (await page.Locator("#items-exact").InnerTextAsync()).ShouldBe("Tổng số: 1.010 hồ sơ (số liệu của chỉ số)");
        await page.SetViewportSizeAsync(360, 740);
        await BrowserFixture.ScreenshotAsync(page, "metrics-766-items-past-the-cap-phone");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth")).ShouldBeFalse("the drill-down scrolls sideways at 360 px");
    }

    [Fact]
    public async Task Province_officer_drafts_last_quarters_control_report_and_downloads_it_as_docx_pdf_and_xlsx()
    {
        var today = browser.App.HostToday();
        var quarter = ((today.Month - 1) / 3) + 1;
        var (year, previous) = quarter == 1 ? (today.Year - 1, 4) : (today.Year, quarter - 1);

        var page = await StaffPages.SignedInAsync(browser, "vanphong");
        await page.GotoAsync("/reports/control");
        await page.Locator("#period").FillAsync(string.Create(CultureInfo.InvariantCulture, $"{year}-Q{previous}"));
        await page.Locator("form[action='/reports/control'] button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        page.Url.ShouldMatch("/reports/control/[0-9a-f-]{36}$", await page.Locator("main").InnerTextAsync());
        (await page.Locator("#report-state").InnerTextAsync()).ShouldContain("Dự thảo");
        // The province's own report: the province officer drafts it, sends it up and signs it off, all through its buttons.
        await page.Locator("form[action$='handler=submit'] button").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.Locator("#report-state").InnerTextAsync()).ShouldContain("Trình ký");
        await page.Locator("form[action$='handler=approve'] button").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.Locator("#report-state").InnerTextAsync()).ShouldContain("Đã ký duyệt");
        var received = await page.Locator(".statistics-table tfoot a[href*='col=3']").First.InnerTextAsync();
        long.Parse(received, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("vi-VN")).ShouldBeGreaterThan(0, "the demo year's quarter has dossiers");
        await BrowserFixture.ScreenshotAsync(page, "reports-control-report");
        foreach (var (extension, magic) in new[] { ("docx", "PK"u8.ToArray()), ("pdf", "%P"u8.ToArray()), ("xlsx", "PK"u8.ToArray()) })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"a[href$='.{extension}']").First.ClickAsync());
            download.SuggestedFilename.ShouldEndWith("." + extension);
            (await File.ReadAllBytesAsync((await download.PathAsync())!)).Take(2).ShouldBe(magic, $"the .{extension} is what its name says");
        }
    }

    [Fact]
    public async Task Province_officer_compares_what_so_noi_vu_reported_with_the_live_figures_and_reads_the_units_evaluation()
    {
        var page = await StaffPages.SignedInAsync(browser, "vanphong");
        await page.GotoAsync("/reports/obligations?status=SubmittedLate");
        await page.Locator("tbody tr", new() { HasTextString = "Sở Nội vụ" }).First.Locator("a[href^='/reports/obligations/']").First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/reports/obligations/[0-9a-f-]{36}$"));
        await page.GotoAsync(page.Url + "/compare");
        await BrowserFixture.ScreenshotAsync(page, "reports-obligation-compare");
        (await page.Locator(".compare-definition").InnerTextAsync()).ShouldContain("hạn");
        (await page.Locator(".compare-table").CountAsync()).ShouldBe(1, "the demo agency's reported table beside the live one");

        await page.GotoAsync("/metrics/danh-gia");
        await BrowserFixture.ScreenshotAsync(page, "metrics-evaluation");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Sở Nội vụ");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("danh mục áp dụng tại ngày");
    }

    [Fact]
    public async Task Province_officer_opens_the_what_if_from_the_province_766_and_sees_it_labelled_a_simulation()
    {
        // This year: scored with the set in force now (the 2026 sheet's full-online row counts the procedures made toàn trình).
        var year = browser.App.HostToday().Year.ToString(CultureInfo.InvariantCulture);

        var page = await StaffPages.SignedInAsync(browser, "vanphong");
        await page.GotoAsync("/metrics/766?scope=tinh&ky=" + year);
        await page.Locator("#what-if-link").ClickAsync();
        await page.WaitForURLAsync("**/metrics/766/mo-phong**");
        await page.Locator("#muc-tieu").FillAsync("99");
        await page.Locator("#them-toan-trinh").FillAsync("3");
        await page.Locator("form.ledger-filter button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**muc-tieu=99**");
        await BrowserFixture.ScreenshotAsync(page, "metrics-766-what-if");
        var text = await page.Locator("main").InnerTextAsync();
        text.ShouldContain("Đây là mô phỏng");
        (await page.Locator("#what-if-summary tbody tr").CountAsync()).ShouldBe(5, "now and the four scenarios");
        (await page.Locator("#what-if-summary .badge").CountAsync()).ShouldBe(4, "each scenario is labelled a simulation");
        (await page.Locator("#what-if-summary tr[data-scenario='Combined'] td").Last.InnerTextAsync()).ShouldNotBe("0,00", "the demo year leaves points to win");
    }

    [Fact]
    public async Task Unit_leader_lands_on_a_home_that_fits_a_360_px_phone()
    {
        var phone = await browser.NewPageAsync(width: 360, height: 740);
        await phone.GotoAsync("/account/login");
        await phone.Locator("[name='Input.UserName']").FillAsync("truongphong");
        await phone.Locator("[name='Input.Password']").FillAsync(DemoProvince.DemoPassword);
        await phone.Locator("form button[type=submit]").ClickAsync();
        await phone.WaitForURLAsync("**/home");
        await BrowserFixture.ScreenshotAsync(phone, "metrics-unit-leader-home-phone");
        (await phone.Locator("main").InnerTextAsync()).ShouldContain("Bộ chỉ số 766");
        (await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth")).ShouldBeFalse("the home scrolls sideways at 360 px");
    }
}
