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

        // The facts of the fee module's outcome: the first paid online, the second asked fees paid at the desk — captured, so a
        // row already rolled up is read from the facts again (its bucket dirty, ADR-061).
        var homeAffairs = await AgencyIdAsync(DemoProvince.HomeAffairs);
        int withFees;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.MetricDossiers.Where(m => m.DossierId == first).ExecuteUpdateAsync(s => s.SetProperty(m => m.FeesRequested, true).SetProperty(m => m.PaidOnline, true).SetProperty(m => m.RolledSequence, (int?)null));
            await db.MetricDossiers.Where(m => m.DossierId == second).ExecuteUpdateAsync(s => s.SetProperty(m => m.FeesRequested, true).SetProperty(m => m.PaidOnline, false).SetProperty(m => m.RolledSequence, (int?)null));
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
        one.Indicators["2.2"].DenominatorLinks.ShouldBeTrue();
        one.Indicators["2.2"].NumeratorLinks.ShouldBeFalse();

        var officer = await factory.ClientAsync("vanphong");
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766?scope=co-quan&agency={homeAffairs}&ky=2026-12"));
        page.ShouldContain("/metrics/766/3.5/thu-tuc?");
        page.ShouldContain("chi-so-5.1-phan-loai");
        page.ShouldContain("hãy chọn mã TTHC");
        var onePage = WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766?scope=co-quan&agency={homeAffairs}&procedure={LicenceCode}&ky=2026-12"));
        onePage.ShouldContain("2,00 ngày làm việc");
        onePage.ShouldContain("/metrics/766/2.2/items?");

        // 2.2's dossiers: the granted ones received in the period, as many as its mẫu số, each with its own time.
        var done = WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766/2.2/items?scope=co-quan&agency={homeAffairs}&procedure={LicenceCode}&ky=2026-12&side=mau-so"));
        done.ShouldContain("id=\"items-total\">1<");
        done.ShouldContain(": 2,00 ngày làm việc.");
        done.ShouldNotContain("Thuộc tử số", Case.Sensitive, "2.2's tử số is a total time, not a set of dossiers");
        (await officer.GetAsync($"/metrics/766/2.2/items?scope=co-quan&agency={homeAffairs}&procedure={LicenceCode}&ky=2026-12&side=tu-so")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

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

    [Fact]
    public async Task A_publication_decision_without_the_acts_effective_date_is_left_out_of_1_1_and_shown_beside_the_figure_with_its_list()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var homeAffairs = await AgencyIdAsync(DemoProvince.HomeAffairs);
        var q1 = ReportPeriods.Of(PeriodKind.Quarter, 2026, 1, PeriodCalendar.Calendar);

        // 1.001978's decision was late against its act; without the act's date it is neither late nor on time: not counted.
        var versions = await SetEffectiveDateAsync("1.001978", null);
        try
        {
            var result = await ComputeAsync(new Scope766(homeAffairs, null, null, null, null), q1);
            (result.Indicators["1.1"].Score.Numerator, result.Indicators["1.1"].Score.Denominator).ShouldBe((1m, 1m));
            result.Catalog!.UndatedDecisions11.ShouldBe(1);

            var officer = await factory.ClientAsync("vanphong");
            var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766?scope=co-quan&agency={homeAffairs}&ky=2026-Q1"));
            page.ShouldContain("1 quyết định công bố chưa có ngày hiệu lực của văn bản quy định TTHC — không tính");
            page.ShouldContain("/metrics/766/1.1/thu-tuc?scope=co-quan&agency=" + homeAffairs + "&ky=2026-Q1&side=khong-tinh");
            var leftOut = WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766/1.1/thu-tuc?scope=co-quan&agency={homeAffairs}&ky=2026-Q1&side=khong-tinh"));
            leftOut.ShouldContain("id=\"procedures-total\">1<");
            leftOut.ShouldContain("1.001978");
            leftOut.ShouldNotContain("công bố muộn");
            var all = WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766/1.1/thu-tuc?scope=co-quan&agency={homeAffairs}&ky=2026-Q1&side=mau-so"));
            all.ShouldContain("id=\"procedures-total\">1<");
            all.ShouldNotContain("1.001978");
            (await officer.GetAsync($"/metrics/766/1.3/thu-tuc?scope=co-quan&agency={homeAffairs}&ky=2026-Q1&side=khong-tinh")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

            var api = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs));
            using var json = JsonDocument.Parse(await api.GetStringAsync("/api/v1/metrics/766?ky=2026-Q1"));
            var onTime = Indicators(json)["1.1"];
            (onTime.GetProperty("numerator").GetDecimal(), onTime.GetProperty("denominator").GetDecimal()).ShouldBe((1m, 1m));
            onTime.GetProperty("undatedDecisions").GetInt32().ShouldBe(1);
            using var listed = JsonDocument.Parse(await api.GetStringAsync(onTime.GetProperty("undatedItems").GetString().ShouldNotBeNull()));
            listed.RootElement.GetProperty("total").GetInt32().ShouldBe(1);
            listed.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldBe(["1.001978"]);
        }
        finally
        {
            await RestoreEffectiveDatesAsync(versions);
        }
    }

    [Theory]
    [InlineData("1.2", 2026)]
    [InlineData("3.1", 2026)]
    [InlineData("3.2", 2025)] // 3.2 is in the 2022 set only
    public async Task The_decisions_and_online_services_behind_1_2_3_1_and_3_2_are_listed_as_many_as_each_figure_counts(string indicator, int year)
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var homeAffairs = await AgencyIdAsync(DemoProvince.HomeAffairs);
        var q1 = ReportPeriods.Of(PeriodKind.Quarter, year, year == 2026 ? 1 : 4, PeriodCalendar.Calendar);
        var ky = year == 2026 ? "2026-Q1" : "2025-Q4";
        var officer = await factory.ClientAsync("vanphong");
        var api = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs));
        foreach (var (scope, query) in new[] { (new Scope766(null, null, null, null, null), "scope=tinh&ky=" + ky), (new Scope766(homeAffairs, null, null, null, null), $"scope=co-quan&agency={homeAffairs}&ky={ky}") })
        {
            var score = (await ComputeAsync(scope, q1)).Indicators[indicator].Score;
            WebUtility.HtmlDecode(await officer.GetStringAsync("/metrics/766?" + query)).ShouldContain($"/metrics/766/{indicator}/thu-tuc?{query}&side=tu-so");
            WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766/{indicator}/thu-tuc?{query}&side=tu-so")).ShouldContain($"id=\"procedures-total\">{(int)score.Numerator}<");
            WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766/{indicator}/thu-tuc?{query}&side=mau-so")).ShouldContain($"id=\"procedures-total\">{(int)score.Denominator}<");
        }

        var own = (await ComputeAsync(new Scope766(homeAffairs, null, null, null, null), q1)).Indicators[indicator].Score;
        using var json = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/metrics/766/{indicator}/procedures?ky={ky}&side=tu-so"));
        json.RootElement.GetProperty("total").GetInt32().ShouldBe((int)own.Numerator);
    }

    [Fact]
    public async Task Each_procedure_list_read_alone_is_the_list_the_figures_are_counted_from()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var homeAffairs = await AgencyIdAsync(DemoProvince.HomeAffairs);
        var q1 = ReportPeriods.Of(PeriodKind.Quarter, 2026, 1, PeriodCalendar.Calendar);
        var lists = 0;
        foreach (var scope in new[] { new Scope766(null, null, null, null, null), new Scope766(homeAffairs, null, null, null, null) })
        {
            await using var services = factory.Services.CreateAsyncScope();
            var live = services.ServiceProvider.GetRequiredService<Live766>();
            var catalog = services.ServiceProvider.GetRequiredService<CatalogIndicators>();
            var received = PeriodMembership.Received(q1.StartUtc, live.JudgedAt(q1));
            var all = await catalog.ItemsAsync(scope, q1, await live.CountedAsync(scope, q1, CancellationToken.None), received, null, CancellationToken.None);
            all.Lists.Keys.Order(StringComparer.Ordinal).ShouldBe(CatalogIndicators.ProcedureLists.Order(StringComparer.Ordinal));
            foreach (var indicator in CatalogIndicators.ProcedureLists)
            {
                foreach (var side in new[] { ItemSide.Denominator, ItemSide.Numerator })
                {
                    var alone = await CatalogIndicatorsEndpoints.ListAsync(live, catalog, scope, q1, indicator, side, leftOut: false, CancellationToken.None);
                    alone.ShouldBe(side == ItemSide.Numerator ? [.. all[indicator].Where(r => r.InNumerator)] : all[indicator], $"{indicator} {side}");
                    lists += alone.Count;
                }
            }

            (await CatalogIndicatorsEndpoints.ListAsync(live, catalog, scope, q1, "1.1", ItemSide.Denominator, leftOut: true, CancellationToken.None)).ShouldBe(all.Undated11);
        }

        lists.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_procedure_list_is_paged_in_code_order_and_exported_whole_to_xlsx()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var q1 = ReportPeriods.Of(PeriodKind.Quarter, 2026, 1, PeriodCalendar.Calendar);
        var figure = (int)(await ComputeAsync(new Scope766(null, null, null, null, null), q1)).Indicators["1.3"].Score.Denominator;
        figure.ShouldBeGreaterThan(CatalogIndicatorsEndpoints.PageSize, "the demo province lists more procedures than a page");

        var officer = await factory.ClientAsync("vanphong");
        var first = WebUtility.HtmlDecode(await officer.GetStringAsync("/metrics/766/1.3/thu-tuc?scope=tinh&ky=2026-Q1&side=mau-so"));
        first.ShouldContain($"id=\"procedures-total\">{figure}<");
        first.Split("class=\"procedure-row\"").Length.ShouldBe(CatalogIndicatorsEndpoints.PageSize + 1);
        first.ShouldContain("rel=\"next\"");
        first.ShouldContain("/metrics/766/1.3/thu-tuc.xlsx?scope=tinh&ky=2026-Q1&side=mau-so");
        var second = WebUtility.HtmlDecode(await officer.GetStringAsync("/metrics/766/1.3/thu-tuc?scope=tinh&ky=2026-Q1&side=mau-so&page=2"));
        second.ShouldContain("<td class=\"num\">51</td>");
        (await officer.GetAsync("/metrics/766/1.3/thu-tuc?scope=tinh&ky=2026-Q1&page=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var export = await officer.GetAsync("/metrics/766/1.3/thu-tuc.xlsx?scope=tinh&ky=2026-Q1&side=mau-so");
        export.StatusCode.ShouldBe(HttpStatusCode.OK, await export.Content.ReadAsStringAsync());
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        (rows.Count - Live766Xlsx.HeadingRows - 1).ShouldBe(figure);
        rows[0].InnerText.ShouldContain("1.3");
        rows[3].InnerText.ShouldContain(figure.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var codes = rows.Skip(Live766Xlsx.HeadingRows + 1).Select(r => r.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(1).InnerText).ToList();
        codes.ShouldBeUnique();
        codes.ShouldBe([.. codes.Order(StringComparer.Ordinal)]);

        var api = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs));
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/v1/metrics/766/1.3/procedures?ky=2026-Q1&side=mau-so"));
        var apiTotal = json.RootElement.GetProperty("total").GetInt32();
        json.RootElement.GetProperty("items").GetArrayLength().ShouldBe(Math.Min(apiTotal, CatalogIndicatorsEndpoints.PageSize));
        json.RootElement.GetProperty("previous").ValueKind.ShouldBe(JsonValueKind.Null);
        (await api.GetAsync("/api/v1/metrics/766/1.3/procedures?ky=2026-Q1&page=x")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Each_5_1_count_links_to_a_list_of_exactly_the_petitions_it_counts_also_one_held_at_the_agency()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var homeAffairs = await AgencyIdAsync(DemoProvince.HomeAffairs);
        var serviceCentre = await AgencyIdAsync(DemoProvince.ServiceCentre);

        // A PAKN received by the service centre and held at the Sở Nội vụ: counted for the Sở, not in its book.
        var code = await SubmitPetitionAsync(MotCua.Modules.Feedback.PetitionCategory.Unfit, "Quy định không phù hợp thực tế.", serviceCentre, homeAffairs);

        var december = ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar);
        var officer = await factory.ClientAsync("vanphong");
        foreach (var (scope, query) in new[] { (new Scope766(homeAffairs, null, null, null, null), $"scope=co-quan&agency={homeAffairs}"), (new Scope766(null, null, null, null, null), "scope=tinh") })
        {
            var result = await ComputeAsync(scope, december);
            result.Catalog!.ByCategory.ShouldContain(c => c.Category == MotCua.Modules.Feedback.PetitionCategory.Unfit);
            var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766?{query}&ky=2026-12"));
            foreach (var count in result.Catalog.ByCategory)
            {
                var link = $"/metrics/766/5.1/pakn?{query}&ky=2026-12&category={count.Category}";
                page.ShouldContain(link);
                var list = WebUtility.HtmlDecode(await officer.GetStringAsync(link));
                list.ShouldContain($"id=\"petitions-total\">{count.Count}<", customMessage: link);
                if (count.Category == MotCua.Modules.Feedback.PetitionCategory.Unfit)
                {
                    list.ShouldContain(code);
                }
            }

            var whole = WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766/5.1/pakn?{query}&ky=2026-12"));
            whole.ShouldContain($"id=\"petitions-total\">{(int)result.Indicators["5.1"].Score.Numerator}<");
        }

        (await officer.GetAsync($"/metrics/766/5.1/pakn?scope=tinh&ky=2026-12&category=1")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.GetAsync($"/metrics/766/5.1/pakn?scope=tinh&ky=2026-12&category=Nope")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_tu_so_and_mau_so_of_5_2_and_5_3_link_to_lists_of_exactly_the_petitions_they_count()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var homeAffairs = await AgencyIdAsync(DemoProvince.HomeAffairs);
        await SubmitPetitionAsync(MotCua.Modules.Feedback.PetitionCategory.Delay, "Hồ sơ chậm trả kết quả.", null, homeAffairs);
        // December read in January: the PAKN, never answered, is overdue at the period end, so each tử số is short of its mẫu số.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 4, 2, 0, 0, TimeSpan.Zero));

        var december = ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar);
        var officer = await factory.ClientAsync("vanphong");
        foreach (var (scope, query) in new[] { (new Scope766(homeAffairs, null, null, null, null), $"scope=co-quan&agency={homeAffairs}"), (new Scope766(null, null, null, null, null), "scope=tinh") })
        {
            var result = await ComputeAsync(scope, december);
            var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/metrics/766?{query}&ky=2026-12"));
            foreach (var indicator in new[] { "5.2", "5.3" })
            {
                var score = result.Indicators[indicator].Score;
                score.Denominator.ShouldBeGreaterThan(0m, $"{indicator} {query}");
                score.Numerator.ShouldBeLessThan(score.Denominator, $"{indicator} {query}: the lists differ");
                foreach (var (side, figure) in new[] { ("tu-so", score.Numerator), ("mau-so", score.Denominator) })
                {
                    var link = $"/metrics/766/{indicator}/pakn?{query}&ky=2026-12&side={side}";
                    page.ShouldContain($"href=\"{link}\"");
                    var list = WebUtility.HtmlDecode(await officer.GetStringAsync(link));
                    list.ShouldContain($"id=\"petitions-total\">{(int)figure}<", customMessage: link);
                    Math.Min((int)figure, PetitionsModel.PageSize).ShouldBe(list.Split("class=\"petition-row\"").Length - 1, link);
                }
            }
        }

        var bad = await officer.GetAsync("/metrics/766/5.2/pakn?scope=tinh&ky=2026-12&side=ca-hai");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()).ShouldContain("Danh sách phải là \"tu-so\" hoặc \"mau-so\".");
        (await officer.GetAsync("/metrics/766/5.4/pakn?scope=tinh&ky=2026-12")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>A PAKN by letter, then moved to <paramref name="receivedBy"/> (when given) and held at <paramref name="heldBy"/>; its code.</summary>
    private async Task<string> SubmitPetitionAsync(MotCua.Modules.Feedback.PetitionCategory category, string content, Guid? receivedBy, Guid heldBy)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var receipt = (await scope.ServiceProvider.GetRequiredService<MotCua.Modules.Feedback.PetitionIntake>().SubmitAsync(
            new MotCua.Modules.Feedback.PetitionSubmission
            {
                Category = category, Content = content,
                SenderKind = MotCua.Modules.Feedback.SenderKind.Organisation, SenderName = "Công ty TNHH Sông Hồng", Email = "lienhe@songhong.example.vn",
            },
            [], MotCua.Modules.Feedback.PetitionChannel.Letter, new MotCua.Modules.Dossiers.Actor(null, "Văn thư", null), null, null, null, CancellationToken.None)).Receipt!;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Petitions.Where(p => p.Id == receipt.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.AgencyId, heldBy));
        if (receivedBy is { } agency)
        {
            await db.Petitions.Where(p => p.Id == receipt.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ReceivingAgencyId, agency));
        }

        return receipt.Code;
    }

    private async Task<List<(Guid Id, DateOnly? Effective)>> SetEffectiveDateAsync(string code, DateOnly? effective)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var versions = await db.ProcedureVersions.Where(v => v.Procedure!.Code == code).Select(v => new ValueTuple<Guid, DateOnly?>(v.Id, v.LegalBasisEffectiveDate)).ToListAsync();
        var ids = versions.Select(v => v.Item1).ToList();
        await db.ProcedureVersions.Where(v => ids.Contains(v.Id)).ExecuteUpdateAsync(s => s.SetProperty(v => v.LegalBasisEffectiveDate, effective));
        return versions;
    }

    private async Task RestoreEffectiveDatesAsync(List<(Guid Id, DateOnly? Effective)> versions)
    {
        await using var scope = factory.CreateDbScope(out var db);
        foreach (var (id, effective) in versions)
        {
            await db.ProcedureVersions.Where(v => v.Id == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.LegalBasisEffectiveDate, effective));
        }
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
