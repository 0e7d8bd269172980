using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Catalog;

[Collection(SharedHosts.DemoData)]
public sealed class ProcedurePagesTests
{
    private readonly HttpClient _client;

    public ProcedurePagesTests(MotCuaFactory factory) =>
        _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Anonymous_citizen_finds_a_procedure_typing_without_diacritics()
    {
        var page = await GetPageAsync("/procedures?q=dang+ky+ket+hon");

        var titles = page.QuerySelectorAll(".procedure-item h2 a").Select(a => a.TextContent.Trim()).ToList();
        titles[0].ShouldBe("Đăng ký kết hôn");
        page.QuerySelector(".procedure-item h2 a")!.GetAttribute("href").ShouldBe("/procedures/1.001193");
        page.QuerySelector(".result-count")!.TextContent.ShouldContain($"Tìm thấy {titles.Count} thủ tục");
        ((IHtmlInputElement)page.QuerySelector("input#q")!).Value.ShouldBe("dang ky ket hon");
    }

    [Fact]
    public async Task Browsing_is_paged_by_twenty_with_a_pager_that_keeps_the_filters()
    {
        var first = await GetPageAsync("/procedures?online=full");
        var nextHref = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await GetPageAsync(nextHref);

        first.QuerySelectorAll(".procedure-item").Length.ShouldBe(20);
        nextHref.ShouldBe("/procedures?online=full&page=2");
        second.QuerySelector(".pager [aria-current=page]")!.TextContent.ShouldBe("2");
        second.QuerySelectorAll(".procedure-item .badge").ShouldAllBe(b => b.TextContent == "Toàn trình");
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_stay_selected()
    {
        var page = await GetPageAsync("/procedures?field=CHUNGTHUC&agency=H99.51&level=XA");

        page.QuerySelectorAll(".procedure-item").Length.ShouldBeGreaterThan(3);
        page.QuerySelectorAll(".procedure-item .agencies").ShouldAllBe(a => a.TextContent.Contains("UBND phường Hòa Lạc"));
        ((IHtmlSelectElement)page.QuerySelector("select#field")!).Value.ShouldBe("CHUNGTHUC");
        ((IHtmlSelectElement)page.QuerySelector("select#agency")!).Value.ShouldBe("H99.51");
    }

    [Fact]
    public async Task No_match_shows_an_empty_state_not_an_error()
    {
        var page = await GetPageAsync("/procedures?q=xyzxyz+khong+ton+tai");

        page.QuerySelector(".empty-state")!.TextContent.ShouldContain("Không tìm thấy thủ tục nào phù hợp.");
        page.QuerySelector(".result-count")!.TextContent.ShouldContain("Tìm thấy 0 thủ tục");
        page.QuerySelector(".pager").ShouldBeNull();
    }

    [Theory]
    [InlineData("/procedures?page=abc")]
    [InlineData("/procedures?page=0")]
    [InlineData("/procedures?online=cap-do-4")]
    public async Task Bad_parameters_on_the_page_are_a_400_not_a_500(string url)
    {
        var response = await _client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Procedure_page_shows_every_component_a_citizen_needs()
    {
        var page = await GetPageAsync("/procedures/2.000635");
        var text = page.QuerySelector("main")!.TextContent;

        page.QuerySelector("h1")!.TextContent.ShouldStartWith("Cấp Phiếu lý lịch tư pháp");
        text.ShouldContain("Mã thủ tục: 2.000635");
        text.ShouldContain("Lý lịch tư pháp");
        text.ShouldContain("Cấp tỉnh");
        text.ShouldContain("10 ngày làm việc");
        text.ShouldContain("Hồ sơ nhận sau 15:00");
        text.ShouldContain("Sở Tư pháp tỉnh Sông Hồng");
        text.ShouldContain("Bước 1");
        text.ShouldContain("Trực tuyến trên Cổng Dịch vụ công");
        text.ShouldContain("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp");
        text.ShouldContain("Mẫu số 03/2013/TT-LLTP");
        text.ShouldContain("Có thể dùng lại từ kho dữ liệu điện tử");
        text.ShouldContain("200.000 đồng");
        text.ShouldContain("28/2009/QH12");
        text.ShouldContain("Toàn trình");
        text.ShouldContain("Quyết định số 1568/QĐ-UBND ngày 10/07/2025");
        page.QuerySelector("button[data-print]").ShouldNotBeNull();
        page.QuerySelector("link[href^='/css/catalog.css']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Partly_online_procedure_states_the_reason_and_same_day_time_in_words()
    {
        var text = (await GetPageAsync("/procedures/2.000815")).QuerySelector("main")!.TextContent;

        text.ShouldContain("Một phần");
        text.ShouldContain("Lý do chưa cung cấp toàn trình:");
        text.ShouldContain("Giải quyết ngay trong ngày");
        text.ShouldContain("2.000 đồng");
        text.ShouldContain("Hồ sơ tiếp nhận sau 15:00 được tính từ ngày làm việc tiếp theo. Căn cứ: Nghị định 23/2015/NĐ-CP, Điều 7.");
    }

    [Fact]
    public async Task Procedure_page_in_English_formats_fees_the_English_way()
    {
        var text = (await GetPageAsync("/procedures/2.000635?culture=en")).QuerySelector("main")!.TextContent;

        text.ShouldContain("VND 200,000");
        text.ShouldContain("10 working days");
    }

    [Fact]
    public async Task Unknown_code_gets_the_404_page()
    {
        var response = await _client.GetAsync("/procedures/9.999999");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Không tìm thấy trang hoặc dữ liệu được yêu cầu.");
    }

    private async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
