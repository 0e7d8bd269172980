using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Fees;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Metrics.Live;

/// <summary>
/// The live Bộ chỉ số 766 (ADR-054) on a stopped clock: every dossier-based tử số and mẫu số equals a from-scratch count over
/// the Dossiers table (the dossier page's own verdicts, <c>Dossier.TimeStatus</c>) on randomised histories from 07/12/2026
/// across Tết 2027 (supplements, repeated supplements, refusals, withdrawals, online returns, dossiers open at the period
/// end), for an agency and the province; each drill-down list's total equals its figure; another agency's officer is
/// refused; the entered-value form refuses a disguised file and bad numbers with Vietnamese messages.
/// </summary>
public sealed class Live766Tests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private static readonly string[] DossierIndicators = ["2.1", "3.3", "3.6", "4.1", "4.2", "4.3", "5.4"];

    [Fact]
    public async Task Every_dossier_based_figure_equals_a_from_scratch_count_over_the_dossiers_and_its_list_has_as_many_dossiers()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var seed = 766;
        var random = new Random(seed);
        var open = new List<Guid>();
        var done = new List<Guid>();
        for (var round = 0; round < 12; round++)
        {
            for (var i = 0; i < 2; i++)
            {
                var received = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
                open.Add(received);
                if (random.NextDouble() < 0.4)
                {
                    // NĐ 61/2018 Điều 15 khoản 1: a supplement is asked for within 3 working days of receipt, so at once here.
                    var asked = await factory.ActAsync(await factory.ClientAsync("chuyenvien"), received, "RequestSupplement", (await factory.OpenStepAsync(received)).Id, null, ("Comment", "Bản sao giấy chứng nhận — bản đã nộp bị mờ"));
                    asked.StatusCode.ShouldBe(HttpStatusCode.Redirect, Message(await asked.Content.ReadAsStringAsync()));
                }
            }

            foreach (var id in open.ToList())
            {
                if (random.NextDouble() < 0.45)
                {
                    await factory.StepAsync(id, random.Next(6), open, done);
                }
            }

            foreach (var id in done.ToList().Where(_ => random.NextDouble() < 0.3))
            {
                var via = random.Next(2) == 0 ? "Online" : "Counter";
                if ((await factory.ActAsync(await factory.ClientAsync("motcua"), id, "Return", null, null, ("ReturnVia", via), ("Fees", "Paid"))).StatusCode == HttpStatusCode.Redirect)
                {
                    done.Remove(id);
                }
            }

            // 3–8 days per round: twelve rounds run from 07/12/2026 past Tết Đinh Mùi (06/02/2027).
            factory.Clock.Advance(TimeSpan.FromDays(3 + random.Next(6)) + TimeSpan.FromHours(random.Next(9)));
        }

        // Two applicants rate their dossiers not satisfied, one satisfied (5.4), as the kiosk records them.
        await using (var rating = factory.CreateDbScope(out var db))
        {
            var (from, to) = (VietnamTime.StartOfLocalDayUtc(new DateOnly(2026, 12, 14)), VietnamTime.StartOfLocalDayUtc(new DateOnly(2027, 1, 20)));
            var rated = await db.Dossiers.AsNoTracking().Where(d => d.ReceivedAt >= from && d.ReceivedAt < to).OrderBy(d => d.ReceivedAt).Take(3).ToListAsync();
            rated.Count.ShouldBe(3);
            foreach (var (d, i) in rated.Select((d, i) => (d, i)))
            {
                db.DossierRatings.Add(MotCua.Modules.Portal.Data.DossierRating.Record(
                    new RatableDossier(d.Id, d.AgencyId, d.Code, d.ProcedureName, d.Status, OnTimeClass.OnTime),
                    MotCua.Modules.Portal.Data.RatingChannel.Kiosk, 2, 2, 2, false, satisfied: i == 2, null, to));
            }

            await db.SaveChangesAsync();
        }

        await SettleFactsAsync();
        var agency = (await factory.LoadAsync(open.Concat(done).First())).Dossier.ResolvingAgencyId;
        await using (var arranged = factory.CreateDbScope(out var db))
        {
            var histories = await db.Dossiers.AsNoTracking().Where(d => (d.CompetentAgencyId ?? d.AgencyId) == agency).ToListAsync();
            histories.ShouldContain(d => d.Supplements.Count > 0, "a supplement");
            histories.ShouldContain(d => d.Status == DossierStatus.Withdrawn, "a withdrawal");
            histories.ShouldContain(d => d.Outcome == DossierOutcome.Refused, "a refusal");
            histories.ShouldContain(d => d.EndEvents().FirstBy(DateTimeOffset.MaxValue).Kind == DossierEndKind.PeriodEnd, "a dossier still open");
        }

        ReportPeriod[] periods =
        [
            ReportPeriods.Custom(new DateOnly(2026, 12, 14), new DateOnly(2027, 2, 5), PeriodCalendar.Calendar),
            ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar),
            ReportPeriods.Of(PeriodKind.Quarter, 2027, 1, PeriodCalendar.Calendar),
        ];
        foreach (var period in periods)
        {
            Guid field;
            List<string> fieldCodes;
            await using (var catalog = factory.CreateDbScope(out var db))
            {
                field = await db.ProcedureVersions.Where(v => v.Procedure!.Code == LicenceCode).Select(v => v.FieldId).FirstAsync();
                fieldCodes = await db.ProcedureVersions.Where(v => v.FieldId == field).Select(v => v.Procedure!.Code).Distinct().ToListAsync();
            }

            Scope766[] scopes =
            [
                new(agency, null, null, null, null), new(null, null, null, null, null), new(agency, null, null, null, LicenceCode), new(null, null, field, null, null),
            ];
            foreach (var scope in scopes)
            {
                await using var services = factory.Services.CreateAsyncScope();
                var live = services.ServiceProvider.GetRequiredService<Live766>();
                var items = services.ServiceProvider.GetRequiredService<Live766Items>();
                var result = (await live.ComputeAsync(scope, period, CancellationToken.None)).ShouldNotBeNull();
                var expected = await FromScratchAsync(scope.AgencyId, scope.ProcedureCode is { } code ? [code] : scope.FieldId is null ? null : fieldCodes, period, live.JudgedAt(period));
                var label = $"{period.Label}, {(scope.IsProvince ? "province" : "agency")} {scope.ProcedureCode} {scope.FieldId}";
                expected["2.1"].Denominator.ShouldBeGreaterThan(0, label);
                if (period.Kind == PeriodKind.Custom)
                {
                    expected["2.1"].Numerator.ShouldBeLessThan(expected["2.1"].Denominator, "some dossiers are late across Tết");
                }

                foreach (var id in DossierIndicators)
                {
                    var score = result.Indicators[id].Score;
                    (score.Numerator, score.Denominator).ShouldBe(expected[id], $"{id}, {label}");
                    var denominatorList = await items.PageAsync(scope, period, id, ItemSide.Denominator, ItemsCursor.First, CancellationToken.None);
                    denominatorList.Total.ShouldBe((int)score.Denominator, $"{id} mẫu số list, {label}");
                    if (Live766Items.CanDrill(id, ItemSide.Numerator))
                    {
                        var numeratorList = await items.PageAsync(scope, period, id, ItemSide.Numerator, ItemsCursor.First, CancellationToken.None);
                        numeratorList.Total.ShouldBe((int)score.Numerator, $"{id} tử số list, {label}");
                        numeratorList.Rows.ShouldAllBe(r => r.InNumerator);
                        numeratorList.Rows.ShouldAllBe(r => r.Why.Length > 0);
                    }
                }
            }
        }
    }

    [Fact]
    public async Task The_page_links_each_figure_to_its_list_and_the_list_exports_as_xlsx_that_reads_back()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var late = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        factory.Clock.Advance(TimeSpan.FromDays(20));
        await factory.SettleAsync(late, factory.Clock.GetUtcNow());
        await SettleFactsAsync();

        var leader = await factory.ClientAsync("vanphong");
        var page = await leader.GetStringAsync("/metrics/766?scope=tinh&ky=2026-12");
        page.ShouldContain("/metrics/766/2.1/items?");
        page.ShouldContain("Tổng điểm");
        page.ShouldContain("Chưa nhập");

        var list = await leader.GetAsync("/metrics/766/2.1/items?scope=tinh&ky=2026-12&side=mau-so");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await list.Content.ReadAsStringAsync());
        html.ShouldContain("sau hạn 766", Case.Sensitive, html[Math.Max(0, html.IndexOf("<h1", StringComparison.Ordinal))..]);

        var export = await leader.GetAsync("/metrics/766/2.1/items.xlsx?scope=tinh&ky=2026-12&side=mau-so");
        export.StatusCode.ShouldBe(HttpStatusCode.OK, await export.Content.ReadAsStringAsync());
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(html, "id=\"items-total\">([0-9]+)<").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        (rows.Count - Live766Xlsx.HeadingRows - 1).ShouldBe(total);
        rows.SelectMany(r => r.Descendants<InlineString>()).Select(s => s.InnerText).ShouldContain(t => t.Contains("sau hạn 766", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_agencys_officers_are_refused_and_the_api_serves_only_the_keys_agency()
    {
        var homeAffairs = await AgencyIdAsync(DemoProvince.HomeAffairs);
        Denied(await (await factory.ClientAsync("kiemsoat")).GetAsync($"/metrics/766?scope=co-quan&agency={homeAffairs}&ky=2026-12"));
        Denied(await (await factory.ClientAsync("kiemsoat")).GetAsync($"/metrics/766/2.1/items?agency={homeAffairs}&ky=2026-12"));
        Denied(await (await factory.ClientAsync("kiemsoat")).GetAsync($"/metrics/766/2.1/items.xlsx?agency={homeAffairs}&ky=2026-12"));
        Denied(await (await factory.ClientAsync("giamdoc")).GetAsync("/metrics/766?scope=tinh&ky=2026-12"));
        (await (await factory.ClientAsync("giamdoc")).GetAsync($"/metrics/766?agency={homeAffairs}&ky=2026-12")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await factory.ClientAsync("vanphong")).GetAsync($"/metrics/766?scope=co-quan&agency={homeAffairs}&ky=2026-12")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var bad = await (await factory.ClientAsync("vanphong")).GetAsync("/metrics/766?ky=2026-13");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()).ShouldContain("tháng");

        var api = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs));
        var own = await api.GetAsync("/api/v1/metrics/766?ky=2026-12");
        own.StatusCode.ShouldBe(HttpStatusCode.OK, await own.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await own.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("groups").GetArrayLength().ShouldBe(6);
        var indicator = json.RootElement.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("id").GetString() == "2.1");
        var link = indicator.GetProperty("denominatorItems").GetString().ShouldNotBeNull();
        var listed = await api.GetAsync(link);
        listed.StatusCode.ShouldBe(HttpStatusCode.OK, await listed.Content.ReadAsStringAsync());
        using var items = JsonDocument.Parse(await listed.Content.ReadAsStringAsync());
        items.RootElement.GetProperty("total").GetDecimal().ShouldBe(indicator.GetProperty("denominator").GetDecimal());

        var other = await AgencyIdAsync(DemoProvince.ServiceCentre);
        (await api.GetAsync($"/api/v1/metrics/766?agency={other}&ky=2026-12")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.GetAsync("/api/v1/metrics/766?scope=tinh&ky=2026-12")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var malformed = await api.GetAsync("/api/v1/metrics/766?ky=abc");
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.GetAsync("/api/v1/metrics/766/9.9/items?ky=2026-12")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetAsync("/api/v1/metrics/766/2.1/items?ky=2026-12&side=x&page=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_entry_form_refuses_a_disguised_file_and_bad_numbers_in_Vietnamese_and_an_accepted_entry_is_shown_as_entered_with_its_evidence()
    {
        var officer = await factory.OfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Ngô Thị Kiểm");
        const string url = "/metrics/766/nhap?ky=2026-12&indicator=4.4";
        var disguised = await EnterAsync(officer, url, "4.4", "120", "200", "MZ\x90\x00 not a pdf"u8.ToArray(), "bao-cao.pdf");
        disguised.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await disguised.Content.ReadAsStringAsync()).ShouldContain("phải là tệp PDF, JPEG hoặc PNG");

        var numbers = await EnterAsync(officer, url, "4.4", "250", "abc", "%PDF-1.7 evidence"u8.ToArray(), "bao-cao.pdf");
        numbers.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = WebUtility.HtmlDecode(await numbers.Content.ReadAsStringAsync());
        text.ShouldContain("Mẫu số phải là số không âm");
        var above = await EnterAsync(officer, url, "4.4", "250", "200", "%PDF-1.7 evidence"u8.ToArray(), "bao-cao.pdf");
        WebUtility.HtmlDecode(await above.Content.ReadAsStringAsync()).ShouldContain("Tử số không được lớn hơn mẫu số");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.EnteredIndicatorValues.CountAsync()).ShouldBe(0, "nothing is saved from a refused form");
        }

        var saved = await EnterAsync(officer, url, "4.4", "1.250", "2.000", "%PDF-1.7 evidence"u8.ToArray(), "bao-cao.pdf");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var again = await EnterAsync(officer, url, "4.4", "1.300", "2.000", "%PDF-1.7 corrected"u8.ToArray(), "bao-cao-2.pdf");
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = WebUtility.HtmlDecode(await officer.GetStringAsync("/metrics/766?ky=2026-12"));
        page.ShouldContain("Nhập tay");
        page.ShouldContain("bao-cao-2.pdf");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var entries = await db.EnteredIndicatorValues.OrderBy(e => e.EnteredAt).ToListAsync();
            entries.Count.ShouldBe(2, "the history is kept");
            entries[0].ReplacedAt.ShouldNotBeNull();
            entries[1].Numerator.ShouldBe(1300m);
            var evidence = await officer.GetAsync($"/metrics/766/evidence/{entries[1].Id}");
            evidence.StatusCode.ShouldBe(HttpStatusCode.OK);
            evidence.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            (await (await factory.ClientAsync("kiemsoat")).GetAsync($"/metrics/766/evidence/{entries[1].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        Denied(await (await factory.ClientAsync("kiemsoat")).GetAsync($"/metrics/766/nhap?agency={await AgencyIdAsync(DemoProvince.HomeAffairs)}&ky=2026-12"));
    }

    /// <summary>A page refuses with a redirect to the denied page; an export with 403.</summary>
    private static void Denied(HttpResponseMessage response) =>
        (response.StatusCode == HttpStatusCode.Forbidden
         || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/denied", StringComparison.Ordinal)))
        .ShouldBeTrue(response.StatusCode + " " + response.Headers.Location);

    private static async Task<HttpResponseMessage> EnterAsync(HttpClient client, string url, string indicator, string numerator, string denominator, byte[] content, string fileName)
    {
        var page = await client.GetStringAsync(url);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(SignIn.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(indicator), "indicator" },
            { new StringContent(numerator), "numerator" },
            { new StringContent(denominator), "denominator" },
            { new StringContent("Số liệu từ hệ thống báo cáo"), "note" },
            { file, "evidence", fileName },
        };
        return await client.PostAsync(url, form);
    }

    /// <summary>The rebuild and the judging job, as the scheduler runs them.</summary>
    private async Task SettleFactsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MetricsRebuild>().RunAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None);
    }

    /// <summary>The dossier-based figures counted from the Dossiers table alone, with the dossier page's verdicts at <paramref name="at"/>.</summary>
    private async Task<Dictionary<string, (decimal Numerator, decimal Denominator)>> FromScratchAsync(Guid? agency, List<string>? codes, ReportPeriod period, DateTime at)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var calendars = factory.Services.GetRequiredService<CalendarProvider>();
        var granularity = factory.Services.GetRequiredService<IOptions<DossierTimePolicy>>().Value.OnTimeGranularity;
        var dossiers = (await db.Dossiers.AsNoTracking().Where(d => agency == null || (d.CompetentAgencyId ?? d.AgencyId) == agency).ToListAsync())
            .Where(d => codes is null || codes.Contains(d.ProcedureCode)).ToList();
        var ids = dossiers.Select(d => d.Id).ToList();
        var fees = await FeeFigures.OfAsync(db, ids, CancellationToken.None);
        var electronic = await DossierFacts.WithElectronicResultAsync(db, ids, CancellationToken.None);
        var unsatisfied = (await db.DossierRatings.AsNoTracking().Where(r => !r.Satisfied && r.RatedAt < at).Select(r => r.DossierId).ToListAsync()).ToHashSet();
        var start = period.StartUtc;
        int inHand = 0, inHandLate = 0, received = 0, online = 0, withResult = 0, eResult = 0, digitised = 0, reused = 0, overdue = 0, dislike = 0, withFees = 0, paidOnline = 0;
        foreach (var d in dossiers)
        {
            var status = d.TimeStatus(await calendars.GetAsync(d.AgencyId), at.AsInstant(), granularity);
            var late = status?.Statistic.Class == OnTimeClass.Late;
            var (end, kind) = d.EndEvents().FirstBy(DateTimeOffset.MaxValue);
            var ended = kind == DossierEndKind.PeriodEnd ? (DateTime?)null : end.UtcDateTime;
            if (d.ReceivedAt is { } r && r < at && d.DueAt is not null && !(ended < start))
            {
                inHand++;
                inHandLate += late ? 1 : 0;
            }

            if (d.ReceivedAt is { } rr && rr >= start && rr < at)
            {
                received++;
                online += d.Channel == SubmissionChannel.Online ? 1 : 0;
                var finished = d.EndEvents().FinishedAt is not null;
                withResult += d.Outcome == DossierOutcome.Granted && finished ? 1 : 0;
                eResult += d.Outcome == DossierOutcome.Granted && finished && electronic.Contains(d.Id) ? 1 : 0;
                var fee = fees.GetValueOrDefault(d.Id);
                withFees += fee?.Requested == true ? 1 : 0;
                paidOnline += fee is { Requested: true, PaidOnline: true } ? 1 : 0;
                var handed = d.Components.Where(c => c.Provided || c.Reused).ToList();
                var digitisedCount = handed.Count(c => c.Digitised);
                digitised += digitisedCount > 0 && digitisedCount + handed.Count(c => c.Exemption != DigitisationExemption.None) >= handed.Count ? 1 : 0;
                reused += handed.Any(c => c.Reused) ? 1 : 0;
                overdue += late ? 1 : 0;
                dislike += unsatisfied.Contains(d.Id) ? 1 : 0;
            }
        }

        return new()
        {
            ["2.1"] = (inHand - inHandLate, inHand),
            ["3.3"] = (online, received),
            ["3.6"] = (paidOnline, withFees),
            ["4.1"] = (eResult, withResult),
            ["4.2"] = (digitised, received),
            ["4.3"] = (reused, received),
            ["5.4"] = (Math.Max(0, received - overdue - dislike), received),
        };
    }

    private async Task<Guid> AgencyIdAsync(string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }
}
