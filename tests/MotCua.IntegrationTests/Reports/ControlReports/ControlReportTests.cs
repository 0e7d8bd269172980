using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Reports.ControlReports.Data;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace MotCua.IntegrationTests.Reports.ControlReports;

/// <summary>
/// The periodic control report (ADR-059): the control officer drafts it with the live figures frozen in, edits its sections
/// with a revision check, submits it; the agency's leader approves or returns it; an approved report is read-only; another
/// agency's leader neither sees nor approves it; bad input gets a Vietnamese message, never a 5xx; the .docx, PDF and .xlsx
/// read back with the report's sections and figures.
/// </summary>
[Collection(SharedHosts.Citizens)]
public sealed partial class ControlReportTests(MotCuaFactory factory)
{
    [Fact]
    public async Task The_officer_drafts_edits_and_submits_the_leader_approves_and_the_approved_report_is_read_only_and_audited()
    {
        await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        await JudgeAsync();
        var officer = await OfficerAsync();

        var id = await CreateAsync(officer, "2026-Q4");

        var view = WebUtility.HtmlDecode(await officer.GetStringAsync($"/reports/control/{id}"));
        var page = new HtmlParser().ParseDocument(view);
        page.QuerySelector("#report-state")!.TextContent.ShouldContain("Dự thảo");
        page.QuerySelector("#figures-taken")!.TextContent.ShouldStartWith("Số liệu lấy lúc");
        view.ShouldContain("Cập nhật lại số liệu");
        var total = page.QuerySelector(".statistics-table tfoot a[href*='col=3']").ShouldNotBeNull("the received total links to the dossiers behind it");
        long.Parse(total.TextContent, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("vi-VN")).ShouldBeGreaterThan(0);
        total.GetAttribute("href")!.ShouldContain("lich=statutory");
        page.QuerySelectorAll("section.report-section h2").Select(h => h.TextContent[..2]).ShouldBe(new[] { "a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)", "Đề" });
        view.ShouldContain("Bộ chỉ số 766");

        (await SaveAsync(officer, id, ("Input.Number", "15/BC-SNV"), ("Input.Review", "Rà soát 12 thủ tục.\nĐề xuất đơn giản hóa 3 thủ tục."), ("Input.Difficulties", "Thiếu nhân lực.")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(officer, id, "refresh")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "a draft's figures may be taken again");
        (await PostAsync(officer, id, "submit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.GetAsync($"/reports/control/{id}/edit")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "a submitted report is not edited");

        var leader = await LeaderAsync();
        (await PostAsync(leader, id, "approve")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var approved = WebUtility.HtmlDecode(await officer.GetStringAsync($"/reports/control/{id}"));
        approved.ShouldContain("Đã ký duyệt");
        approved.ShouldNotContain("Cập nhật lại số liệu");
        approved.ShouldContain("Rà soát 12 thủ tục.");
        var refused = await SaveAsync(officer, id, ("Input.Review", "Sửa sau khi ký"));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await BodyAsync(refused)).ShouldContain("không sửa được");
        (await PostAsync(officer, id, "refresh")).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "an approved report's figures stay as signed");

        await using var scope = factory.CreateDbScope(out var db);
        var stored = await db.ControlReports.SingleAsync(r => r.Id == id);
        (stored.State, stored.Review, stored.Number).ShouldBe((ControlReportState.Approved, "Rà soát 12 thủ tục.\nĐề xuất đơn giản hóa 3 thủ tục.", "15/BC-SNV"));
        stored.ApprovedByName.ShouldNotBeNullOrEmpty();
        (await db.AuditEntries.Where(a => a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync())
            .ShouldBe(new[] { "ControlReportCreated", "ControlReportEdited", "ControlReportFiguresTaken", "ControlReportSubmitted", "ControlReportApproved" }, ignoreOrder: true);
    }

    [Fact]
    public async Task A_stale_save_is_refused_with_a_message_and_writes_nothing()
    {
        var (first, second) = (await OfficerAsync(), await OfficerAsync());
        var id = await CreateAsync(first, "2026-Q3");
        var firstForm = await first.GetStringAsync($"/reports/control/{id}/edit");
        var secondForm = await second.GetStringAsync($"/reports/control/{id}/edit");

        (await PostFormAsync(first, id, firstForm, ("Input.Difficulties", "Bản của cán bộ thứ nhất"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await PostFormAsync(second, id, secondForm, ("Input.Difficulties", "Bản cũ của cán bộ thứ hai"), ("Input.Proposals", "Đề xuất"));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await BodyAsync(stale)).ShouldContain("vừa được người khác thay đổi");
        await using var scope = factory.CreateDbScope(out var db);
        var stored = await db.ControlReports.SingleAsync(r => r.Id == id);
        (stored.Difficulties, stored.Proposals).ShouldBe(("Bản của cán bộ thứ nhất", null));
    }

    [Fact]
    public async Task Another_agencys_leader_neither_sees_nor_approves_the_report_and_the_own_leader_returns_it_with_a_reason()
    {
        var officer = await OfficerAsync();
        var id = await CreateAsync(officer, "2026-H1");
        (await PostAsync(officer, id, "submit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stranger = await factory.OfficerAsync(DemoProvince.Justice, null, Roles.AgencyLeader, "Lãnh đạo Sở Tư pháp");

        (await stranger.GetAsync($"/reports/control/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/reports/control/{id}.docx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetStringAsync("/reports/control")).ShouldNotContain(id.ToString());
        var strangerPost = await stranger.PostAsync($"/reports/control/{id}?handler=approve", Form(await stranger.GetStringAsync("/reports/control"), ("revision", await RevisionAsync(id))));
        strangerPost.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var selfApproval = await PostAsync(officer, id, "approve");
        selfApproval.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the control officer does not sign their own report");
        (await BodyAsync(selfApproval)).ShouldContain("chỉ lãnh đạo cơ quan");

        var leader = await LeaderAsync();
        var noReason = await PostAsync(leader, id, "return");
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await BodyAsync(noReason)).ShouldContain("Hãy ghi lý do trả lại");
        (await PostAsync(leader, id, "return", ("reason", "Bổ sung số liệu mục d"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var returned = WebUtility.HtmlDecode(await officer.GetStringAsync($"/reports/control/{id}"));
        returned.ShouldContain("Bổ sung số liệu mục d");
        (await SaveAsync(officer, id, ("Input.Review", "Đã bổ sung"))).StatusCode.ShouldBe(HttpStatusCode.Redirect, "a returned report is edited again");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.ControlReports.SingleAsync(r => r.Id == id)).State.ShouldBe(ControlReportState.Returned);
    }

    [Fact]
    public async Task The_province_officer_drafts_and_signs_off_the_provinces_report_which_agency_staff_do_not_see()
    {
        var province = await factory.ClientAsync("vanphong");
        var id = await CreateAsync(province, "2026-Q1");

        WebUtility.HtmlDecode(await province.GetStringAsync($"/reports/control/{id}")).ShouldContain("TOÀN TỈNH");
        (await PostAsync(province, id, "submit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(province, id, "approve")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var officer = await OfficerAsync();
        (await officer.GetAsync($"/reports/control/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "an agency officer does not read the province's report");
        (await officer.GetStringAsync("/reports/control")).ShouldNotContain(id.ToString());
        var flat = PdfText.Flat(await PdfText.ReadAsync(await province.GetByteArrayAsync($"/reports/control/{id}.pdf")));
        flat.ShouldContain("TM. ỦY BAN NHÂN DÂN TỈNH");
        flat.ShouldContain("Đỗ Văn Hùng", Case.Sensitive, "the signer's name under the signature block once approved");
        await using var scope = factory.CreateDbScope(out var db);
        var stored = await db.ControlReports.SingleAsync(r => r.Id == id);
        (stored.AgencyId, stored.ScopeKey, stored.State).ShouldBe((null, ControlReport.ProvinceScope, ControlReportState.Approved));
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_and_never_a_server_error()
    {
        var officer = await OfficerAsync();
        foreach (var (period, message) in new[] { ("2026-Q9", "quý"), ("2026-11", "Kỳ báo cáo phải là quý"), ("", "Kỳ báo cáo phải là quý"), (new string('9', 5000), "Kỳ báo cáo phải là quý") })
        {
            var response = await officer.SubmitFormAsync("/reports/control", [new("period", period)]);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, period);
            (await BodyAsync(response)).ShouldContain(message, Case.Insensitive, customMessage: period);
        }

        var id = await CreateAsync(officer, "2025");
        var duplicate = await officer.SubmitFormAsync("/reports/control", [new("period", "2025")]);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await BodyAsync(duplicate)).ShouldContain("Đã có báo cáo");

        var huge = await SaveAsync(officer, id, ("Input.Review", new string('x', ControlReport.MaxSectionLength + 1)), ("Input.Difficulties", "không được lưu"));
        huge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await BodyAsync(huge)).ShouldContain("tối đa 20000 ký tự");
        var nul = await SaveAsync(officer, id, ("Input.Review", "có\0ký tự NUL"));
        ((int)nul.StatusCode).ShouldBeLessThan(500);
        ((int)nul.StatusCode).ShouldBeGreaterThanOrEqualTo(400);
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var stored = await db.ControlReports.SingleAsync(r => r.Id == id);
            (stored.Review, stored.Difficulties).ShouldBe((null, null), "nothing half-written");
        }

        foreach (var url in new[] { $"/reports/control/{Guid.NewGuid()}", $"/reports/control/{Guid.NewGuid()}.pdf", $"/reports/control/{Guid.NewGuid()}/edit", "/reports/control/not-a-guid", "/reports/control?page=abc" })
        {
            var response = await officer.GetAsync(url);
            ((int)response.StatusCode).ShouldBeLessThan(500, url);
        }

        var unknown = await officer.PostAsync($"/reports/control/{Guid.NewGuid()}?handler=submit", Form(await officer.GetStringAsync("/reports/control"), ("revision", Guid.NewGuid().ToString())));
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_docx_pdf_and_xlsx_read_back_with_the_header_the_sections_the_officers_text_and_the_frozen_figures()
    {
        await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        await JudgeAsync();
        var officer = await OfficerAsync();
        var id = await CreateAsync(officer, "2026-Q2");
        await SaveAsync(officer, id, ("Input.Number", "07/BC-SNV"), ("Input.Handling", "Không có cán bộ bị xử lý kỷ luật."), ("Input.Proposals", "Đề nghị tập huấn phần mềm."));
        var page = new HtmlParser().ParseDocument(await officer.GetStringAsync($"/reports/control/{id}"));
        var shownTotals = page.QuerySelectorAll(".statistics-table tfoot td.num").Select(td => td.TextContent.Trim()).ToList();

        var docx = await officer.GetAsync($"/reports/control/{id}.docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var bytes = await docx.Content.ReadAsByteArrayAsync();
        using (var word = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var size = word.MainDocumentPart!.Document!.Body!.Elements<Word.SectionProperties>().Single().GetFirstChild<Word.PageSize>()!;
            (size.Width!.Value, size.Height!.Value).ShouldBe((11906u, 16838u), "A4 portrait");
        }

        var text = DocxText.Read(bytes);
        text.Tables[0].SelectMany(r => r).ShouldContain(c => c.Contains("SỞ NỘI VỤ", StringComparison.Ordinal));
        text.Tables[0].SelectMany(r => r).ShouldContain(c => c.Contains("Số: 07/BC-SNV", StringComparison.Ordinal));
        text.Paragraphs.ShouldContain("BÁO CÁO");
        text.Paragraphs.ShouldContain(p => p.StartsWith("a) Kiểm soát quy định", StringComparison.Ordinal));
        text.Paragraphs.ShouldContain(p => p.StartsWith("đ) Khó khăn", StringComparison.Ordinal));
        text.Paragraphs.ShouldContain("Không có cán bộ bị xử lý kỷ luật.");
        text.Paragraphs.ShouldContain("Đề nghị tập huấn phần mềm.");
        text.Paragraphs.ShouldContain("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ");
        var statistics = text.Tables.Single(t => t[0][0] == "STT");
        statistics[^1][1].ShouldBe("Tổng cộng");
        statistics[^1].Skip(2).ToList().ShouldBe(shownTotals, "the frozen totals as the page shows them");
        text.Tables.ShouldContain(t => t[0][0] == "Chỉ số" && t.Skip(1).Any(r => r[0] == "3.3"));
        text.Tables.ShouldContain(t => t.Any(r => r[0] == "Số PAKN tiếp nhận"));

        var pdf = await officer.GetByteArrayAsync($"/reports/control/{id}.pdf");
        Poppler.Screenshot(pdf, "reports-control-report", dpi: 70);
        Poppler.Run("pdfinfo", pdf).ShouldMatch(@"Page size:\s+595.276 x 841.89 pts");
        var flat = PdfText.Flat(await PdfText.ReadAsync(pdf));
        flat.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        flat.ShouldContain("BÁO CÁO");
        flat.ShouldContain("Đề nghị tập huấn phần mềm.");
        flat.ShouldContain("Tổng cộng " + string.Join(' ', shownTotals));

        var cells = ReadXlsx(await officer.GetByteArrayAsync($"/reports/control/{id}.xlsx"));
        cells["A1"].ShouldStartWith("Biểu 06a");
        cells["A6"].ShouldBe("(1)");
        var totalRow = cells.Where(c => c.Value == "Tổng cộng").Select(c => c.Key[1..]).Single();
        cells["C" + totalRow].ShouldBe(shownTotals[0].Replace(".", "", StringComparison.Ordinal));
    }

    /// <summary>A page's text as the reader sees it (entities decoded).</summary>
    private static async Task<string> BodyAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private async Task<HttpClient> OfficerAsync() =>
        await factory.OfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Cán bộ kiểm soát TTHC Sở Nội vụ");

    private async Task<HttpClient> LeaderAsync() =>
        await factory.OfficerAsync(DemoProvince.HomeAffairs, null, Roles.AgencyLeader, "Lãnh đạo Sở Nội vụ");

    /// <summary>Drafts the officer's agency's control report for <paramref name="period"/> (e.g. <c>2026-Q4</c>) and returns its id.</summary>
    internal static async Task<Guid> CreateAsync(HttpClient officer, string period)
    {
        var response = await officer.SubmitFormAsync("/reports/control", [new("period", period)]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient officer, Guid id, params (string Name, string Value)[] fields)
    {
        var form = await officer.GetStringAsync($"/reports/control/{id}");
        var revision = RevisionPattern().Match(form) is { Success: true } m ? m.Groups[1].Value : Guid.Empty.ToString();
        return await officer.PostAsync($"/reports/control/{id}/edit", Form(form, [("Input.Revision", revision), .. fields]));
    }

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient officer, Guid id, string editForm, params (string Name, string Value)[] fields) =>
        officer.PostAsync($"/reports/control/{id}/edit", Form(editForm, [("Input.Revision", RevisionPattern().Match(editForm).Groups[1].Value), .. fields]));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string handler, params (string Name, string Value)[] fields)
    {
        var view = await client.GetStringAsync($"/reports/control/{id}");
        var revision = RevisionPattern().Match(view).Groups[1].Value;
        return await client.PostAsync($"/reports/control/{id}?handler={handler}", Form(view, [("revision", revision), .. fields]));
    }

    private async Task<string> RevisionAsync(Guid id)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return (await db.ControlReports.SingleAsync(r => r.Id == id)).Revision.ToString();
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", SignIn.AntiforgeryToken(page))));

    private Task JudgeAsync() => factory.JudgeAllAsync();

    private static Dictionary<string, string> ReadXlsx(byte[] xlsx) => ReportTestSupport.XlsxCells(xlsx);

    [GeneratedRegex("name=\"(?:Input\\.)?[Rr]evision\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex RevisionPattern();
}
