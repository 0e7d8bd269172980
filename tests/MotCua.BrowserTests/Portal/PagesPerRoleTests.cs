using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.BrowserTests.Portal;

/// <summary>
/// Every page a visitor, a citizen and each demo staff role reaches — the links of its menu and of the administration
/// page, plus known pages with demo records (a dossier, its forms, the counter form, the form previews, the error pages) —
/// at 1280 px and 360 px: no console error (a CSP violation is one), no failed style, script or image, no resource key or
/// enum name shown as text, content clear of the menu bar and the footer, no property shown without a value, no page
/// wider than the phone, and a header that leaves the phone screen to the page. A screenshot of each goes to
/// artifacts/screenshots (walk-*).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PagesPerRoleTests(BrowserFixture browser)
{
    /// <summary>A fifth of a 360 × 740 phone screen.</summary>
    private const int PhoneHeaderLimit = 148;

    /// <summary>Below this the page's first or last block touches the menu bar or the footer.</summary>
    private const int MinimumMargin = 16;

    private static readonly string[] PublicPages =
    [
        "/", "/procedures", "/procedures/1.000362", "/calendar", "/tra-cuu", "/danh-gia", "/account/login", "/tai-khoan/dang-ky",
        "/tai-khoan/quen-mat-khau", "/xep-hang/" + DemoProvince.ServiceCentre, "/man-hinh/" + DemoProvince.ServiceCentre,
        "/error/404", "/error/403", "/khong-co-trang-nay",
    ];

    private static readonly Dictionary<string, string[]> KnownPages = new()
    {
        ["congdan"] = ["/dich-vu-cong/1.010814", "/tai-khoan/lien-he", "/tai-khoan/doi-mat-khau", "/tai-khoan/to-chuc", "/admin"],
        ["motcua"] = ["/dossiers/receive?procedure=1.001193", "/queue/stats", "/admin"],
        ["chuyenvien"] = ["/queue/stats"],
        ["truongphong"] = [],
        ["giamdoc"] = [],
        ["kiemsoat"] = ["/forms/preview/receipt", "/forms/preview/supplement", "/forms/preview/controlsheet", "/workflows"],
        ["vanphong"] = ["/reports/statistics?layout=detailed&group=agency", "/reports/statistics/dossiers?col=3"],
        ["quantri"] = ["/calendar/exceptions", "/calendar/schedules", "/workflows"],
    };

    /// <summary>Pages of the lists above visited for the refusal they show that account (the 403 page in its layout).</summary>
    private static readonly HashSet<string> Refusals = ["congdan /admin", "motcua /admin"];

    // Texts that are enum member names, never Vietnamese or English words a page should show.
    private static readonly HashSet<string> EnumNames =
    [
        "Pending", "Declined", "Failed", "Succeeded", "Expired", "Paid", "Cancelled", "Sent", "Simulated", "Registration", "PasswordReset",
        "ContactChange", "Online", "Direct", "Counter", "Received", "InProgress", "Returned", "Individual", "Organisation",
    ];

    [Fact]
    public async Task Every_page_of_every_role_loads_cleanly_in_Vietnamese_on_a_desktop_and_a_phone()
    {
        await DemoDossiers.AcceptAsync(browser, "1.001193", "Phạm Văn Đi");
        await DemoDossiers.AcceptAsync(browser, "1.000362", "Phạm Văn Đi");
        var problems = new List<string>();
        problems.AddRange(await WalkAsync("anonymous", await browser.NewPageAsync(), []));
        foreach (var account in DemoProvince.Accounts)
        {
            var page = await StaffPages.SignedInAsync(browser, account.UserName);
            problems.AddRange(await WalkAsync(account.UserName, page, KnownPages.GetValueOrDefault(account.UserName) ?? []));
        }

        problems.ShouldBeEmpty();
    }

    private async Task<List<string>> WalkAsync(string who, IPage page, IEnumerable<string> known)
    {
        var problems = new List<string>();
        var current = "";
        page.Console += (_, message) =>
        {
            // A failed load is reported with its address below; the console's copy of it names none.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add($"{who} {current}: console: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{who} {current}: script error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                problems.Add($"{who} {current}: {response.Status} {response.Url}");
            }
        };
        page.RequestFailed += (_, request) => problems.Add($"{who} {current}: failed {request.Url}");

        // The public pages once, by the visitor; each account its home page, its menu and its own pages.
        List<string> urls = who == "anonymous" ? [.. PublicPages] : ["/"];
        await page.GotoAsync("/");
        urls.AddRange((await LinksAsync(page, ".main-nav a[href^='/']")).Except(PublicPages));
        urls.AddRange(known);
        if (urls.Contains("/admin") && who != "congdan" && who != "motcua")
        {
            await page.GotoAsync("/admin");
            urls.AddRange(await LinksAsync(page, "main a[href^='/']"));
        }

        if (urls.Contains("/dossiers"))
        {
            await page.GotoAsync("/dossiers");
            if (await LinksAsync(page, "main table a[href^='/dossiers/']") is [var dossier, ..])
            {
                urls.AddRange([dossier, dossier + "/payments", dossier + "/forms/receipt/html"]);
            }
        }

        foreach (var url in urls.Distinct())
        {
            current = url;
            await page.SetViewportSizeAsync(1280, 900);
            var opened = await page.GotoAsync(url);
            // A page of the walk's lists is one the account may open, but for the error pages and the refusals visited as such.
            if (opened is { Status: >= 400 } && !Refusals.Contains($"{who} {url}")
                && !PublicPages.Where(p => p.StartsWith("/error/", StringComparison.Ordinal) || p == "/khong-co-trang-nay").Contains(url))
            {
                problems.Add($"{who} {url}: answers {opened.Status}");
            }

            var name = Name(who, url);
            await BrowserFixture.ScreenshotAsync(page, name);
            problems.AddRange((await UntranslatedAsync(page)).Select(text => $"{who} {url}: untranslated \"{text}\""));
            if (await page.Locator("h1").CountAsync() == 0)
            {
                problems.Add($"{who} {url}: no heading");
            }

            foreach (var label in await page.EvaluateAsync<string[]>(EmptyValues))
            {
                problems.Add($"{who} {url}: \"{label}\" shown with no value");
            }

            var (above, below) = await MarginsAsync(page);
            if (above < MinimumMargin || below < MinimumMargin)
            {
                problems.Add($"{who} {url}: content {above} px below the menu and {below} px above the footer");
            }

            await page.SetViewportSizeAsync(360, 740);
            var header = await page.EvaluateAsync<double>("() => document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0");
            if (header > PhoneHeaderLimit)
            {
                problems.Add($"{who} {url}: header {header} px high on a 360 × 740 phone");
            }

            var width = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth");
            if (width > 360)
            {
                problems.Add($"{who} {url}: page {width} px wide on a 360 px phone, it scrolls sideways");
            }

            await BrowserFixture.ScreenshotAsync(page, name + "-360");
        }

        await page.Context.CloseAsync();
        return problems;
    }

    /// <summary>The labels of a list of properties (<c>dt</c>) whose value (<c>dd</c>) is empty: a blank where a reader expects a value or "none".</summary>
    private const string EmptyValues = """
        () => [...document.querySelectorAll('main dd')]
          .filter(dd => dd.textContent.trim() === '' && !dd.querySelector('input, select, textarea, img, svg, button'))
          .map(dd => dd.previousElementSibling?.textContent.trim() ?? '')
        """;

    /// <summary>
    /// Space between the header and the first thing on the page, and between the last thing and the footer (no footer:
    /// the kiosk and the calling display, which fill the screen).
    /// </summary>
    private static async Task<(double Above, double Below)> MarginsAsync(IPage page)
    {
        var margins = await page.EvaluateAsync<double[]>("""
            () => {
              const boxes = [...document.querySelector('main').children].map(e => e.getBoundingClientRect()).filter(r => r.height > 0);
              const header = Math.max(...[...document.querySelectorAll('.site-header, .main-nav')].map(e => e.getBoundingClientRect().bottom));
              const footer = document.querySelector('.site-footer')?.getBoundingClientRect().top;
              return [Math.min(...boxes.map(r => r.top)) - header, footer === undefined ? 9999 : footer - Math.max(...boxes.map(r => r.bottom))];
            }
            """);
        return (Math.Round(margins[0]), Math.Round(margins[1]));
    }

    private static async Task<List<string>> LinksAsync(IPage page, string selector) =>
        [.. (await page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            .Where(href => !href.StartsWith("/culture/", StringComparison.Ordinal) && !href.EndsWith(".pdf", StringComparison.Ordinal)
                           && !href.EndsWith(".xlsx", StringComparison.Ordinal))];

    /// <summary>Visible texts and accessible names that are a resource key (<c>Status_Pending</c>) or an enum member name.</summary>
    private static async Task<IEnumerable<string>> UntranslatedAsync(IPage page)
    {
        var texts = await page.EvaluateAsync<string[]>("""
            () => {
              const texts = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const parent = walker.currentNode.parentElement;
                if (parent && !['SCRIPT', 'STYLE'].includes(parent.tagName)) texts.push(walker.currentNode.textContent);
              }
              for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [alt], option')) {
                for (const name of ['title', 'aria-label', 'placeholder', 'alt']) if (el.hasAttribute(name)) texts.push(el.getAttribute(name));
              }
              return texts;
            }
            """);
        return texts.SelectMany(t => t.Split(['\n', '(', ')', ':', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(t => ResourceKey().IsMatch(t) || EnumNames.Contains(t))
            .Distinct();
    }

    private static string Name(string who, string url)
    {
        var path = string.Concat(url.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
        path = path.Length == 0 ? "home" : path.Length > 60 ? path[..60] : path;
        return $"walk-{who}-{path}";
    }

    [GeneratedRegex("^[A-Z][A-Za-z]+_[A-Za-z_]+$")]
    private static partial Regex ResourceKey();
}
