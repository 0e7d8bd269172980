using System.Globalization;
using System.IO.Compression;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Reports.Obligations;
using MotCua.Modules.Reports.Obligations.Data;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Reports.Obligations;

/// <summary>
/// Report obligations (ADR-060): the province officer's schedule generates each period's obligations once; the agency
/// prepares Biểu 06a from the live figures, edits and submits it (frozen, late against the due day, re-submissions kept);
/// the province sees the status, the consolidated table (.xlsx read back) and the reported figures against the live ones.
/// Agency scope, antiforgery, stale forms, bad figures and disguised files get clear Vietnamese answers, never a 5xx.
/// Each test uses periods of its own: generating adds the period's obligations for every active schedule line.
/// </summary>
[Collection(SharedHosts.Citizens)]
public sealed class ObligationsTests(MotCuaFactory factory)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task The_province_officer_schedules_a_report_and_generating_a_period_twice_adds_its_obligation_once_with_the_due_day()
    {
        var province = await factory.ClientAsync("vanphong");
        await ScheduleAsync(province, DemoProvince.HomeAffairs, ReportKind.DossierStatistics, "Quarter", "Statutory");

        (await GenerateAsync(province, "2030-Q2")).ShouldContain("nghĩa vụ báo cáo mới");
        await GenerateAsync(province, "2030-Q2");

        await using var scope = factory.CreateDbScope(out var db);
        var agencyId = await AgencyIdAsync(DemoProvince.HomeAffairs);
        var generated = await db.ReportObligations.Where(o => o.AgencyId == agencyId && o.PeriodYear == 2030 && o.PeriodNumber == 2 && o.Kind == ReportKind.DossierStatistics).ToListAsync();
        var obligation = generated.ShouldHaveSingleItem("generated once, however often generation runs");
        (obligation.PeriodFirst, obligation.PeriodLast).ShouldBe((new DateOnly(2030, 3, 15), new DateOnly(2030, 6, 14)), "statutory 15→14");
        obligation.DueOn.ShouldBe(new DateOnly(2030, 6, 21), "7 days after the period's last day by default");

        var list = Parse(await province.GetStringAsync("/reports/obligations?ky=2030-Q2&status=NotYetDue"));
        list.QuerySelector($"a[href='/reports/obligations/{obligation.Id}']").ShouldNotBeNull();
        list.QuerySelector(".obligations-table")!.TextContent.ShouldContain("21/06/2030");

        (await province.GetStringAsync("/reports/obligations?ky=2030-Q3&agency=" + agencyId)).ShouldContain("Chưa có nghĩa vụ báo cáo nào phù hợp");
        var bad = await GenerateAsync(province, "2030-11");
        bad.ShouldContain("Định kỳ báo cáo phải là quý, 6 tháng hoặc năm.");
    }

    [Fact]
    public async Task The_agency_submits_the_prefilled_figures_as_edited_and_the_province_sees_each_differing_cell_with_both_values_and_the_consolidated_xlsx()
    {
        var province = await factory.ClientAsync("vanphong");
        await ScheduleAsync(province, DemoProvince.HomeAffairs, ReportKind.DossierStatistics, "Quarter", "Statutory");
        var key = "2026-Q4";
        await GenerateAsync(province, key);
        await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        await JudgeAsync();
        var id = await ObligationIdAsync(DemoProvince.HomeAffairs, ReportKind.DossierStatistics, 2026, 4);
        var leader = await LeaderAsync(DemoProvince.HomeAffairs);

        var form = Parse(await leader.GetStringAsync($"/reports/obligations/{id}"));
        form.QuerySelector("form.figures-form")!.TextContent.ShouldContain("Số liệu được điền sẵn từ thống kê trên hệ thống");
        var rows = Rows(form);
        rows.Count.ShouldBeGreaterThan(1, "the live rows and one blank row");
        var first = rows[0];
        first.Key.ShouldNotBeNullOrEmpty();
        long.Parse(first.V[0]!, CultureInfo.InvariantCulture).ShouldBeGreaterThan(0, "the licence dossier received today is in (3)");
        // The agency reports 2 more dossiers received online and still in hand in time: the sums still hold.
        foreach (var column in new[] { 0, 1, 8, 9 })
        {
            first.V[column] = (long.Parse(first.V[column]!, CultureInfo.InvariantCulture) + 2).ToString(CultureInfo.InvariantCulture);
        }

        var submitted = await PostReportAsync(leader, id, "Submit", form, rows);
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var stored = await db.ReportSubmissions.Include(s => s.Rows).SingleAsync(s => s.ObligationId == id);
            stored.State.ShouldBe(SubmissionState.Submitted);
            stored.IsLate.ShouldBeFalse("due on 21/12/2026");
            stored.SubmittedByName.ShouldBe("Lãnh đạo thử");
            stored.Rows.OrderBy(r => r.Position).First().Values[0].ShouldBe(long.Parse(first.V[0]!, CultureInfo.InvariantCulture), "stored as reported");
            (await db.AuditEntries.AnyAsync(a => a.Action == "ReportSubmitted" && a.EntityId == id.ToString())).ShouldBeTrue();
        }

        var compare = Parse(await province.GetStringAsync($"/reports/obligations/{id}/compare"));
        compare.QuerySelector(".compare-definition")!.TextContent.ShouldContain("Đây không phải chỉ số 2.1 của Bộ chỉ số 766", customMessage: "the live definition is named");
        compare.QuerySelector(".compare-definition")!.TextContent.ShouldContain("từ ngày 15", customMessage: "and its calendar");
        var flagged = compare.QuerySelectorAll(".compare-table tbody tr")[0].QuerySelectorAll("td.differs");
        flagged.Length.ShouldBe(4);
        flagged[0].TextContent.ShouldContain("Hệ thống:");
        flagged[0].TextContent.ShouldContain("Chênh lệch: +2");
        flagged[0].QuerySelector("a[href^='/reports/statistics/dossiers']").ShouldNotBeNull("the live figure links to its dossiers");
        compare.QuerySelector("[role=status]")!.TextContent.ShouldContain("ô số liệu báo cáo khác số liệu trên hệ thống");
        Parse(await leader.GetStringAsync($"/reports/obligations/{id}/compare")).QuerySelector(".compare-table")!.TextContent.ShouldContain("Chênh lệch: +2", customMessage: "the agency sees its own comparison");

        var consolidated = Parse(await province.GetStringAsync($"/reports/obligations/consolidated?ky={key}"));
        var line = consolidated.QuerySelectorAll(".agencies-table tbody tr").Single(tr => tr.QuerySelector($"a[href='/reports/obligations/{id}']") is not null);
        line.TextContent.ShouldContain("4 ô chênh lệch");
        var totals = consolidated.QuerySelectorAll(".consolidated-table tfoot td.num").Select(td => td.TextContent.Trim().Replace(".", "", StringComparison.Ordinal)).ToList();
        totals.Count.ShouldBe(11);

        var xlsx = await province.GetAsync($"/reports/obligations/consolidated.xlsx?ky={key}");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cells = ReportTestSupport.XlsxCells(await xlsx.Content.ReadAsByteArrayAsync());
        var totalRow = cells.Single(c => c.Value == "Tổng cộng").Key[1..];
        for (var i = 0; i < totals.Count; i++)
        {
            cells[MotCua.Common.Documents.Xlsx.XlsxWriter.ColumnName(i + 2) + totalRow].ShouldBe(totals[i], $"column ({i + 3})");
        }

        cells.Values.ShouldContain(v => v.Contains("tổng hợp từ báo cáo", StringComparison.Ordinal), "the scope says the figures are the agencies' reports");
        (await province.GetAsync("/reports/obligations/consolidated.xlsx?ky=2026-Q9")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_late_report_is_marked_late_a_replacement_keeps_the_history_and_the_control_report_needs_a_signed_pdf_or_docx()
    {
        var province = await factory.ClientAsync("vanphong");
        await ScheduleAsync(province, DemoProvince.Justice, ReportKind.ControlReport, "Year", "Calendar");
        await GenerateAsync(province, "2025");
        var id = await ObligationIdAsync(DemoProvince.Justice, ReportKind.ControlReport, 2025, 0);
        (await province.GetStringAsync("/reports/obligations?ky=2025&lich=calendar&status=Overdue")).ShouldContain($"/reports/obligations/{id}");
        var home = Parse(await province.GetStringAsync("/home"));
        var overdue = home.QuerySelector("a[data-figure='reports-overdue']").ShouldNotBeNull("the province officer's home counts the missing reports");
        overdue.GetAttribute("href").ShouldBe("/reports/obligations?status=Overdue&sort=due");
        int.Parse(overdue.QuerySelector("strong")!.TextContent, CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        var leader = await LeaderAsync(DemoProvince.Justice);

        var form = Parse(await leader.GetStringAsync($"/reports/obligations/{id}"));
        (await ContentOfAsync(await PostReportAsync(leader, id, "Submit", form, []))).ShouldContain("phải kèm tệp báo cáo đã ký");
        var disguised = new Dictionary<string, byte[]>
        {
            ["chuong-trinh.pdf"] = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0],
            ["anh.pdf"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0],
            ["nen.docx"] = Zip(("readme.txt", "not a Word document")),
        };
        foreach (var (name, bytes) in disguised)
        {
            (await ContentOfAsync(await PostReportAsync(leader, id, "Submit", form, [], file: (name, bytes))))
                .ShouldContain("nội dung tệp đã gửi không phải là một trong hai loại này", customMessage: name);
        }

        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.ReportSubmissions.CountAsync(s => s.ObligationId == id)).ShouldBe(0, "nothing is written when the file is refused");
        }

        (await PostReportAsync(leader, id, "Submit", form, [], file: ("bao-cao.pdf", Pdf))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = Parse(await leader.GetStringAsync($"/reports/obligations/{id}"));
        page.QuerySelector("h1 + p + p + p .badge")!.TextContent.ShouldBe("Gửi muộn");
        var download = page.QuerySelector("a[href*='/files/']")!.GetAttribute("href")!;
        var file = await leader.GetAsync(download);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await file.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);

        var word = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));
        (await ContentOfAsync(await PostReportAsync(leader, id, "Submit", page, [], file: ("thay-the.docx", word), purpose: "")))
            .ShouldContain("Hãy chọn hình thức gửi");
        page = Parse(await leader.GetStringAsync($"/reports/obligations/{id}"));
        (await PostReportAsync(leader, id, "Submit", page, [], file: ("thay-the.docx", word), purpose: "Replacement")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var versions = await db.ReportSubmissions.Where(s => s.ObligationId == id).OrderBy(s => s.Sequence).ToListAsync();
            versions.Select(v => (v.Sequence, v.State, v.Purpose, v.IsLate)).ShouldBe(
                [(1, SubmissionState.Superseded, SubmissionPurpose.First, true), (2, SubmissionState.Submitted, SubmissionPurpose.Replacement, true)]);
            versions[1].FileName.ShouldBe("thay-the.docx");
            var obligation = await db.ReportObligations.SingleAsync(o => o.Id == id);
            obligation.FirstSubmittedAt.ShouldBe(versions[0].SubmittedAt, "the first arrival decides on time or late");
        }

        var history = Parse(await province.GetStringAsync($"/reports/obligations/{id}")).QuerySelector(".history-table")!.TextContent;
        history.ShouldContain("Thay thế");
        history.ShouldContain("đã được thay bằng lần sau");
        (await province.GetStringAsync("/reports/obligations?ky=2025&lich=calendar&status=SubmittedLate")).ShouldContain($"/reports/obligations/{id}");
    }

    [Fact]
    public async Task A_control_report_obligation_links_the_agencys_own_report_drafted_for_the_same_period_and_no_other()
    {
        var province = await factory.ClientAsync("vanphong");
        await ScheduleAsync(province, DemoProvince.Justice, ReportKind.ControlReport, "Quarter", "Statutory");
        await GenerateAsync(province, "2024-Q2");
        var id = await ObligationIdAsync(DemoProvince.Justice, ReportKind.ControlReport, 2024, 2);
        var leader = await LeaderAsync(DemoProvince.Justice);
        Parse(await leader.GetStringAsync($"/reports/obligations/{id}")).QuerySelector("#drafted-title + p + p.notice a[href='/reports/control']")
            .ShouldNotBeNull("with no report drafted, the page says so and leads to the control reports");

        var own = await ControlReports.ControlReportTests.CreateAsync(await factory.OfficerAsync(DemoProvince.Justice, null, Roles.ControlOfficer, "Cán bộ kiểm soát TTHC Sở Tư pháp"), "2024-Q2");
        var other = await ControlReports.ControlReportTests.CreateAsync(await factory.OfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Cán bộ kiểm soát TTHC Sở Nội vụ"), "2024-Q2");
        var elsewhen = await ControlReports.ControlReportTests.CreateAsync(await factory.OfficerAsync(DemoProvince.Justice, null, Roles.ControlOfficer, "Cán bộ kiểm soát TTHC Sở Tư pháp"), "2024-Q1");

        var links = Parse(await leader.GetStringAsync($"/reports/obligations/{id}")).QuerySelectorAll(".drafted-reports a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldBe([$"/reports/control/{own}", $"/reports/control/{own}.docx", $"/reports/control/{own}.pdf"]);
        links.ShouldNotContain($"/reports/control/{other}", "another agency's report of the period");
        links.ShouldNotContain($"/reports/control/{elsewhen}", "the agency's report of another period");
        (await leader.GetAsync($"/reports/control/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK, "the agency's leader opens the linked report");
    }

    [Fact]
    public async Task Agencies_see_and_act_only_on_their_own_obligations_officers_prepare_and_only_the_leader_submits()
    {
        var province = await factory.ClientAsync("vanphong");
        await ScheduleAsync(province, DemoProvince.HomeAffairs, ReportKind.DossierStatistics, "HalfYear", "Calendar");
        await ScheduleAsync(province, DemoProvince.Justice, ReportKind.DossierStatistics, "HalfYear", "Calendar");
        await GenerateAsync(province, "2031-H1");
        var homeAffairs = await ObligationIdAsync(DemoProvince.HomeAffairs, ReportKind.DossierStatistics, 2031, 1);
        var justice = await ObligationIdAsync(DemoProvince.Justice, ReportKind.DossierStatistics, 2031, 1);

        var otherLeader = await LeaderAsync(DemoProvince.Justice);
        var ownForm = Parse(await otherLeader.GetStringAsync($"/reports/obligations/{justice}"));
        foreach (var path in new[] { $"/reports/obligations/{homeAffairs}", $"/reports/obligations/{homeAffairs}/compare", $"/reports/obligations/{homeAffairs}/files/{Guid.NewGuid()}" })
        {
            (await otherLeader.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        (await PostReportAsync(otherLeader, homeAffairs, "Submit", ownForm, [])).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another agency's obligation is not found, even with a valid form");
        var otherList = Parse(await otherLeader.GetStringAsync("/reports/obligations?ky=2031-H1&lich=calendar"));
        otherList.QuerySelectorAll(".obligations-table tbody tr").Select(tr => tr.QuerySelector("a")!.GetAttribute("href")).ShouldBe([$"/reports/obligations/{justice}"]);
        (await otherLeader.GetAsync("/reports/obligations/consolidated")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await otherLeader.GetAsync("/reports/obligations/schedule")).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        var officer = await factory.OfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Cán bộ kiểm soát thử");
        var form = Parse(await officer.GetStringAsync($"/reports/obligations/{homeAffairs}"));
        form.Body!.TextContent.ShouldContain("Lãnh đạo cơ quan, đơn vị gửi báo cáo.");
        var refused = await PostReportAsync(officer, homeAffairs, "Submit", form, []);
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.ShouldContain("/account/denied", customMessage: "only the leader submits");
        (await PostReportAsync(officer, homeAffairs, "Save", form, [])).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the control office prepares");

        var noToken = new MultipartFormDataContent { { new StringContent(form.QuerySelector("input[name='Input.Revision']")!.GetAttribute("value")!), "Input.Revision" } };
        (await officer.PostAsync($"/reports/obligations/{homeAffairs}?handler=Save", noToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "antiforgery");

        var specialist = await factory.ClientAsync("chuyenvien");
        (await specialist.GetAsync("/reports/obligations")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var provincePage = await province.GetStringAsync($"/reports/obligations/{homeAffairs}");
        provincePage.ShouldNotContain("Input.Revision", customMessage: "the province reads, the agency reports");

        await using var scope = factory.CreateDbScope(out var db);
        var draft = await db.ReportSubmissions.SingleAsync(s => s.ObligationId == homeAffairs);
        (draft.State, draft.PreparedByName).ShouldBe((SubmissionState.Draft, "Cán bộ kiểm soát thử"));
        (await db.ReportSubmissions.CountAsync(s => s.ObligationId == justice)).ShouldBe(0);
    }

    [Fact]
    public async Task Bad_figures_unknown_ids_and_stale_forms_get_a_vietnamese_message_and_nothing_is_written()
    {
        var province = await factory.ClientAsync("vanphong");
        await ScheduleAsync(province, DemoProvince.HomeAffairs, ReportKind.DossierStatistics, "Year", "Statutory");
        await GenerateAsync(province, "2032");
        var id = await ObligationIdAsync(DemoProvince.HomeAffairs, ReportKind.DossierStatistics, 2032, 0);
        var leader = await LeaderAsync(DemoProvince.HomeAffairs);
        var form = Parse(await leader.GetStringAsync($"/reports/obligations/{id}"));
        string?[] consistent = ["10", "4", "5", "1", "7", "2", "4", "1", "3", "2", "1"];

        var cases = new (string? Figure, string Message)[]
        {
            ("-5", "không được âm"),
            ("99999999999999999999999", "lớn quá"),
            ("mười", "phải là số nguyên"),
            ("5", "(3)=(4)+(5)+(6)"),
        };
        foreach (var (figure, message) in cases)
        {
            var values = (string?[])consistent.Clone();
            values[1] = figure;
            var response = await PostReportAsync(leader, id, "Submit", form, [new("LV-X", "Lĩnh vực thử", values)]);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, figure);
            var html = Parse(await response.Content.ReadAsStringAsync());
            html.QuerySelector(".problems")!.TextContent.ShouldContain(message, customMessage: figure);
            html.QuerySelector("input[name='Input.Rows[0].V[1]']")!.GetAttribute("value").ShouldBe(figure, "what was typed stays in the form");
        }

        var nul = await PostReportAsync(leader, id, "Save", form, [new("LV-X", "Lĩnh\0vực", consistent)]);
        nul.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await nul.Content.ReadAsStringAsync()).ShouldContain("ký tự");

        (await ContentOfAsync(await PostReportAsync(leader, id, "Save", form, [new("LV-X", "Lĩnh vực thử", consistent)], revision: Guid.NewGuid().ToString())))
            .ShouldContain("vừa được người khác thay đổi");

        // Two people at once: the officer saves first; the leader's form, read before, is refused and keeps what they typed.
        var officer = await factory.OfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Cán bộ kiểm soát thử");
        var officerForm = Parse(await officer.GetStringAsync($"/reports/obligations/{id}"));
        (await PostReportAsync(officer, id, "Save", officerForm, [new("LV-X", "Lĩnh vực thử", consistent)])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await PostReportAsync(leader, id, "Submit", form, [new("LV-Y", "Lĩnh vực khác", consistent)]);
        var staleHtml = await stale.Content.ReadAsStringAsync();
        staleHtml.ShouldContain("vừa được người khác thay đổi");
        Parse(staleHtml).QuerySelector("input[name='Input.Rows[0].Label']")!.GetAttribute("value").ShouldBe("Lĩnh vực khác");

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var only = await db.ReportSubmissions.Include(s => s.Rows).SingleAsync(s => s.ObligationId == id);
            (only.State, only.Rows.Single().RowKey).ShouldBe((SubmissionState.Draft, "LV-X"), "the officer's draft, nothing of the refused posts");
        }

        var unknown = Guid.NewGuid();
        (await leader.GetAsync($"/reports/obligations/{unknown}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostReportAsync(leader, unknown, "Submit", form, [])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await leader.GetAsync("/reports/obligations/not-a-guid")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var query in new[] { "status=xyz", "sort=abc", "page=0", "page=x", "ky=2026-Q9", "agency=not-a-guid", "lich=tuan" })
        {
            var list = await leader.GetAsync("/reports/obligations?" + query);
            list.StatusCode.ShouldBe(HttpStatusCode.OK, query);
            (await list.Content.ReadAsStringAsync()).ShouldContain("class=\"problems\"", customMessage: query);
        }
    }

    private async Task ScheduleAsync(HttpClient province, string agencyCode, ReportKind kind, string frequency, string calendar)
    {
        var token = SignIn.AntiforgeryToken(await province.GetStringAsync("/reports/obligations/schedule"));
        var response = await province.PostAsync("/reports/obligations/schedule?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["agency"] = (await AgencyIdAsync(agencyCode)).ToString(),
            ["kind"] = kind.ToString(),
            ["frequency"] = frequency,
            ["calendar"] = calendar,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static async Task<string> GenerateAsync(HttpClient province, string period)
    {
        var token = SignIn.AntiforgeryToken(await province.GetStringAsync("/reports/obligations/schedule"));
        var response = await province.PostAsync("/reports/obligations/schedule?handler=Generate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ky"] = period,
        }));
        return response.StatusCode == HttpStatusCode.Redirect
            ? await province.GetStringAsync(response.Headers.Location!.OriginalString)
            : await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostReportAsync(
        HttpClient client, Guid id, string handler, IHtmlDocument form, IReadOnlyList<PostedRow> rows,
        (string Name, byte[] Bytes)? file = null, string? purpose = "Supplement", string? revision = null)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(SignIn.AntiforgeryToken(form.DocumentElement.OuterHtml)), "__RequestVerificationToken" },
            { new StringContent(revision ?? form.QuerySelector("input[name='Input.Revision']")?.GetAttribute("value") ?? ""), "Input.Revision" },
            { new StringContent(purpose ?? ""), "Input.Purpose" },
        };
        for (var r = 0; r < rows.Count; r++)
        {
            content.Add(new StringContent(rows[r].Key ?? ""), $"Input.Rows[{r}].Key");
            content.Add(new StringContent(rows[r].Label ?? ""), $"Input.Rows[{r}].Label");
            for (var c = 0; c < rows[r].V.Length; c++)
            {
                content.Add(new StringContent(rows[r].V[c] ?? ""), $"Input.Rows[{r}].V[{c}]");
            }
        }

        if (file is { } f)
        {
            content.Add(new ByteArrayContent(f.Bytes), "file", f.Name);
        }

        return await client.PostAsync($"/reports/obligations/{id}?handler={handler}", content);
    }

    private static List<PostedRow> Rows(IHtmlDocument form)
    {
        var rows = new List<PostedRow>();
        for (var r = 0; form.QuerySelector($"input[name='Input.Rows[{r}].Label']") is { } label; r++)
        {
            rows.Add(new PostedRow(
                form.QuerySelector($"input[name='Input.Rows[{r}].Key']")!.GetAttribute("value"),
                label.GetAttribute("value"),
                [.. Enumerable.Range(0, 11).Select(c => form.QuerySelector($"input[name='Input.Rows[{r}].V[{c}]']")!.GetAttribute("value"))]));
        }

        return rows;
    }

    private static async Task<string> ContentOfAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpClient> LeaderAsync(string agencyCode) =>
        await factory.OfficerAsync(agencyCode, null, Roles.AgencyLeader, "Lãnh đạo thử");

    private async Task<Guid> ObligationIdAsync(string agencyCode, ReportKind kind, int year, int number)
    {
        var agencyId = await AgencyIdAsync(agencyCode);
        await using var scope = factory.CreateDbScope(out var db);
        return await db.ReportObligations.Where(o => o.AgencyId == agencyId && o.Kind == kind && o.PeriodYear == year && o.PeriodNumber == number)
            .Select(o => o.Id).SingleAsync();
    }

    private async Task<Guid> AgencyIdAsync(string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }

    private async Task JudgeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        for (var run = 0; run < 20 && await scope.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None) > 0; run++)
        {
        }
    }

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }

    private sealed record PostedRow(string? Key, string? Label, string?[] V);
}
