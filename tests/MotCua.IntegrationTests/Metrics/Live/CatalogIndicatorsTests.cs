using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Metrics.Live;

/// <summary>
/// Chỉ số 766 1.1, 1.3, 2.2, 3.4, 3.5 and 5.1 (ADR-062) on the demo catalogue and a stopped clock: 1.1 judges the demo
/// amendment 412/QĐ-UBND (16/03/2026) against the effective dates of the acts it implements; 1.3 finds a version without its
/// trình tự; 3.4 and 3.5 read the fees of the period's facts against the procedures charging fees; 2.2 averages one
/// procedure's completed dossiers in working days; each catalogue figure's list (page and API) has as many procedures.
/// </summary>
public sealed class CatalogIndicatorsTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task Each_procedure_counts_once_against_its_acts_effective_date_and_a_version_without_its_sequence_is_listed_as_incomplete()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var homeAffairs = await AgencyIdAsync(DemoProvince.HomeAffairs);
        var q1 = ReportPeriods.Of(PeriodKind.Quarter, 2026, 1, PeriodCalendar.Calendar);

        // 1.001978's act took effect 20/03/2026 (decision due by 13/03: late), 1.000105's on 01/04/2026 (due by 25/03: on time).
        var result = await ComputeAsync(new Scope766(homeAffairs, null, null, null, null), q1);
        (result.Indicators["1.1"].Score.Numerator, result.Indicators["1.1"].Score.Denominator).ShouldBe((1m, 2m));
        result.Indicators["1.1"].Score.Points.ShouldBe(3m);

        var officer = await factory.ClientAsync("vanphong");
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766?scope=co-quan&agency={homeAffairs}&ky=2026-Q1"));
        page.ShouldContain("/metrics/766/1.1/thu-tuc?");
        var late = WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766/1.1/thu-tuc?scope=co-quan&agency={homeAffairs}&ky=2026-Q1&side=mau-so"));
        late.ShouldContain("id=\"procedures-total\">2<");
        late.ShouldContain("1.001978");
        late.ShouldContain("công bố muộn");
        WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766/1.1/thu-tuc?scope=co-quan&agency={homeAffairs}&ky=2026-Q1&side=tu-so"))
            .ShouldContain("id=\"procedures-total\">1<");
        (await officer.GetAsync($"/metrics/766/2.1/thu-tuc?scope=co-quan&agency={homeAffairs}&ky=2026-Q1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await factory.ClientAsync("kiemsoat")).GetAsync($"/metrics/766/1.3/thu-tuc?agency={homeAffairs}&ky=2026-Q1")).StatusCode
            .ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);

        // 1.3: every version published through the catalogue has components a–g; one losing its trình tự is counted out.
        var today = VietnamTime.LocalDate(factory.Clock.GetUtcNow().UtcDateTime);
        int inForce;
        Guid licence;
        string sequence;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var versions = db.ProcedureVersions.Where(VersionInForce.On(today)).Where(v => v.Agencies.Any(a => a.AgencyId == homeAffairs));
            inForce = await versions.Select(v => v.Procedure!.Code).Distinct().CountAsync();
            (licence, sequence) = await versions.Where(v => v.Procedure!.Code == LicenceCode).Select(v => new ValueTuple<Guid, string>(v.Id, v.Sequence)).SingleAsync();
        }

        (await ComputeAsync(new Scope766(homeAffairs, null, null, null, null), q1)).Indicators["1.3"].Score.Numerator.ShouldBe(inForce);
        await SetSequenceAsync(licence, "");
        try
        {
            var broken = (await ComputeAsync(new Scope766(homeAffairs, null, null, null, null), q1)).Indicators["1.3"].Score;
            (broken.Numerator, broken.Denominator).ShouldBe((inForce - 1m, (decimal)inForce));
            var list = WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766/1.3/thu-tuc?scope=co-quan&agency={homeAffairs}&ky=2026-Q1&side=tu-so"));
            list.ShouldContain($"id=\"procedures-total\">{inForce - 1}<");
            WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766/1.3/thu-tuc?scope=co-quan&agency={homeAffairs}&ky=2026-Q1&side=mau-so"))
                .ShouldContain("Thiếu: b) trình tự thực hiện.");
        }
        finally
        {
            await SetSequenceAsync(licence, sequence);
        }
    }

    [Fact]
    public async Task Fees_and_online_payments_of_the_period_and_one_procedures_average_time_are_read_from_the_facts_on_the_page_and_the_api()
    {
        // Monday 07/12/2026 08:00: two licence dossiers received; the first finished on Wednesday 08:00, two working days later.
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var desk = await factory.ClientAsync("motcua");
        var first = await factory.ReceiveAsync(desk, LicenceCode);
        var second = await factory.ReceiveAsync(desk, LicenceCode);
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await factory.SettleAsync(first, factory.Clock.GetUtcNow());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MetricsRebuild>().RunAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None);
        }

        // The facts of the fee module's outcome: the first paid online, the second asked fees paid at the desk.
        var homeAffairs = await AgencyIdAsync(DemoProvince.HomeAffairs);
        int withFees;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.MetricDossiers.Where(m => m.DossierId == first).ExecuteUpdateAsync(s => s.SetProperty(m => m.FeesRequested, true).SetProperty(m => m.PaidOnline, true));
            await db.MetricDossiers.Where(m => m.DossierId == second).ExecuteUpdateAsync(s => s.SetProperty(m => m.FeesRequested, true).SetProperty(m => m.PaidOnline, false));
            (await db.MetricDossiers.Where(m => m.DossierId == first).Select(m => m.ResolvingAgencyId).SingleAsync()).ShouldBe(homeAffairs);
            var today = VietnamTime.LocalDate(factory.Clock.GetUtcNow().UtcDateTime);
            withFees = (await db.ProcedureVersions.Where(VersionInForce.On(today)).Where(v => v.Agencies.Any(a => a.AgencyId == homeAffairs)).Include(v => v.Procedure).ToListAsync())
                .Where(v => v.Fees.Any(f => f.AmountVnd > 0)).Select(v => v.Procedure!.Code).Distinct().Count();
        }

        withFees.ShouldBeGreaterThan(1);
        var december = ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar);
        var result = await ComputeAsync(new Scope766(homeAffairs, null, null, null, null), december);
        (result.Indicators["3.4"].Score.Numerator, result.Indicators["3.4"].Score.Denominator).ShouldBe((1m, (decimal)withFees));
        (result.Indicators["3.5"].Score.Numerator, result.Indicators["3.5"].Score.Denominator).ShouldBe((1m, (decimal)withFees));
        result.Indicators["2.2"].Score.IsMissing.ShouldBeTrue();
        result.Indicators["5.1"].Score.Numerator.ShouldBe(result.Indicators["5.2"].Score.Denominator);

        var one = await ComputeAsync(new Scope766(homeAffairs, null, null, null, LicenceCode), december);
        (one.Indicators["2.2"].Score.Numerator, one.Indicators["2.2"].Score.Denominator).ShouldBe((2m, 1m));

        var officer = await factory.ClientAsync("vanphong");
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766?scope=co-quan&agency={homeAffairs}&ky=2026-12"));
        page.ShouldContain("/metrics/766/3.5/thu-tuc?");
        page.ShouldContain("chi-so-5.1-phan-loai");
        page.ShouldContain("hãy chọn mã TTHC");
        WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766?scope=co-quan&agency={homeAffairs}&procedure={LicenceCode}&ky=2026-12"))
            .ShouldContain("2,00 ngày làm việc");

        var api = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs));
        using (var json = JsonDocument.Parse(await api.GetStringAsync("/api/v1/metrics/766?ky=2026-12")))
        {
            var indicators = Indicators(json);
            indicators["2.2"].GetProperty("missing").GetBoolean().ShouldBeTrue();
            indicators["2.2"].GetProperty("missingReason").GetString().ShouldNotBeNull().ShouldContain("một thủ tục");
            indicators["5.1"].GetProperty("categories").ValueKind.ShouldBe(JsonValueKind.Array);
            var fees = indicators["3.5"];
            fees.GetProperty("numerator").GetDecimal().ShouldBe(1m);
            var listed = await api.GetAsync(fees.GetProperty("denominatorItems").GetString().ShouldNotBeNull());
            listed.StatusCode.ShouldBe(HttpStatusCode.OK, await listed.Content.ReadAsStringAsync());
            using var items = JsonDocument.Parse(await listed.Content.ReadAsStringAsync());
            items.RootElement.GetProperty("total").GetInt32().ShouldBe(withFees);
            using var paid = JsonDocument.Parse(await api.GetStringAsync(indicators["3.4"].GetProperty("numeratorItems").GetString().ShouldNotBeNull()));
            paid.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldBe([LicenceCode]);
        }

        using (var json = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/metrics/766?procedure={LicenceCode}&ky=2026-12")))
        {
            var average = Indicators(json)["2.2"];
            average.GetProperty("ratio").GetDecimal().ShouldBe(2m);
            average.GetProperty("unit").GetString().ShouldBe("WorkingDays");
        }

        (await api.GetAsync("/api/v1/metrics/766/2.1/procedures?ky=2026-12")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetAsync("/api/v1/metrics/766/1.3/procedures?ky=2026-12&side=x")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.GetAsync($"/api/v1/metrics/766/1.3/procedures?ky=2026-12&agency={await AgencyIdAsync(DemoProvince.ServiceCentre)}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static Dictionary<string, JsonElement> Indicators(JsonDocument json) =>
        json.RootElement.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray())
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.Clone());

    private async Task<Live766Result> ComputeAsync(Scope766 scope, ReportPeriod period)
    {
        await using var services = factory.Services.CreateAsyncScope();
        return (await services.ServiceProvider.GetRequiredService<Live766>().ComputeAsync(scope, period, CancellationToken.None)).ShouldNotBeNull();
    }

    private async Task SetSequenceAsync(Guid version, string sequence)
    {
        await using var scope = factory.CreateDbScope(out var db);
        await db.ProcedureVersions.Where(v => v.Id == version).ExecuteUpdateAsync(s => s.SetProperty(v => v.Sequence, sequence));
    }

    private async Task<Guid> AgencyIdAsync(string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }
}
