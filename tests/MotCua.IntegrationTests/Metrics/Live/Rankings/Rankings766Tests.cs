using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Live.Rankings;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Scoring766;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Metrics.Live.Rankings;

/// <summary>
/// The Bộ chỉ số 766 ranking, trend and public scoreboard (ADR-054, "Rankings, trend and the public scoreboard") on a
/// stopped clock: the ranking's order and points are each agency's <see cref="Live766"/> score computed alone, by the total
/// and by a nhóm; the .xlsx reads back with the same rows; the trend's month is the month's 766 page; the public page shows
/// no dossier code, applicant name or phone; only the province-wide roles rank.
/// </summary>
public sealed partial class Rankings766Tests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task The_ranking_orders_the_agencies_by_the_points_live766_gives_each_alone_and_its_xlsx_reads_back()
    {
        await ArrangeDossiersAsync();
        var expected = await LiveScoresAsync(ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar));
        expected.Count.ShouldBeGreaterThan(1);
        expected.Values.Select(s => s.Total).Distinct().Count().ShouldBeGreaterThan(1, "the agencies' totals differ, so the order says something");
        var province = await factory.ClientAsync("vanphong");
        var levels = await AgencyLevelsAsync();
        levels.Values.Distinct().Count().ShouldBeGreaterThan(1, "provincial agencies and communes are both ranked");

        foreach (var group in new int?[] { null, 2, 4 })
        {
            var html = WebUtility.HtmlDecode(await province.GetStringAsync("/metrics/766/xep-hang?ky=2026-12" + (group is null ? "" : "&nhom=" + group)));
            var rows = RankingRow().Matches(html).Select(m => (Id: Guid.Parse(m.Groups["id"].Value), Rank: int.Parse(m.Groups["rank"].Value, CultureInfo.InvariantCulture), Cells: Cells().Matches(m.Groups["rest"].Value).Select(c => c.Groups[1].Value).ToList())).ToList();
            rows.Select(r => r.Id).ShouldBe(expected.Keys, ignoreOrder: true);
            decimal Key(Guid id) => group is { } g ? expected[id].Groups.Single(x => x.Group == g).Points : expected[id].Total;
            // Like with like: each cấp is a block of its own, ordered and ranked among its agencies only.
            rows.Select(r => levels[r.Id]).Distinct().Count().ShouldBe(levels.Values.Distinct().Count());
            foreach (var block in rows.GroupBy(r => levels[r.Id]))
            {
                block.Select(r => Key(r.Id)).ShouldBeInOrder(SortDirection.Descending);
                html.ShouldContain($"data-level=\"{block.Key}\"");
            }

            foreach (var row in rows)
            {
                row.Rank.ShouldBe(1 + expected.Keys.Count(other => levels[other] == levels[row.Id] && Key(other) > Key(row.Id)));
                row.Cells[0].ShouldBe(Score766Display.Points(expected[row.Id].Total, Vi));
                row.Cells.Skip(1).ShouldBe(expected[row.Id].Groups.Select(g => Score766Display.Points(g.Points, Vi)));
            }
        }

        var export = await province.GetAsync("/metrics/766/xep-hang?ky=2026-12&nhom=2&handler=xlsx");
        export.StatusCode.ShouldBe(HttpStatusCode.OK, await export.Content.ReadAsStringAsync());
        export.Content.Headers.ContentType!.MediaType.ShouldBe(Live766Endpoints.XlsxContentType);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        sheet[0].InnerText.ShouldContain("Xếp hạng Bộ chỉ số 766");
        var body = sheet.Skip(RankingXlsx.HeadingRows + 1).Select(r => r.Descendants<Cell>().Select(c => c.InnerText).ToList()).ToList();
        body.Count.ShouldBe(expected.Count);
        var names = await AgencyNamesAsync();
        foreach (var cells in body)
        {
            var id = names.Single(n => n.Value == cells[1]).Key;
            int.Parse(cells[0], CultureInfo.InvariantCulture).ShouldBe(1 + expected.Count(o => levels[o.Key] == levels[id] && o.Value.Groups.Single(x => x.Group == 2).Points > expected[id].Groups.Single(x => x.Group == 2).Points));
            decimal.Parse(cells[2], CultureInfo.InvariantCulture).ShouldBe(expected[id].Total);
            cells.Skip(3).Take(expected[id].Groups.Count).Select(c => decimal.Parse(c, CultureInfo.InvariantCulture)).ShouldBe(expected[id].Groups.Select(g => g.Points));
            cells[^1].ShouldStartWith("Cấp ");
        }
    }

    [Fact]
    public async Task The_trend_shows_twelve_months_as_a_chart_and_a_table_each_month_scored_as_its_own_766_page()
    {
        var ids = await ArrangeDossiersAsync();
        var agency = await DossierAgencyAsync(ids[0]);
        var leader = await factory.ClientAsync("vanphong");
        var html = WebUtility.HtmlDecode(await leader.GetStringAsync($"/metrics/766/xu-huong?scope=co-quan&agency={agency}"));
        html.ShouldContain("<svg");
        var table = html[html.IndexOf("id=\"trend\"", StringComparison.Ordinal)..];
        var months = Regex.Matches(table, "<tr>\\s*<th scope=\"row\" class=\"text\"><a href=\"[^\"]*\">([0-9/]+)</a></th>\\s*<td class=\"num\">([^<]+)</td>").ToList();
        months.Count.ShouldBe(Rankings766.TrendMonths);
        months[0].Groups[1].Value.ShouldBe("01/2026");
        months[^1].Groups[1].Value.ShouldBe("12/2026");
        var december = (await LiveScoresAsync(ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar)))[agency];
        months[^1].Groups[2].Value.ShouldBe(Score766Display.Points(december.Total, Vi));
    }

    [Fact]
    public async Task The_public_scoreboard_shows_every_agencys_points_and_no_dossier_code_name_or_phone()
    {
        var ids = await ArrangeDossiersAsync();
        var anonymous = await factory.ClientAsync(null);
        foreach (var ky in new[] { "", "?ky=thang", "?ky=nam", "?ky=khong-co" })
        {
            var response = await anonymous.GetAsync("/chi-so-766" + ky);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            foreach (var name in (await AgencyNamesAsync()).Values)
            {
                html.ShouldContain(name);
            }

            await using var scope = factory.CreateDbScope(out var db);
            foreach (var dossier in await db.Dossiers.Where(d => ids.Contains(d.Id)).ToListAsync())
            {
                html.ShouldNotContain(dossier.Code!);
                html.ShouldNotContain(dossier.Applicant.Name);
                if (dossier.Applicant.Phone is { } phone)
                {
                    html.ShouldNotContain(phone);
                }
            }

            html.ShouldNotContain("/dossiers");
            html.ShouldNotContain("/items");
        }

        (await anonymous.GetStringAsync("/")).ShouldContain("href=\"/chi-so-766\"");
    }

    [Fact]
    public async Task Only_the_province_wide_roles_rank_and_bad_queries_get_a_vietnamese_message()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        Denied(await (await factory.ClientAsync("kiemsoat")).GetAsync("/metrics/766/xep-hang?ky=2026-12"));
        Denied(await (await factory.ClientAsync("giamdoc")).GetAsync("/metrics/766/xep-hang?ky=2026-12"));
        Denied(await (await factory.ClientAsync("giamdoc")).GetAsync("/metrics/766/xep-hang?ky=2026-12&handler=xlsx"));
        (await (await factory.ClientAsync(null)).GetAsync("/metrics/766/xep-hang")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Guid homeAffairs;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            homeAffairs = await db.Agencies.Where(a => a.Code == DemoProvince.HomeAffairs).Select(a => a.Id).SingleAsync();
        }

        (await (await factory.ClientAsync("giamdoc")).GetAsync($"/metrics/766/xu-huong?agency={homeAffairs}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        Denied(await (await factory.ClientAsync("kiemsoat")).GetAsync($"/metrics/766/xu-huong?scope=co-quan&agency={homeAffairs}"));
        Denied(await (await factory.ClientAsync("giamdoc")).GetAsync("/metrics/766/xu-huong?scope=tinh"));

        var province = await factory.ClientAsync("vanphong");
        var bad = await province.GetAsync("/metrics/766/xep-hang?ky=2026-13&nhom=x");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        text.ShouldContain("Nhóm chỉ số không hợp lệ");
        text.ShouldNotContain("id=\"ranking\"");
        (await province.GetAsync("/metrics/766/xep-hang?ky=2026&nhom=9")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var badExport = await province.GetAsync("/metrics/766/xep-hang?ky=abc&handler=xlsx");
        badExport.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badExport.Content.ReadAsStringAsync()).ShouldNotBeEmpty();
        (await province.GetStringAsync("/metrics/766?scope=tinh&ky=2026-12")).ShouldContain("/metrics/766/xep-hang?ky=2026-12");
    }

    /// <summary>Three dossiers received on 07/12/2026: one settled late, one on time, one open; the facts settled; the clock 20 days on.</summary>
    private async Task<List<Guid>> ArrangeDossiersAsync()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var desk = await factory.ClientAsync("motcua");
        var ids = new List<Guid> { await factory.ReceiveAsync(desk, LicenceCode), await factory.ReceiveAsync(desk, LicenceCode), await factory.ReceiveAsync(desk, LicenceCode) };
        await factory.SettleAsync(ids[1], factory.Clock.GetUtcNow().AddHours(2));
        factory.Clock.Advance(TimeSpan.FromDays(20));
        await factory.SettleAsync(ids[0], factory.Clock.GetUtcNow());
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MetricsRebuild>().RunAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None);
        return ids;
    }

    /// <summary>Each active agency's score computed alone, as its own 766 page computes it.</summary>
    private async Task<Dictionary<Guid, Score766Result>> LiveScoresAsync(ReportPeriod period)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var live = scope.ServiceProvider.GetRequiredService<Live766>();
        var scores = new Dictionary<Guid, Score766Result>();
        foreach (var (id, name) in await AgencyNamesAsync())
        {
            scores[id] = (await live.ComputeAsync(new Scope766(id, name, null, null, null), period, CancellationToken.None))!.Score;
        }

        return scores;
    }

    private async Task<Dictionary<Guid, string>> AgencyNamesAsync()
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Agencies.Where(a => a.IsActive).ToDictionaryAsync(a => a.Id, a => a.Name);
    }

    /// <summary>Each active agency's cấp (TINH, HUYEN, XA).</summary>
    private async Task<Dictionary<Guid, string>> AgencyLevelsAsync()
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Agencies.Where(a => a.IsActive).Select(a => new { a.Id, a.Level!.Code }).ToDictionaryAsync(a => a.Id, a => a.Code);
    }

    private async Task<Guid> DossierAgencyAsync(Guid dossier)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.MetricDossiers.Where(m => m.DossierId == dossier).Select(m => m.ResolvingAgencyId).SingleAsync();
    }

    private static void Denied(HttpResponseMessage response) =>
        (response.StatusCode == HttpStatusCode.Forbidden
         || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/denied", StringComparison.Ordinal)))
        .ShouldBeTrue(response.StatusCode + " " + response.Headers.Location);

    [GeneratedRegex("<tr data-agency=\"(?<id>[0-9a-f-]{36})\">\\s*<td class=\"num\">(?<rank>[0-9]+)</td>(?<rest>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RankingRow();

    [GeneratedRegex("<td class=\"num\">([^<]*)</td>")]
    private static partial Regex Cells();
}
