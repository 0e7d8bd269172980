using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Live.Data;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;
using static MotCua.IntegrationTests.Metrics.Live.Live766Arrange;

namespace MotCua.IntegrationTests.Metrics.Live;

/// <summary>
/// The 766 by cấp (statistics by level: the agencies of cấp tỉnh, cấp huyện or cấp xã together), the entered figures of the
/// province and of a cấp as the sums of their agencies' entries, and the drill-down API naming both the receiving desk's
/// agency and the competent agency.
/// </summary>
public sealed class Live766LevelTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private static readonly ReportPeriod December = ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar);

    [Fact]
    public async Task A_level_counts_the_dossiers_of_its_agencies_and_only_province_wide_readers_open_it()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        factory.Clock.Advance(TimeSpan.FromDays(3));
        await factory.SettleFactsAsync();

        await using (var services = factory.Services.CreateAsyncScope())
        {
            var live = services.ServiceProvider.GetRequiredService<Live766>();
            var scopes = services.ServiceProvider.GetRequiredService<AppDbContext>();
            var byLevel = await scopes.Agencies.GroupBy(a => a.Level!.Code).ToDictionaryAsync(g => g.Key, g => g.Select(a => a.Id).ToList());
            foreach (var (level, agencies) in byLevel)
            {
                var result = (await live.ComputeAsync(new Scope766(null, null, null, null, null, level, level, agencies), December, CancellationToken.None)).ShouldNotBeNull();
                var sum = 0m;
                foreach (var agency in agencies)
                {
                    sum += (await live.ComputeAsync(new Scope766(agency, null, null, null, null), December, CancellationToken.None))!.Indicators["2.1"].Score.Denominator;
                }

                result.Indicators["2.1"].Score.Denominator.ShouldBe(sum, level);
            }

            byLevel["TINH"].Count.ShouldBeGreaterThan(1);
            var province = (await live.ComputeAsync(new Scope766(null, null, null, null, null), December, CancellationToken.None))!;
            var tinh = (await live.ComputeAsync(new Scope766(null, null, null, null, null, "TINH", "Cấp tỉnh", byLevel["TINH"]), December, CancellationToken.None))!;
            tinh.Indicators["2.1"].Score.Denominator.ShouldBeGreaterThan(0, "the licence is a provincial department's");
            var xa = (await live.ComputeAsync(new Scope766(null, null, null, null, null, "XA", "Cấp xã", byLevel["XA"]), December, CancellationToken.None))!;
            (tinh.Indicators["2.1"].Score.Denominator + xa.Indicators["2.1"].Score.Denominator).ShouldBeLessThanOrEqualTo(province.Indicators["2.1"].Score.Denominator);
        }

        var officer = await factory.ClientAsync("vanphong");
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync("/metrics/766?scope=cap&level=XA&ky=2026-12"));
        page.ShouldContain("Cấp xã (các cơ quan cùng cấp)");
        page.ShouldContain("/metrics/766/2.1/items?scope=cap&level=XA");
        (await officer.GetAsync("/metrics/766/2.1/items?scope=cap&level=TINH&ky=2026-12")).StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await officer.GetStringAsync("/metrics/766?scope=cap&level=QUAN&ky=2026-12")).ShouldContain("Không có cấp hành chính này");
        WebUtility.HtmlDecode(await officer.GetStringAsync("/metrics/766?scope=cap&ky=2026-12")).ShouldContain("Hãy chọn cấp");
        Denied(await (await factory.ClientAsync("giamdoc")).GetAsync("/metrics/766?scope=cap&level=TINH&ky=2026-12"));
        Denied(await (await factory.ClientAsync("kiemsoat")).GetAsync("/metrics/766/mo-phong?scope=cap&level=XA&ky=2026-12"));
        (await officer.GetAsync("/metrics/766/mo-phong?scope=cap&level=TINH&ky=2026-12")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_province_and_a_level_sum_the_entries_their_agencies_made_and_ignore_replaced_ones()
    {
        var homeAffairs = await factory.AgencyIdAsync(DemoProvince.HomeAffairs);
        var commune = await factory.AgencyIdAsync(DemoProvince.CommuneAnBinh);
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var at = ClockedFactory.Start.UtcDateTime;
            var replaced = Entry(homeAffairs, 999, 1000, at.AddHours(-1));
            replaced.ReplaceAt(at);
            db.EnteredIndicatorValues.AddRange(replaced, Entry(homeAffairs, 120, 200, at), Entry(commune, 30, 100, at));
            await db.SaveChangesAsync();
        }

        await using var services = factory.Services.CreateAsyncScope();
        var live = services.ServiceProvider.GetRequiredService<Live766>();
        var province = (await live.ComputeAsync(new Scope766(null, null, null, null, null), December, CancellationToken.None))!.Indicators["4.4"];
        (province.Score.Numerator, province.Score.Denominator, province.Score.IsMissing, province.Source).ShouldBe((150m, 300m, false, Source766.Entered));
        province.Entered!.Agencies.ShouldBe(2);
        province.Score.Points.ShouldBe(4m * 150 / 300);
        var communes = (await live.ComputeAsync(new Scope766(null, null, null, null, null, "XA", "Cấp xã", [commune]), December, CancellationToken.None))!.Indicators["4.4"];
        (communes.Score.Numerator, communes.Score.Denominator, communes.Entered!.Agencies).ShouldBe((30m, 100m, 1));
        var agency = (await live.ComputeAsync(new Scope766(homeAffairs, null, null, null, null), December, CancellationToken.None))!.Indicators["4.4"];
        (agency.Score.Numerator, agency.Score.Denominator).ShouldBe((120m, 200m));
        (await live.ComputeAsync(new Scope766(null, null, null, null, null), December, CancellationToken.None))!.Indicators["1.4"].Score.IsMissing.ShouldBeTrue("nobody entered 1.4");

        var page = WebUtility.HtmlDecode(await (await factory.ClientAsync("vanphong")).GetStringAsync("/metrics/766?scope=tinh&ky=2026-12"));
        page.ShouldContain("Tổng số liệu nhập tay của 2 cơ quan");
    }

    [Fact]
    public async Task The_items_api_names_the_receiving_desk_and_the_competent_agency()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        factory.Clock.Advance(TimeSpan.FromHours(1));
        await factory.SettleFactsAsync();
        Guid desk, competent;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var row = await db.MetricDossiers.Where(m => m.DossierId == id).Select(m => new { m.AgencyId, m.ResolvingAgencyId }).SingleAsync();
            (desk, competent) = (row.AgencyId, row.ResolvingAgencyId);
        }

        desk.ShouldBe(await factory.AgencyIdAsync(DemoProvince.ServiceCentre));
        competent.ShouldBe(await factory.AgencyIdAsync(DemoProvince.HomeAffairs), "the licence is decided by the department, received at the service centre");
        var api = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs));
        var response = await api.GetAsync("/api/v1/metrics/766/3.3/items?ky=2026-12&side=mau-so");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("dossierId").GetGuid() == id);
        item.GetProperty("agencyId").GetGuid().ShouldBe(desk);
        item.GetProperty("competentAgencyId").GetGuid().ShouldBe(competent);

        var openApi = await (await factory.ClientAsync(null)).GetStringAsync("/openapi/v1.json");
        openApi.ShouldContain("competentAgencyId");
        openApi.ShouldContain("the receiving desk");
    }

    private static EnteredIndicatorValue Entry(Guid agency, decimal numerator, decimal denominator, DateTime at) =>
        EnteredIndicatorValue.Enter(agency, "4.4", December.First, December.Last, numerator, denominator, null, "k/" + Guid.NewGuid(), "bang-chung.pdf", "application/pdf", new string('0', 64), null, "Ngô Thị Kiểm", at);
}
