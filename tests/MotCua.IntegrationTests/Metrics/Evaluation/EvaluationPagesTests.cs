using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Portal.Data;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Metrics.Evaluation;

/// <summary>
/// The TT 01/2018 evaluation from the facts (ADR-058): a licence dossier settled by Sở Nội vụ's officers and rated gives
/// the unit and its officers scores with the dossiers behind them; who sees which officer's scores; the published page
/// without officers; the .xlsx read back; the API.
/// </summary>
public sealed class EvaluationPagesTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const string Specialist = "Lê Văn Cường";
    private const string UnitLeader = "Phạm Thị Dung";
    private const string Period = "ky=2026-Q4";

    [Fact]
    public async Task The_agency_leader_sees_the_unit_and_its_officers_with_the_points_and_dossiers_behind_each_indicator()
    {
        var id = await RatedAsync(time: 2, contacts: 1, agencies: 1);
        var page = await PageAsync("giamdoc", "/metrics/danh-gia?" + Period);

        page.ShouldContain("Sở Nội vụ");
        page.ShouldContain(Specialist);
        page.ShouldContain(UnitLeader);
        page.ShouldContain("/metrics/danh-gia/ho-so?");

        // The specialist's chỉ số 3 list: the rated dossier, with the point the rating gave.
        var officerId = await UserIdAsync("chuyenvien");
        var agency = await AgencyIdAsync(DemoProvince.HomeAffairs);
        var items = await PageAsync("giamdoc", $"/metrics/danh-gia/ho-so?{Period}&agency={agency}&can-bo={officerId}&chi-so=3");
        items.ShouldContain(id.ToString());
        items.ShouldContain(Specialist);
    }

    [Fact]
    public async Task An_agency_leader_cannot_see_another_agencys_officers()
    {
        await RatedAsync(time: 1, contacts: 2, agencies: 2);
        var other = await factory.OfficerAsync(DemoProvince.Justice, null, Roles.AgencyLeader, "Ngô Thị Tư");
        var own = WebUtility.HtmlDecode(await other.GetStringAsync("/metrics/danh-gia?" + Period));
        own.ShouldNotContain(Specialist);
        own.ShouldNotContain(UnitLeader);

        var homeAffairs = await AgencyIdAsync(DemoProvince.HomeAffairs);
        Denied(await other.GetAsync($"/metrics/danh-gia?{Period}&agency={homeAffairs}"));
        Denied(await other.GetAsync($"/metrics/danh-gia/ho-so?{Period}&agency={homeAffairs}&chi-so=1"));
        var justice = await AgencyIdAsync(DemoProvince.Justice);
        var list = WebUtility.HtmlDecode(await other.GetStringAsync($"/metrics/danh-gia/ho-so?{Period}&agency={justice}&can-bo={await UserIdAsync("chuyenvien")}&chi-so=1"));
        list.ShouldNotContain(Specialist);
        list.ShouldContain("Không có hồ sơ nào.");
    }

    [Fact]
    public async Task An_officer_sees_only_their_own_scores_and_a_unit_leader_their_units()
    {
        await RatedAsync(time: 2, contacts: 2, agencies: 1);
        var mine = await PageAsync("chuyenvien", "/metrics/danh-gia?" + Period);
        mine.ShouldContain(Specialist);
        mine.ShouldNotContain(UnitLeader);
        Denied(await (await factory.ClientAsync("chuyenvien")).GetAsync($"/metrics/danh-gia/ho-so?{Period}&agency={await AgencyIdAsync(DemoProvince.HomeAffairs)}&can-bo={await UserIdAsync("truongphong")}&chi-so=1"));

        var unit = await PageAsync("truongphong", "/metrics/danh-gia?" + Period);
        unit.ShouldContain(Specialist);
        unit.ShouldContain(UnitLeader);
        unit.ShouldNotContain("Hoàng Văn Em");
    }

    [Fact]
    public async Task The_published_results_show_units_and_no_officer()
    {
        await RatedAsync(time: 2, contacts: 2, agencies: 2);
        var page = WebUtility.HtmlDecode(await (await factory.ClientAsync(null)).GetStringAsync("/danh-gia-tthc"));
        page.ShouldContain("Sở Nội vụ");
        page.ShouldNotContain(Specialist);
        page.ShouldNotContain(UnitLeader);
        page.ShouldNotContain("/metrics/danh-gia/ho-so");
    }

    [Fact]
    public async Task The_xlsx_holds_the_units_ranked_and_the_officers_the_reader_may_see()
    {
        await RatedAsync(time: 2, contacts: 1, agencies: 1);
        var response = await (await factory.ClientAsync("vanphong")).GetAsync("/metrics/danh-gia?" + Period + "&handler=xlsx");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Count.ShouldBe(2);
        string Text(Sheet sheet) => string.Join("|", ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>()
            .Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text));
        Text(sheets[0]).ShouldContain("Sở Nội vụ");
        Text(sheets[0]).ShouldContain("Chỉ số 9");
        Text(sheets[1]).ShouldContain(Specialist);
    }

    [Fact]
    public async Task The_api_gives_the_units_and_the_callers_own_officers()
    {
        await RatedAsync(time: 2, contacts: 1, agencies: 1);
        var api = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs));
        var response = await api.GetAsync("/api/v1/metrics/evaluation?" + Period);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var units = json.RootElement.GetProperty("units").EnumerateArray().ToList();
        units.Count.ShouldBe(1);
        units[0].GetProperty("indicators").GetArrayLength().ShouldBe(9);
        units[0].GetProperty("dossiers").GetInt32().ShouldBeGreaterThan(0);
        json.RootElement.GetProperty("officers").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ShouldContain(Specialist);

        var justice = await AgencyIdAsync(DemoProvince.Justice);
        (await api.GetAsync($"/api/v1/metrics/evaluation?{Period}&agency={justice}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.GetAsync("/api/v1/metrics/evaluation?ky=abc")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_one_stop_list_gives_chi_so_5_and_6_and_a_unit_without_dossiers_is_not_evaluated()
    {
        await RatedAsync(time: 2, contacts: 1, agencies: 1);
        var page = await PageAsync("vanphong", "/metrics/danh-gia?" + Period);

        // Sở Nội vụ (province level) decides a third of its procedures at the one-stop unit (≥ 20 %: 2 points) and declared
        // them all posted (posted and electronic: 2 points); it settled a dossier, so it is evaluated and ranked.
        var homeAffairs = UnitCells(page, "Nội vụ");
        homeAffairs.Rank.ShouldNotBeEmpty();
        homeAffairs.Cells[6].ShouldStartWith("2,0");
        homeAffairs.Cells[7].ShouldStartWith("2,0");

        // Sở Tư pháp receives and returns every procedure there but decides none (1 point); without a dossier settled in
        // the period it is not evaluated and not ranked, its unit indicators still shown.
        var justice = UnitCells(page, "Tư pháp");
        justice.Cells[6].ShouldStartWith("1,0");
        justice.Rank.ShouldBeEmpty();
        justice.Cells[11].ShouldBe("Chưa đủ dữ liệu để đánh giá");
    }

    /// <summary>The rank and the cells (dossiers, chỉ số 1–9, total, rating) of a unit's row on the evaluation page, as text.</summary>
    private static (string Rank, List<string> Cells) UnitCells(string page, string name)
    {
        var row = System.Text.RegularExpressions.Regex.Match(page,
            "<tr>\\s*<td class=\"num\">([^<]*)</td>\\s*<th scope=\"row\" class=\"text\">[^<]*" + name + "[^<]*</th>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline);
        row.Success.ShouldBeTrue(name);
        var cells = System.Text.RegularExpressions.Regex.Matches(row.Groups[2].Value, "<td[^>]*>(.*?)</td>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value, "<[^>]+>", " ").Trim()).ToList();
        return (row.Groups[1].Value.Trim(), [string.Empty, .. cells]);
    }

    /// <summary>A licence dossier settled, returned and rated; its id.</summary>
    private async Task<Guid> RatedAsync(int time, int contacts, int agencies)
    {
        var id = await factory.ReturnedAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await using var scope = factory.CreateDbScope(out var db);
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id);
        var rated = new RatableDossier(dossier.Id, dossier.AgencyId, dossier.Code, dossier.ProcedureName, DossierStatus.Returned, OnTimeClass.Early);
        db.DossierRatings.Add(DossierRating.Record(rated, RatingChannel.Kiosk, time, contacts, agencies, false, true, null, factory.Clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
        return id;
    }

    private static void Denied(HttpResponseMessage response) =>
        (response.StatusCode == HttpStatusCode.Forbidden
         || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/denied", StringComparison.Ordinal)))
        .ShouldBeTrue(response.StatusCode + " " + response.Headers.Location);

    private async Task<string> PageAsync(string user, string url)
    {
        var response = await (await factory.ClientAsync(user)).GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<Guid> AgencyIdAsync(string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }
}
