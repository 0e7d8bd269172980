using System.Net;
using System.Text.RegularExpressions;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Portal;

/// <summary>
/// Citizen pages stay light for phones on mobile data: the page and everything it loads (styles, scripts, images),
/// uncompressed, under 200 KB — an upper bound of what is transferred.
/// </summary>
[Collection(SharedHosts.DemoData)]
public sealed partial class PageWeightTests(MotCuaFactory factory)
{
    private const int Budget = 200 * 1024;

    [Fact]
    public async Task Every_citizen_page_with_its_styles_and_scripts_weighs_under_200_KB()
    {
        var anonymous = await factory.ClientAsync(null);
        var citizen = await factory.RegisterCitizenAsync("Người Đo Trang", $"do.{Guid.NewGuid():N}@example.vn");
        var application = await OnlineArrange.StartAsync(citizen, OnlineArrange.GraveVisitCode);
        var pages = new List<(HttpClient Client, string Url)>
        {
            (anonymous, "/"), (anonymous, "/procedures"), (anonymous, "/procedures?q=tro%20cap"), (anonymous, "/procedures/" + OnlineArrange.LicenceCode),
            (anonymous, "/tra-cuu"), (anonymous, "/danh-gia"), (anonymous, "/account/login"), (anonymous, "/tai-khoan/dang-ky"),
            (anonymous, "/xep-hang/" + DemoProvince.ServiceCentre), (anonymous, "/man-hinh/" + DemoProvince.ServiceCentre),
            (citizen, "/dich-vu-cong/" + OnlineArrange.GraveVisitCode), (citizen, application), (citizen, "/ho-so-cua-toi"), (citizen, "/kho-du-lieu"),
            (citizen, "/thong-bao"), (citizen, "/tai-khoan"), (citizen, "/tai-khoan/to-chuc"),
        };

        var report = new List<string>();
        foreach (var (client, url) in pages)
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            var html = await response.Content.ReadAsByteArrayAsync();
            var total = html.Length;
            foreach (Match asset in Assets().Matches(System.Text.Encoding.UTF8.GetString(html)))
            {
                total += (await client.GetByteArrayAsync(WebUtility.HtmlDecode(asset.Groups["url"].Value))).Length;
            }

            report.Add($"{url}: {total / 1024.0:F1} KB");
            total.ShouldBeLessThan(Budget, $"{url} weighs {total / 1024.0:F1} KB with its assets");
        }

        report.Count.ShouldBe(pages.Count);
    }

    [GeneratedRegex("""<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src|img[^>]+src)="(?<url>/[^"]+)""")]
    private static partial Regex Assets();
}
