using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Catalog;

/// <summary>
/// The agency's one-stop list (ADR-063): the agency keeps its own (which procedures are received and returned, or decided,
/// at the Bộ phận Một cửa, and the posting day), never another agency's; a bad row is refused in Vietnamese and nothing of
/// the form is written.
/// </summary>
public sealed partial class OneStopListTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const string Page = "/catalog/one-stop-list";

    [Fact]
    public async Task An_agency_leader_keeps_their_agencys_list_with_the_posting_day()
    {
        var client = await factory.ClientAsync("giamdoc");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(Page));
        page.ShouldContain("Danh mục TTHC tại Bộ phận Một cửa");
        var codes = Codes(page);
        codes.Count.ShouldBeGreaterThan(1);

        var response = await client.SubmitFormAsync(Page, Rows(codes.Select(c => (c, "Decided", "2026-12-01"))).Append(new("agency", DemoProvince.HomeAffairs)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("saved=true");
        var lines = await LinesAsync(DemoProvince.HomeAffairs);
        lines.Count.ShouldBe(codes.Count);
        lines.ShouldAllBe(l => l.Handling == OneStopHandling.Decided && l.PostedOn == new DateOnly(2026, 12, 1));
        await using var scope = factory.CreateDbScope(out var db);
        (await db.AuditEntries.CountAsync(e => e.Action == "OneStopListSet")).ShouldBeGreaterThanOrEqualTo(codes.Count);
    }

    [Fact]
    public async Task An_agency_cannot_open_or_change_another_agencys_list()
    {
        var justice = await factory.OfficerAsync(DemoProvince.Justice, null, Roles.AgencyLeader, "Ngô Thị Tư");
        var homeAffairsCode = Codes(WebUtility.HtmlDecode(await (await factory.ClientAsync("giamdoc")).GetStringAsync(Page)))[0];
        var before = await LinesAsync(DemoProvince.HomeAffairs);

        Denied(await justice.GetAsync(Page + "?agency=" + DemoProvince.HomeAffairs));
        Denied(await justice.SubmitFormAsync(Page, Rows([(homeAffairsCode, "Elsewhere", "")]).Append(new("agency", DemoProvince.HomeAffairs))));

        (await LinesAsync(DemoProvince.HomeAffairs)).ShouldBe(before);
    }

    [Fact]
    public async Task A_bad_row_is_refused_in_vietnamese_and_nothing_of_the_form_is_written()
    {
        var client = await factory.ClientAsync("vanphong");
        var url = Page + "?agency=" + DemoProvince.Justice;
        var codes = Codes(WebUtility.HtmlDecode(await client.GetStringAsync(url)));
        codes.Count.ShouldBeGreaterThan(0);
        var before = await LinesAsync(DemoProvince.Justice);

        var response = await client.SubmitFormAsync(url, Rows([(codes[0], "Decided", "2026-12-08"), (codes[0], "Sometimes", ""), ("1.999999", "Decided", "")])
            .Append(new("agency", DemoProvince.Justice)), Page);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain($"Thủ tục {codes[0]}: ngày niêm yết không được sau ngày hôm nay.");
        html.ShouldContain($"Thủ tục {codes[0]}: chọn cách tiếp nhận tại Bộ phận Một cửa.");
        html.ShouldContain("Thủ tục 1.999999 không thuộc danh mục thủ tục đang có hiệu lực của cơ quan.");
        (await LinesAsync(DemoProvince.Justice)).ShouldBe(before);
    }

    [Fact]
    public async Task The_demo_lines_name_who_entered_them_as_sample_data_never_an_internal_word()
    {
        var client = await factory.ClientAsync("vanphong");

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(Page + "?agency=" + DemoProvince.Education));

        var changed = page.QuerySelectorAll("tbody tr td:last-child").Select(c => c.TextContent.Trim()).ToList();
        changed.ShouldNotBeEmpty();
        changed.ShouldAllBe(c => c.EndsWith(" — " + DemoProvince.DataEntry, StringComparison.Ordinal));
        DemoProvince.DataEntry.ShouldBe("Dữ liệu mẫu");
    }

    [Fact]
    public async Task In_English_the_demo_lines_show_the_english_label_for_sample_data_while_the_records_keep_the_vietnamese_name()
    {
        var english = new HtmlParser().ParseDocument(await (await factory.ClientAsync("vanphong")).GetStringAsync(Page + "?agency=" + DemoProvince.Education + "&culture=en"));
        var vietnamese = new HtmlParser().ParseDocument(await (await factory.ClientAsync("vanphong")).GetStringAsync(Page + "?agency=" + DemoProvince.Education + "&culture=vi"));

        var changedInEnglish = english.QuerySelectorAll("tbody tr td:last-child").Select(c => c.TextContent.Trim()).ToList();
        changedInEnglish.ShouldNotBeEmpty();
        changedInEnglish.ShouldAllBe(c => c.EndsWith(" — Sample data", StringComparison.Ordinal));
        vietnamese.QuerySelectorAll("tbody tr td:last-child").Select(c => c.TextContent.Trim())
            .ShouldAllBe(c => c.EndsWith(" — Dữ liệu mẫu", StringComparison.Ordinal));
        await using var scope = factory.CreateDbScope(out var db);
        var education = await db.Agencies.Where(a => a.Code == DemoProvince.Education).Select(a => a.Id).SingleAsync();
        (await db.OneStopProcedures.Where(l => l.AgencyId == education).Select(l => l.ChangedByName).Distinct().ToListAsync()).ShouldBe([DemoProvince.DataEntry]);
    }

    private static List<KeyValuePair<string, string>> Rows(IEnumerable<(string Code, string Handling, string PostedOn)> rows) =>
        [.. rows.SelectMany((r, i) => new KeyValuePair<string, string>[]
        {
            new($"rows[{i}].Code", r.Code), new($"rows[{i}].Handling", r.Handling), new($"rows[{i}].PostedOn", r.PostedOn),
        })];

    private static List<string> Codes(string page) => [.. CodeField().Matches(page).Select(m => m.Groups[1].Value)];

    private async Task<List<(string Code, OneStopHandling Handling, DateOnly? PostedOn)>> LinesAsync(string agencyCode)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var agencyId = await db.Agencies.Where(a => a.Code == agencyCode).Select(a => a.Id).SingleAsync();
        return [.. (await OneStopLists.Of(db).Where(e => e.AgencyId == agencyId).ToListAsync()).OrderBy(e => e.ProcedureCode, StringComparer.Ordinal)
            .Select(e => (e.ProcedureCode, e.Handling, e.PostedOn))];
    }

    private static void Denied(HttpResponseMessage response) =>
        (response.StatusCode == HttpStatusCode.Forbidden
         || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/denied", StringComparison.Ordinal)))
        .ShouldBeTrue(response.StatusCode + " " + response.Headers.Location);

    [GeneratedRegex("name=\"rows\\[[0-9]+\\]\\.Code\" value=\"([^\"]+)\"")]
    private static partial Regex CodeField();
}
