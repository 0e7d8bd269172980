using System.Net;
using AngleSharp.Html.Parser;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers;

[Collection(SharedHosts.DemoData)]
public sealed class FormPreviewTests(MotCuaFactory factory)
{
    [Theory]
    [InlineData("a", "Thông tư 01/2018/TT-VPCP", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")]
    [InlineData("b", "Thông tư 03/2025/TT-VPCP", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT")]
    public async Task Preview_shows_the_template_of_the_chosen_regime_as_html_with_a_pdf_link(string regime, string circular, string title)
    {
        var officer = await factory.ClientAsync("kiemsoat");

        var response = await officer.GetAsync($"/forms/preview/apologyextension?regime={regime}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var sheet = page.QuerySelector("article.form-sheet.form-a5")!;
        sheet.TextContent.ShouldContain(circular);
        sheet.TextContent.ShouldContain(title);
        sheet.TextContent.ShouldContain("Nguyễn Thị Hồng Nhung");
        page.QuerySelectorAll("[style]").ShouldBeEmpty();
        var pdfLink = page.QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.Contains("handler=pdf", StringComparison.Ordinal));

        var pdf = await officer.GetAsync(pdfLink.GetAttribute("href"));

        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await pdf.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public async Task Receipt_preview_has_the_qr_code_and_the_ledger_is_an_a4_sheet()
    {
        var admin = await factory.ClientAsync("quantri");

        var receipt = new HtmlParser().ParseDocument(await admin.GetStringAsync("/forms/preview/receipt?regime=b"));
        var ledger = new HtmlParser().ParseDocument(await admin.GetStringAsync("/forms/preview/ledger?regime=b"));

        receipt.QuerySelector("article.form-sheet svg path")!.GetAttribute("d")!.ShouldStartWith("M");
        receipt.QuerySelector("article")!.TextContent.ShouldContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        ledger.QuerySelector("article.form-a4l thead")!.TextContent.ShouldContain("Ký nhận");
        ledger.QuerySelectorAll("article tbody tr").Length.ShouldBe(45);
    }

    [Fact]
    public async Task Unknown_form_is_not_found_and_the_stop_notice_is_not_in_regime_a()
    {
        var officer = await factory.ClientAsync("kiemsoat");

        (await officer.GetAsync("/forms/preview/nothing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.GetAsync("/forms/preview/stopnotice?regime=a&handler=pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await officer.GetStringAsync("/forms/preview/stopnotice?regime=a");
        page.ShouldContain("Bộ mẫu này không có mẫu đã chọn.");
    }
}
