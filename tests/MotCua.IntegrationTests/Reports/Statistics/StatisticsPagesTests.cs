using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Reports.Statistics;

/// <summary>
/// The statistics page, its drill-down, its .xlsx and the API (ADR-053): each reader sees the agencies their role allows
/// (an agency officer never another agency, by page, file or API key), bad parameters get Vietnamese messages (400 for
/// files and the API, never a 5xx), and the .xlsx, .docx and PDF read back with the page's figures.
/// </summary>
[Collection(SharedHosts.Citizens)]
public sealed class StatisticsPagesTests(MotCuaFactory factory)
{
    [Fact]
    public async Task An_agency_leader_sees_the_agencys_table_and_the_dossiers_behind_a_figure_with_why_they_count()
    {
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        await JudgeAsync();
        var leader = await LeaderAsync();

        var html = await leader.GetStringAsync("/reports/statistics");

        var page = new HtmlParser().ParseDocument(html);
        page.QuerySelector("h2#table-title")!.TextContent.ShouldStartWith("Biểu 06a");
        page.QuerySelectorAll(".statistics-table thead tr:first-child th").Length.ShouldBe(13);
        page.QuerySelector(".statistics-table tfoot")!.TextContent.ShouldContain("Tổng cộng");
        var received = page.QuerySelector(".statistics-table tfoot a[href*='col=3']").ShouldNotBeNull();
        var list = await leader.GetStringAsync(received.GetAttribute("href")!.Replace("&amp;", "&", StringComparison.Ordinal));
        var code = (await factory.LoadAsync(id)).Dossier.Code!;
        var link = new HtmlParser().ParseDocument(list).QuerySelector($"a[href='/dossiers/{id}']").ShouldNotBeNull();
        link.TextContent.ShouldBe(code);
        list.ShouldContain("hẹn trả");
    }

    [Fact]
    public async Task A_dossier_received_at_the_centre_and_settled_by_a_department_counts_in_the_departments_table_not_the_centres()
    {
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        await factory.SettleAsync(id, factory.HostNow());
        await JudgeAsync();
        var (centreId, homeAffairsId) = (await AgencyIdAsync(DemoProvince.ServiceCentre), await AgencyIdAsync(DemoProvince.HomeAffairs));
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.Dossiers.Where(d => d.Id == id).Select(d => d.CompetentAgencyId).SingleAsync()).ShouldBe(homeAffairsId);
            var row = await db.MetricDossiers.SingleAsync(m => m.DossierId == id);
            (row.AgencyId, row.ResolvingAgencyId).ShouldBe((centreId, homeAffairsId), "the desk's agency is kept beside the competent one");
        }

        // The whole list behind (3) received and (7) resolved, as the drill-down's .xlsx gives it.
        var code = (await factory.LoadAsync(id)).Dossier.Code!;
        var (department, centre) = (await LeaderAsync(), await CentreLeaderAsync());
        foreach (var column in new[] { 3, 7 })
        {
            ReadXlsx(await department.GetByteArrayAsync($"/reports/statistics/dossiers.xlsx?col={column}")).Values
                .ShouldContain(code, $"column ({column}) of Sở Nội vụ");
            ReadXlsx(await centre.GetByteArrayAsync($"/reports/statistics/dossiers.xlsx?col={column}")).Values
                .ShouldNotContain(code, $"column ({column}) of the centre, received included: Biểu 06a is per competent agency");
        }
    }

    [Fact]
    public async Task An_agency_officer_cannot_read_another_agencys_figures_by_page_file_or_api_key_and_the_province_officer_can()
    {
        var justice = await AgencyIdAsync(DemoProvince.Justice);
        var leader = await LeaderAsync();
        var query = "?agency=" + justice;

        var page = await leader.GetStringAsync("/reports/statistics" + query);
        page.ShouldContain("Bạn chỉ được xem số liệu của cơ quan, đơn vị mình.");
        page.ShouldNotContain("statistics-table");
        (await leader.GetStringAsync("/reports/statistics?agency=not-a-guid")).ShouldContain("Không tìm thấy cơ quan, đơn vị đã chọn.");
        foreach (var file in new[] { ".xlsx", ".docx", ".pdf" })
        {
            var refused = await leader.GetAsync("/reports/statistics" + file + query);
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, file);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("Bạn chỉ được xem số liệu của cơ quan, đơn vị mình.", customMessage: file);
        }

        (await leader.GetStringAsync("/reports/statistics/dossiers" + query + "&col=3")).ShouldNotContain("<table");

        var specialist = await factory.ClientAsync("chuyenvien");
        (await specialist.GetAsync("/reports/statistics")).StatusCode.ShouldNotBe(HttpStatusCode.OK, "specialists do not read the reports");
        (await specialist.GetAsync("/reports/statistics.docx")).StatusCode.ShouldNotBe(HttpStatusCode.OK, "nor their Word file");
        (await specialist.GetAsync("/reports/statistics.pdf")).StatusCode.ShouldNotBe(HttpStatusCode.OK, "nor their PDF");

        var province = await factory.ClientAsync("vanphong");
        (await province.GetStringAsync("/reports/statistics" + query)).ShouldNotContain("Bạn chỉ được xem");

        var centreKey = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.ServiceCentre));
        using (var json = JsonDocument.Parse(await centreKey.GetStringAsync("/api/v1/reports/statistics?group=agency")))
        {
            json.RootElement.GetProperty("agencyId").GetGuid().ShouldBe(await AgencyIdAsync(DemoProvince.ServiceCentre), "an API key reads its own agency only");
            json.RootElement.GetProperty("rows").EnumerateArray().ShouldAllBe(r => r.GetProperty("key").GetString() == json.RootElement.GetProperty("agencyId").GetString());
        }

        (await factory.CreateClient().GetAsync("/api/v1/reports/statistics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await leader.GetAsync("/api/v1/reports/statistics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a person's cookie does not open the integration API");
    }

    [Theory]
    [InlineData("ky=2026-Q9", "ky", "quý")]
    [InlineData("ky=2026-Q4&tu=2026-10-01", "ky", "")]
    [InlineData("tu=2026-12-10&den=2026-12-01", "den", "")]
    [InlineData("lich=tuan", "lich", "Cách tính kỳ")]
    [InlineData("layout=07b", "layout", "Mẫu biểu")]
    [InlineData("group=officer", "group", "Tổng hợp theo")]
        [InlineData("procedure=9.999999", "procedure", "Không có thủ tục hành chính")]
    [InlineData("ky=2026-Q4&tu=2026-10-01&den=2026-12-31", "ky", "không chọn cả hai")]
    public async Task Bad_parameters_get_a_Vietnamese_message_on_the_page_and_400_from_the_file_and_the_api(string query, string field, string message)
    {
        var leader = await LeaderAsync();
        var page = await leader.GetAsync("/reports/statistics?" + query);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("class=\"problems\"");
        html.ShouldNotContain("statistics-table");

        foreach (var extension in new[] { ".xlsx", ".docx", ".pdf" })
        {
            var file = await leader.GetAsync("/reports/statistics" + extension + "?" + query);
            file.StatusCode.ShouldBe(HttpStatusCode.BadRequest, extension);
            using var fileProblem = JsonDocument.Parse(await file.Content.ReadAsStringAsync());
            fileProblem.RootElement.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!)
                .ShouldContain(m => m.Contains(message, StringComparison.OrdinalIgnoreCase), customMessage: extension);
        }

        var api = await factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.ServiceCentre)).GetAsync("/api/v1/reports/statistics?" + query);
        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var messages = problem.RootElement.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!).ToList();
        messages.ShouldContain(m => m.Contains(message, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_bad_column_row_or_page_of_the_drill_down_gets_a_message_and_never_a_server_error()
    {
        var leader = await LeaderAsync();
        foreach (var query in new[] { "col=abc", "col=2", "col=16", "col=3&page=0", "col=3&page=x", "col=3&row=không-có" })
        {
            var response = await leader.GetAsync("/reports/statistics/dossiers?" + query);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, query);
            (await response.Content.ReadAsStringAsync()).ShouldContain("class=\"problems\"", customMessage: query);
            if (!query.Contains("page", StringComparison.Ordinal))
            {
                (await leader.GetAsync("/reports/statistics/dossiers.xlsx?" + query)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
            }
        }
    }

    [Fact]
    public async Task The_api_returns_the_numbered_columns_rows_and_total_and_the_xlsx_reads_back_with_the_pages_figures()
    {
        await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        await JudgeAsync();
        var key = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs));

        using var json = JsonDocument.Parse(await key.GetStringAsync("/api/v1/reports/statistics?layout=detailed&group=agency"));
        var root = json.RootElement;
        root.GetProperty("layout").GetString().ShouldBe("detailed");
        var columns = root.GetProperty("columns").EnumerateArray().ToList();
        columns.Count.ShouldBe(21);
        columns[2].GetProperty("number").GetInt32().ShouldBe(3);
        columns[2].GetProperty("name").GetString().ShouldBe("Số hồ sơ nhận giải quyết – Tổng số");
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        rows.Count.ShouldBe(1, "the key's agency only");
        var total = root.GetProperty("total").GetProperty("values").EnumerateArray().Select(v => v.GetInt64()).ToList();
        total[0].ShouldBeGreaterThan(0);
        total[0].ShouldBe(total[1] + total[2] + total[3] + total[4] + total[5] + total[6], "(3)=(4)+…+(9)");

        var leader = await LeaderAsync();
        var xlsx = await leader.GetByteArrayAsync("/reports/statistics.xlsx?layout=detailed&group=agency");
        var cells = ReadXlsx(xlsx);
        cells["A6"].ShouldBe("(1)");
        cells["C7"].ShouldBe("Số hồ sơ nhận giải quyết – Tổng số");
        cells["B8"].ShouldBe(rows[0].GetProperty("label").GetString());
        cells["B9"].ShouldBe("Tổng cộng");
        var rowValues = rows[0].GetProperty("values").EnumerateArray().Select(v => v.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i < rowValues.Count; i++)
        {
            var column = MotCua.Common.Documents.Xlsx.XlsxWriter.ColumnName(i + 2);
            cells[column + "8"].ShouldBe(rowValues[i]);
            cells[column + "9"].ShouldBe(total[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var page = new HtmlParser().ParseDocument(await leader.GetStringAsync("/reports/statistics?layout=detailed&group=agency"));
        var shown = page.QuerySelectorAll(".statistics-table tfoot td.num").Select(td => td.TextContent.Trim().Replace(".", "", StringComparison.Ordinal)).ToList();
        shown.ShouldBe(total.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());

        var listXlsx = ReadXlsx(await leader.GetByteArrayAsync("/reports/statistics/dossiers.xlsx?layout=detailed&group=agency&col=3"));
        listXlsx.Keys.Count(k => k.StartsWith('B') && int.Parse(k[1..], System.Globalization.CultureInfo.InvariantCulture) > 7).ShouldBe((int)total[0]);
    }

    [Theory]
    [InlineData("06a")]
    [InlineData("detailed")]
    public async Task The_docx_is_a_landscape_a4_report_with_the_header_block_and_the_pages_figures_in_the_same_cells(string layout)
    {
        await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        await JudgeAsync();
        var leader = await LeaderAsync();
        var query = "?layout=" + layout + "&group=agency";
        var page = new HtmlParser().ParseDocument(await leader.GetStringAsync("/reports/statistics" + query));
        page.QuerySelector($"a[href='/reports/statistics.docx{query}']").ShouldNotBeNull("the page links to the Word file");
        var shown = page.QuerySelector(".statistics-table")!.QuerySelectorAll("tr")
            .Select(tr => (IReadOnlyList<string>)[.. tr.Children.Select(c => c.TextContent.Trim())])
            .ToList();

        var response = await leader.GetAsync("/reports/statistics.docx" + query);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldEndWith(".docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var size = body.Elements<Word.SectionProperties>().Single().GetFirstChild<Word.PageSize>()!;
        (size.Orient!.Value, size.Width!.Value, size.Height!.Value).ShouldBe((Word.PageOrientationValues.Landscape, 16838u, 11906u), "A4 landscape");
        var paragraphs = body.Elements<Word.Paragraph>().Select(p => p.InnerText).ToList();
        var header = body.Elements<Word.Table>().First().InnerText;
        header.ShouldContain("SỞ NỘI VỤ");
        header.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        header.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        paragraphs.ShouldContain("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
        paragraphs.ShouldContain(page.QuerySelector("h2#table-title")!.TextContent.Trim());
        paragraphs.ShouldContain(page.QuerySelector(".ledger-meta strong")!.TextContent.Trim(), "the kỳ báo cáo");
        paragraphs.ShouldContain("Đơn vị tính: Số hồ sơ TTHC");
        paragraphs.ShouldContain(p => p.Contains("không phải chỉ số 2.1 của Bộ chỉ số 766", StringComparison.Ordinal), "the time notion named");
        paragraphs.ShouldContain(p => p.StartsWith("Hồ sơ đã giải quyết", StringComparison.Ordinal), "the resolved rule named");

        var table = body.Elements<Word.Table>().Single(t => t.Elements<Word.TableRow>().First().Elements<Word.TableCell>().First().InnerText == "STT");
        var cells = table.Elements<Word.TableRow>()
            .Select(r => (IReadOnlyList<string>)[.. r.Elements<Word.TableCell>().Select(c => string.Join('\n', c.Elements<Word.Paragraph>().Select(p => p.InnerText)))])
            .ToList();
        cells.Count.ShouldBe(shown.Count);
        for (var r = 0; r < shown.Count; r++)
        {
            cells[r].ShouldBe(shown[r], $"row {r + 1}: headers, column numbers, rows and total as the page shows them");
        }

        cells[1][0].ShouldBe("(1)");
        cells[^1][1].ShouldBe("Tổng cộng");
        long.Parse(cells[^1][2], NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("vi-VN")).ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("06a")]
    [InlineData("detailed")]
    public async Task The_pdf_is_a_landscape_a4_report_whose_text_holds_the_title_the_period_and_the_totals_with_vietnamese_diacritics(string layout)
    {
        await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        await JudgeAsync();
        var leader = await LeaderAsync();
        var query = "?layout=" + layout;
        var page = new HtmlParser().ParseDocument(await leader.GetStringAsync("/reports/statistics" + query));
        page.QuerySelector($"a[href='/reports/statistics.pdf{query}']").ShouldNotBeNull("the page links to the PDF");
        var totals = page.QuerySelectorAll(".statistics-table tfoot td.num").Select(td => td.TextContent.Trim()).ToList();

        var response = await leader.GetAsync("/reports/statistics.pdf" + query);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Poppler.Screenshot(pdf, "reports-statistics-" + layout, dpi: 60);
        Poppler.Run("pdfinfo", pdf).ShouldMatch(@"Page size:\s+841.89 x 595.276 pts");
        var text = await PdfText.ReadAsync(pdf);
        var flat = PdfText.Flat(text);
        flat.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        flat.ShouldContain("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
        flat.ShouldContain(PdfText.Flat(page.QuerySelector(".ledger-meta strong")!.TextContent));
        flat.ShouldContain("Đơn vị tính: Số hồ sơ TTHC");
        var totalLine = text.Split('\n').Single(l => l.Contains("Tổng cộng", StringComparison.Ordinal));
        totalLine[(totalLine.IndexOf("Tổng cộng", StringComparison.Ordinal) + "Tổng cộng".Length)..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList().ShouldBe(totals, customMessage: "the total row's figures in order");
        flat.ShouldContain("Trang 1/1");
    }

    /// <summary>
    /// A leader of Sở Nội vụ, the competent agency of the licence dossiers the service centre's desk receives: the agency
    /// their figures count for.
    /// </summary>
    private async Task<HttpClient> LeaderAsync() =>
        await factory.OfficerAsync(DemoProvince.HomeAffairs, null, Roles.AgencyLeader, "Lãnh đạo Sở Nội vụ");

    /// <summary>A leader of the service centre, whose desk receives the licence dossiers.</summary>
    private async Task<HttpClient> CentreLeaderAsync() =>
        await factory.OfficerAsync(DemoProvince.ServiceCentre, null, Roles.AgencyLeader, "Lãnh đạo Trung tâm Phục vụ hành chính công");

    private Task JudgeAsync() => factory.JudgeAllAsync();

    private async Task<Guid> AgencyIdAsync(string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }

    private static Dictionary<string, string> ReadXlsx(byte[] xlsx) => ReportTestSupport.XlsxCells(xlsx);
}
