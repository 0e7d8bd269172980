using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Time;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback.Book;

/// <summary>Sổ theo dõi PAKN on the real database: scope, order and numbers, filters, and the three exports read back.</summary>
[Collection(FeedbackBookCollection.Name)]
public sealed class FeedbackBookTests(FeedbackBookFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ArrangeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_book_lists_what_the_agency_received_this_year_in_receipt_order_numbered_from_one()
    {
        var page = await PageAsync("kiemsoat", "/feedback/book");

        var rows = Rows(page);
        rows.Select(r => r[0]).ShouldBe(["1", "2", "3", "4", "5"]);
        rows.Select(r => r[1]).ShouldBe(factory.OfficeBook);
        rows[0][4].ShouldContain("Nguyễn Thị Hồng Nhung");
        rows[0][4].ShouldContain("0912345678; Số 5, thôn Đông, xã An Bình");
        rows[0][5].ShouldBe("Hồ sơ đăng ký kinh doanh bị trả chậm <ba> ngày & không báo.");
        rows[1][5].Length.ShouldBeLessThanOrEqualTo(201);
        rows[1][5].ShouldEndWith("…");
        rows[3][2].ShouldBe(factory.TransferredAt.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture));
        rows[3][12].ShouldBe("Do cơ quan khác chuyển đến");
        rows[2][10].ShouldBe("Từ chối tiếp nhận");
        rows[2][12].ShouldContain("Không thuộc phạm vi phản ánh, kiến nghị về quy định hành chính");
        rows.Select(r => r[11]).ShouldBe(["Đang quá hạn", "Đang quá hạn", "Trước hạn", "Đang quá hạn", "Chưa đến hạn"]);
        rows[4][8].ShouldBe(await DueAsync(factory.OfficeBook[4]));
        page.QuerySelector(".ledger-meta")!.TextContent.ShouldContain("Tổng số: 5 PAKN");
        page.QuerySelectorAll(".ledger-exports a").Select(a => a.GetAttribute("href")).ShouldBe(["/feedback/book.xlsx", "/feedback/book.pdf", "/feedback/book.docx"]);
    }

    [Fact]
    public async Task Another_agency_s_staff_see_none_of_its_pakn_and_cannot_open_its_book()
    {
        var own = Rows(await PageAsync("chuyenvien", "/feedback/book"));
        own.Select(r => r[1]).ShouldBe([factory.HomeAffairsOwn, factory.OfficeBook[3]]);
        own.Select(r => r[0]).ShouldBe(["1", "2"]);
        own[1][7].ShouldStartWith("Văn phòng");
        own[1][12].ShouldBe("Đã chuyển cơ quan khác xử lý");
        own[1][11].ShouldBe("Trước hạn");

        var other = await PageAsync("chuyenvien", $"/feedback/book?agency={factory.OfficeId}");
        Rows(other).ShouldBeEmpty();
        other.QuerySelector(".problems")!.TextContent.ShouldContain("Bạn chỉ được xem sổ theo dõi phản ánh, kiến nghị của cơ quan mình.");
        var export = await (await factory.ClientAsync("chuyenvien")).GetAsync($"/feedback/book.docx?agency={factory.OfficeId}");
        await ShouldBeProblemAsync(export, "agency", "Bạn chỉ được xem sổ theo dõi phản ánh, kiến nghị của cơ quan mình.");
    }

    [Theory]
    [InlineData("status=Refused", new[] { 3 })]
    [InlineData("category=unfit", new[] { 2 })]
    [InlineData("from=2026-05-01&to=2026-11-28", new[] { 4, 5 })]
    [InlineData("from=2026-03-02&to=2026-03-02&category=Delay", new[] { 1 })]
    [InlineData("from=2026-06-01&to=2026-11-01", new int[0])]
    public async Task Filters_select_entries_and_keep_their_numbers_in_the_year_s_book(string query, int[] numbers)
    {
        var rows = Rows(await PageAsync("kiemsoat", "/feedback/book?" + query));

        rows.Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)).ShouldBe(numbers);
        rows.Select(r => r[1]).ShouldBe(numbers.Select(n => factory.OfficeBook[n - 1]));
    }

    [Fact]
    public async Task Last_year_s_book_holds_last_year_s_entries()
    {
        var rows = Rows(await PageAsync("kiemsoat", "/feedback/book?from=2025-01-01&to=2025-12-31"));

        rows.ShouldHaveSingleItem()[1].ShouldBe(factory.OfficeLastYear);
        rows[0][0].ShouldBe("1");
    }

    [Theory]
    [InlineData("status=Lost", "Trạng thái không hợp lệ")]
    [InlineData("category=7", "Loại phản ánh, kiến nghị không hợp lệ")]
    [InlineData("from=2026-13-01", "Ngày không hợp lệ")]
    [InlineData("from=2026-12-01&to=2027-01-31", "Khoảng ngày phải nằm trong cùng một năm (năm 2026)")]
    [InlineData("from=2026-05-01&to=2026-04-01", "Ngày bắt đầu không được sau ngày kết thúc.")]
    public async Task A_bad_filter_gets_a_message_on_the_page_and_a_400_for_an_export(string query, string message)
    {
        var page = await PageAsync("kiemsoat", "/feedback/book?" + query);
        page.QuerySelector(".problems")!.TextContent.ShouldContain(message);

        await ShouldBeProblemAsync(await (await factory.ClientAsync("kiemsoat")).GetAsync("/feedback/book.xlsx?" + query), null, message);
    }

    [Fact]
    public async Task The_xlsx_holds_the_agency_title_period_and_rows_with_date_cells()
    {
        var response = await (await factory.ClientAsync("kiemsoat")).GetAsync("/feedback/book.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("so-theo-doi-pakn-H99.01-2026.xlsx");
        var cells = ReadXlsx(await response.Content.ReadAsByteArrayAsync());
        cells["A2"].ShouldBe("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH SÔNG HỒNG");
        cells["A3"].ShouldBe("SỔ THEO DÕI PHẢN ÁNH, KIẾN NGHỊ");
        cells["A4"].ShouldBe("Năm 2026");
        cells["A5"].ShouldBe("Tiếp nhận từ ngày 01/01/2026 đến ngày 31/12/2026");
        cells["A7"].ShouldBe("STT");
        cells["M7"].ShouldBe("Ghi chú");
        for (var i = 0; i < 5; i++)
        {
            var row = (8 + i).ToString(CultureInfo.InvariantCulture);
            cells["A" + row].ShouldBe((i + 1).ToString(CultureInfo.InvariantCulture));
            cells["B" + row].ShouldBe(factory.OfficeBook[i]);
        }

        DateTime.FromOADate(double.Parse(cells["C11"], CultureInfo.InvariantCulture)).ShouldBe(factory.TransferredAt, TimeSpan.FromMilliseconds(1));
        cells["E8"].ShouldBe("Nguyễn Thị Hồng Nhung; 0912345678; Số 5, thôn Đông, xã An Bình");
        cells["K10"].ShouldBe("Từ chối tiếp nhận");
        cells["L12"].ShouldBe("Chưa đến hạn");
        cells.ShouldNotContainKey("A13");
        cells.Values.ShouldNotContain(factory.HomeAffairsOwn);
    }

    [Fact]
    public async Task The_pdf_is_a4_landscape_with_vietnamese_text_the_title_period_and_rows()
    {
        var response = await (await factory.ClientAsync("kiemsoat")).GetAsync("/feedback/book.pdf?status=New");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Poppler.Screenshot(pdf, "feedback-book-2026", dpi: 60);
        Poppler.Run("pdfinfo", pdf).ShouldMatch(@"Page size:\s+841.89 x 595.276 pts");
        var text = PdfText.Flat(Poppler.Run("pdftotext", pdf));
        text.ShouldContain("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH SÔNG HỒNG");
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("SỔ THEO DÕI PHẢN ÁNH, KIẾN NGHỊ");
        text.ShouldContain("Tiếp nhận từ ngày 01/01/2026 đến ngày 31/12/2026");
        text.ShouldContain("Trích sổ theo điều kiện: trạng thái hiện tại: Mới tiếp nhận.");
        text.ShouldContain("Nguyễn Thị Hồng Nhung");
        text.ShouldContain("Đang quá hạn");
        text.ShouldContain(factory.OfficeBook[0]);
        text.ShouldNotContain("Lê Thị Mai");
        text.ShouldContain("Trang 1/1");
    }

    [Fact]
    public async Task The_docx_holds_the_same_book_read_back_from_its_document_xml()
    {
        var response = await (await factory.ClientAsync("kiemsoat")).GetAsync("/feedback/book.docx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("so-theo-doi-pakn-H99.01-2026.docx");
        var docx = DocxText.Read(await response.Content.ReadAsByteArrayAsync());
        docx.Paragraphs.ShouldContain("SỔ THEO DÕI PHẢN ÁNH, KIẾN NGHỊ");
        docx.Paragraphs.ShouldContain("Tiếp nhận từ ngày 01/01/2026 đến ngày 31/12/2026");
        docx.All.ShouldContain("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH SÔNG HỒNG");
        var book = docx.Tables.Single(t => t[0][0] == "STT");
        book.Count.ShouldBe(6);
        book.ShouldAllBe(r => r.Count == 13);
        book.Skip(1).Select(r => r[1]).ShouldBe(factory.OfficeBook);
        book[1][4].ShouldBe("Nguyễn Thị Hồng Nhung\n0912345678; Số 5, thôn Đông, xã An Bình");
        book[1][5].ShouldBe("Hồ sơ đăng ký kinh doanh bị trả chậm <ba> ngày & không báo.");
        book[5][11].ShouldBe("Chưa đến hạn");
    }

    private async Task<string> DueAsync(string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var id = await db.Petitions.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
        var due = await db.PetitionDeadlines.Where(d => d.PetitionId == id && d.Kind == PetitionDeadlineKind.Process).Select(d => d.DueAt).SingleAsync();
        return VietnamTime.Format(due);
    }

    private async Task<IDocument> PageAsync(string user, string url)
    {
        var response = await (await factory.ClientAsync(user)).GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static List<string[]> Rows(IDocument page) =>
        page.QuerySelectorAll("table.ledger-table tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, string? parameter, string message)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().ShouldBe("Không xuất được sổ theo dõi phản ánh, kiến nghị");
        var errors = problem.RootElement.GetProperty("errors");
        var messages = parameter is null
            ? errors.EnumerateObject().SelectMany(p => p.Value.EnumerateArray()).Select(m => m.GetString()!).ToList()
            : errors.GetProperty(parameter).EnumerateArray().Select(m => m.GetString()!).ToList();
        messages.ShouldContain(m => m.Contains(message, StringComparison.Ordinal));
    }

    private static Dictionary<string, string> ReadXlsx(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        sheet.Name!.Value.ShouldBe("Sổ theo dõi PAKN");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Cell>()
            .Where(c => c.InlineString is not null || c.CellValue is not null)
            .ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue!.Text);
    }
}
