using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>The tamper check of the dossier history, who may open a dossier, the agency list and the receipt.</summary>
public sealed class HistoryAndAccessTests : IClassFixture<MotCuaFactory>
{
    private readonly MotCuaFactory _factory;

    public HistoryAndAccessTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task Changing_a_history_entry_in_the_database_is_detected_on_the_dossier_page()
    {
        var dossier = await _factory.AcceptedAtTheDeskAsync();
        var officer = await _factory.ClientAsync("motcua");
        (await officer.GetStringAsync($"/dossiers/{dossier.Id}")).ShouldContain("Lịch sử hồ sơ toàn vẹn");

        await using (var scope = _factory.CreateDbScope(out var db))
        {
            var first = await db.DossierEvents.SingleAsync(e => e.DossierId == dossier.Id && e.Sequence == 1);
            db.Entry(first).Property(e => e.ActorName).CurrentValue = "người khác";
            await db.SaveChangesAsync();
        }

        (await officer.GetStringAsync($"/dossiers/{dossier.Id}")).ShouldContain("lịch sử hồ sơ đã bị thay đổi từ mục thứ 1");
    }

    [Fact]
    public async Task Staff_of_another_agency_cannot_open_the_dossier()
    {
        var dossier = await _factory.AcceptedAtTheDeskAsync();
        var otherAgency = await _factory.ClientAsync("chuyenvien");

        (await otherAgency.GetAsync($"/dossiers/{dossier.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_agency_list_finds_a_dossier_by_code_and_rejects_an_impossible_date_range()
    {
        var dossier = await _factory.AcceptedAtTheDeskAsync();
        var officer = await _factory.ClientAsync("motcua");

        var found = await officer.GetStringAsync("/dossiers?q=" + Uri.EscapeDataString(dossier.Code!) + "&status=Received");
        var badRange = await officer.GetStringAsync("/dossiers?from=2026-12-01&to=2026-11-01");

        found.ShouldContain(dossier.Code!);
        found.ShouldContain("Tổng số: 1 hồ sơ");
        badRange.ShouldContain("Khoảng ngày không hợp lệ");
    }

    [Fact]
    public async Task The_agency_list_finds_a_dossier_by_the_applicant_s_name_typed_without_diacritics()
    {
        var dossier = await _factory.AcceptedAtTheDeskAsync();
        var officer = await _factory.ClientAsync("motcua");

        var found = await officer.GetStringAsync("/dossiers?q=NGUYEN%20THI%20HONG%20NHUNG&sort=due");
        var other = await officer.GetStringAsync("/dossiers?q=nguyen%20thi%20hong%20nhungx");

        found.ShouldContain(dossier.Code!);
        other.ShouldNotContain(dossier.Code!);
    }

    [Fact]
    public async Task The_receipt_of_an_accepted_dossier_prints_as_a_pdf_with_its_code_applicant_appointment_and_qr_address()
    {
        var dossier = await _factory.AcceptedAtTheDeskAsync();
        var officer = await _factory.ClientAsync("motcua");

        var response = await officer.GetAsync($"/dossiers/{dossier.Id}/forms/receipt");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = await PdfText.ReadAsync(await response.Content.ReadAsByteArrayAsync());
        text.ShouldContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        text.ShouldContain(dossier.Code!);
        text.ShouldContain("Nguyễn Thị Hồng Nhung");
        text.ShouldContain("Đăng ký kết hôn");
        var due = MotCua.Common.Time.VietnamTime.ToLocal(new DateTimeOffset(dossier.DueAt!.Value));
        text.ShouldContain(due.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        (await officer.GetAsync($"/dossiers/{dossier.Id}/forms/refusal")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await _factory.ClientAsync("chuyenvien")).GetAsync($"/dossiers/{dossier.Id}/forms/receipt")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_agency_list_shows_every_dossier_of_the_agency_once_across_its_pages_newest_first()
    {
        var agencyId = (await _factory.AcceptedAtTheDeskAsync()).AgencyId;
        while (await CountAsync(agencyId) <= 25)
        {
            await _factory.AcceptedAtTheDeskAsync();
        }

        List<Guid> expected;
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            expected = await db.Dossiers.Where(d => d.AgencyId == agencyId).OrderByDescending(d => d.SubmittedAt).ThenBy(d => d.Id).Select(d => d.Id).ToListAsync();
        }

        var officer = await _factory.ClientAsync("motcua");
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var listed = new List<Guid>();
        for (var page = 1; page <= (expected.Count + 24) / 25; page++)
        {
            var html = parser.ParseDocument(await officer.GetStringAsync($"/dossiers?page={page}"));
            listed.AddRange(html.QuerySelectorAll("td.code a").Select(a => Guid.Parse(a.GetAttribute("href")!["/dossiers/".Length..])));
        }

        listed.ShouldBe(expected);
    }

    [Fact]
    public async Task The_list_and_the_ledger_search_quotes_and_wildcards_as_plain_text()
    {
        var dossier = await _factory.AcceptedAtTheDeskAsync();
        var officer = await _factory.ClientAsync("motcua");
        var year = MotCua.Common.Time.VietnamTime.ToLocal(new DateTimeOffset(dossier.SubmittedAt)).Year;

        foreach (var text in new[] { "nhung' OR '1'='1", "%", "_", "nhung\\", "';--", "Nhung%" })
        {
            foreach (var url in new[] { "/dossiers?q=", $"/dossiers/ledger?year={year}&q=" })
            {
                var response = await officer.GetAsync(url + Uri.EscapeDataString(text));
                response.StatusCode.ShouldBe(HttpStatusCode.OK, url + text);
                (await response.Content.ReadAsStringAsync()).ShouldNotContain(dossier.Code!, Case.Sensitive, url + text);
            }
        }

        (await officer.GetStringAsync("/dossiers?q=" + Uri.EscapeDataString("hồng nhung"))).ShouldContain(dossier.Code!);
        (await officer.GetStringAsync($"/dossiers/ledger?year={year}&q=" + Uri.EscapeDataString("hồng nhung"))).ShouldContain(dossier.Code!);
    }

    private async Task<int> CountAsync(Guid agencyId)
    {
        await using var scope = _factory.CreateDbScope(out var db);
        return await db.Dossiers.CountAsync(d => d.AgencyId == agencyId);
    }
}
