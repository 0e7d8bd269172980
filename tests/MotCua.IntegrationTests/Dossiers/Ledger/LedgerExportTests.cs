using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers.Ledger;

/// <summary>The .xlsx and PDF exports of the book, read back with DocumentFormat.OpenXml and poppler.</summary>
[Collection(LedgerCollection.Name)]
public sealed partial class LedgerExportTests(LedgerFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ArrangeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_xlsx_holds_the_book_with_its_header_columns_and_real_date_cells()
    {
        var response = await (await factory.ClientAsync("motcua")).GetAsync("/dossiers/ledger.xlsx?year=2026");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"so-theo-doi-ho-so-{Modules.Organization.DemoData.DemoProvince.ServiceCentre}-2026.xlsx");
        var sheet = Read(await response.Content.ReadAsByteArrayAsync());
        sheet.Name.ShouldBe("Sổ theo dõi hồ sơ");
        sheet.Text("A1").ShouldBe("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH SÔNG HỒNG");
        sheet.Text("A2").ShouldBe("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH SÔNG HỒNG");
        sheet.Text("A3").ShouldBe("SỔ THEO DÕI HỒ SƠ (Mẫu số 07, Thông tư 03/2025/TT-VPCP)");
        sheet.Text("A4").ShouldBe("Năm 2026 – Quyển số: 01/2026");
        sheet.Text("A6").ShouldBe("STT");
        sheet.Text("H6").ShouldBe("Nhận hồ sơ");
        sheet.Text("N6").ShouldBe("Ghi chú");
        for (var i = 0; i < 5; i++)
        {
            var row = (7 + i).ToString(CultureInfo.InvariantCulture);
            var dossier = factory.CentreBook[i];
            sheet.Number("A" + row).ShouldBe(i + 1);
            sheet.Text("B" + row).ShouldBe(dossier.Code);
            sheet.Number("D" + row).ShouldBe(1);
            sheet.Date("H" + row).ShouldBe(Local(dossier.ReceivedAt!.Value), TimeSpan.FromMilliseconds(1));
            sheet.Date("I" + row).ShouldBe(Local(dossier.DueAt!.Value), TimeSpan.FromMilliseconds(1));
        }

        sheet.Text("E7").ShouldBe("Nguyễn Thị Hồng Nhung");
        sheet.Text("C8").ShouldBe("Đăng ký khai sinh");
        sheet.Text("J10").ShouldBe("");
        sheet.Text("L10").ShouldBe("");
        sheet.Text("G11").ShouldBe("Sở Nội vụ");
        sheet.Date("J11").ShouldBe(factory.Milestones.Forwarded, TimeSpan.FromMilliseconds(1));
        sheet.Date("K11").ShouldBe(factory.Milestones.Done, TimeSpan.FromMilliseconds(1));
        sheet.Date("L11").ShouldBe(factory.Milestones.Returned, TimeSpan.FromMilliseconds(1));
        sheet.Text("A12").ShouldBe("");
    }

    [Fact]
    public async Task A_filtered_xlsx_is_marked_as_an_extract_and_keeps_the_book_s_numbers()
    {
        var sheet = Read(await (await factory.ClientAsync("motcua")).GetByteArrayAsync("/dossiers/ledger.xlsx?year=2026&q=Mai"));

        sheet.Text("A5").ShouldBe("Trích sổ theo điều kiện: mã hồ sơ hoặc tên người nộp có “Mai”.");
        sheet.Text("A7").ShouldBe("STT");
        sheet.Number("A8").ShouldBe(3);
        sheet.Text("E8").ShouldBe("Lê Thị Mai");
        sheet.Text("A9").ShouldBe("");
    }

    [Fact]
    public async Task The_pdf_is_form_07_with_vietnamese_text_and_the_codes()
    {
        var response = await (await factory.ClientAsync("motcua")).GetAsync("/dossiers/ledger.pdf?year=2026");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Poppler.Screenshot(pdf, "ledger-2026", dpi: 60);
        Poppler.Run("pdfinfo", pdf).ShouldMatch(@"Page size:\s+841.89 x 595.276 pts");
        var text = PdfText.Flat(Poppler.Run("pdftotext", pdf));
        text.ShouldContain("Mẫu số 07 (Thông tư 03/2025/TT-VPCP)");
        text.ShouldContain("SỔ THEO DÕI HỒ SƠ");
        text.ShouldContain("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH SÔNG HỒNG");
        text.ShouldContain("Năm 2026 – Quyển số: 01/2026");
        text.ShouldContain("Sông Hồng, ngày 30 tháng 11 năm 2026");
        foreach (var dossier in factory.CentreBook)
        {
            Squeeze(text).ShouldContain(Squeeze(dossier.Code!));
        }

        text.ShouldContain("Nguyễn Thị Hồng Nhung");
        text.ShouldContain("Đỗ Văn Hùng");
        text.ShouldContain("Đăng ký khai sinh");
        text.ShouldContain("Sở Nội vụ");
        text.ShouldContain(factory.Milestones.Returned.ToString("HH'g'mm dd/MM/yyyy", CultureInfo.InvariantCulture));
        text.ShouldNotContain("Trích sổ");
        text.ShouldNotContain("Trần Văn Khác");
    }

    [Fact]
    public async Task An_extract_of_a_book_kept_before_july_2025_prints_form_06_of_circular_01_2018()
    {
        var pdf = await (await factory.ClientAsync("motcua")).GetByteArrayAsync("/dossiers/ledger.pdf?year=2025&to=2025-06-30");

        var text = PdfText.Flat(Poppler.Run("pdftotext", pdf));
        text.ShouldContain("Mẫu số 06 (Thông tư 01/2018/TT-VPCP)");
        text.ShouldContain("Trích sổ theo điều kiện: nhận hồ sơ từ ngày 01/01/2025 đến ngày 30/06/2025.");
        text.ShouldNotContain(factory.CentreLastYear.Code!);
    }

    [Theory]
    [InlineData("motcua", "/dossiers/ledger.xlsx?year=20x6", "year", "Năm không hợp lệ")]
    [InlineData("motcua", "/dossiers/ledger.pdf?status=Lost", "status", "Trạng thái không hợp lệ")]
    [InlineData("quantri", "/dossiers/ledger.pdf", "agency", "Chọn cơ quan để xem sổ theo dõi hồ sơ.")]
    public async Task A_bad_export_request_gets_a_400_with_the_message(string user, string url, string parameter, string message)
    {
        var response = await (await factory.ClientAsync(user)).GetAsync(url);

        await ShouldBeProblemAsync(response, parameter, message);
    }

    [Fact]
    public async Task Another_agency_s_book_cannot_be_exported()
    {
        var response = await (await factory.ClientAsync("motcua")).GetAsync($"/dossiers/ledger.xlsx?agency={factory.CommuneId}");

        await ShouldBeProblemAsync(response, "agency", "Bạn chỉ được xem sổ theo dõi hồ sơ của cơ quan mình.");
    }

    [Fact]
    public async Task A_selection_over_the_export_limit_must_be_narrowed()
    {
        var client = await factory.ClientAsync("quantri");
        var book = $"/dossiers/ledger.pdf?year=2024&agency={factory.EducationId}";

        await ShouldBeProblemAsync(await client.GetAsync(book), "limit", "Có 10.001 hồ sơ phù hợp, nhiều hơn 10.000 hồ sơ là mức tối đa của một lần xuất. Hãy thu hẹp điều kiện lọc");
        var narrowed = await client.GetAsync(book + "&to=2024-05-07");
        narrowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        Poppler.Run("pdfinfo", await narrowed.Content.ReadAsByteArrayAsync()).ShouldMatch(@"Pages:\s+\d{3}");
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, string parameter, string message)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().ShouldBe("Không xuất được sổ theo dõi hồ sơ");
        problem.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString()!.ShouldContain(message);
    }

    private static DateTime Local(DateTime utc) => utc.Add(VietnamTime.Offset);

    private static string Squeeze(string text) => Whitespace().Replace(text, "");

    private static ExportedSheet Read(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var formats = workbook.WorkbookStylesPart!.Stylesheet!;
        var dateStyles = formats.CellFormats!.Elements<CellFormat>()
            .Select((f, i) => (Index: (uint)i, Format: f.NumberFormatId?.Value))
            .Where(f => formats.NumberingFormats?.Elements<NumberingFormat>().Any(n => n.NumberFormatId!.Value == f.Format && n.FormatCode!.Value!.Contains("yyyy", StringComparison.Ordinal)) == true)
            .Select(f => f.Index)
            .ToHashSet();
        var cells = part.Worksheet.Descendants<Cell>().ToDictionary(
            c => c.CellReference!.Value!,
            c => (Text: c.InlineString?.InnerText ?? c.CellValue?.Text ?? "", IsDate: c.StyleIndex is { } s && dateStyles.Contains(s.Value), IsText: c.DataType?.Value == CellValues.InlineString));
        return new ExportedSheet(sheet.Name!.Value!, cells);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The one worksheet of an export: cell texts by reference, and which cells are dates.</summary>
    private sealed record ExportedSheet(string Name, Dictionary<string, (string Text, bool IsDate, bool IsText)> Cells)
    {
        public string Text(string reference) => Cells.TryGetValue(reference, out var c) ? c.Text : "";

        public int Number(string reference)
        {
            Cells[reference].IsText.ShouldBeFalse(reference);
            return int.Parse(Cells[reference].Text, CultureInfo.InvariantCulture);
        }

        public DateTime Date(string reference)
        {
            Cells[reference].IsDate.ShouldBeTrue($"{reference} is not a date cell");
            return DateTime.FromOADate(double.Parse(Cells[reference].Text, CultureInfo.InvariantCulture));
        }
    }
}
