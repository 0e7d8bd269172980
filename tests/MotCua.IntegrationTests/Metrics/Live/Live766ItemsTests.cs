using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Fees;
using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Rollups.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Metrics.Live;

/// <summary>
/// The drill-down lists read by key and counted up to a cap (ADR-054, addendum "A drill-down's first page"), on 1,100 facts
/// rows written as the application captures and judges them (receptions sharing an instant, carry-overs, open dossiers
/// after a supplement, rows the judging job has not reached): for several chỉ số, scopes and periods the list's count is
/// the figure, paging through every page forwards and backwards yields each dossier once and exactly the facts predicate's
/// set; a list past the cap says "more than" on the page and the API while its export still holds every row; bad page
/// addresses get a Vietnamese message, never a 5xx.
/// </summary>
public sealed class Live766ItemsTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    /// <summary>Receptions in the fourth quarter of 2026: more than the count's cap, so the province's lists of it are capped.</summary>
    private const int InQuarter = 1_020;

    private const int InJanuary = 80;

    private static readonly DateTime Now = VietnamTime.StartOfLocalDayUtc(new DateOnly(2027, 2, 10)).AddHours(3);

    private static readonly (string Indicator, ItemSide Side)[] Lists =
    [
        ("2.1", ItemSide.Denominator), ("2.1", ItemSide.Numerator), ("3.3", ItemSide.Denominator), ("3.3", ItemSide.Numerator),
        ("3.6", ItemSide.Numerator), ("4.2", ItemSide.Numerator), ("5.4", ItemSide.Denominator),
    ];

    private static readonly SemaphoreSlim Arranged = new(1, 1);

    [Fact]
    public async Task Each_list_counts_as_its_figure_and_its_pages_forwards_and_backwards_hold_exactly_the_facts_set_once()
    {
        var (agency, _, procedure) = await ArrangeAsync();
        ReportPeriod[] periods =
        [
            ReportPeriods.Of(PeriodKind.Quarter, 2026, 4, PeriodCalendar.Calendar),
            ReportPeriods.Custom(new DateOnly(2026, 12, 15), new DateOnly(2027, 2, 10), PeriodCalendar.Calendar),
        ];
        Scope766[] scopes = [new(null, null, null, null, null), new(agency, null, null, null, null), new(agency, null, null, null, procedure)];
        List<MetricDossier> facts;
        await using (var read = factory.CreateDbScope(out var db))
        {
            facts = await db.MetricDossiers.AsNoTracking().ToListAsync();
        }

        var capped = 0;
        var exact = 0;
        foreach (var period in periods)
        {
            foreach (var scope in scopes)
            {
                await using var services = factory.Services.CreateAsyncScope();
                var live = services.ServiceProvider.GetRequiredService<Live766>();
                var items = services.ServiceProvider.GetRequiredService<Live766Items>();
                var result = (await live.ComputeAsync(scope, period, CancellationToken.None)).ShouldNotBeNull();
                var at = live.JudgedAt(period);
                var inScope = facts.Where(m => (scope.AgencyId is not { } a || m.ResolvingAgencyId == a) && (scope.ProcedureCode is not { } c || m.ProcedureCode == c)).ToList();
                foreach (var (indicator, side) in Lists)
                {
                    var label = $"{indicator} {side}, {period.Label}, {(scope.IsProvince ? "province" : "agency")} {scope.ProcedureCode}";
                    var score = result.Indicators[indicator].Score;
                    var figure = (int)(side == ItemSide.Numerator ? score.Numerator : score.Denominator);
                    var expected = await ExpectedAsync(live, inScope, indicator, side, period, at);
                    figure.ShouldBe(expected.Count, label);

                    var first = await items.PageAsync(scope, period, indicator, side, ItemsCursor.First, CancellationToken.None);
                    first.PageNumber.ShouldBe(1);
                    first.HasPrevious.ShouldBeFalse(label);
                    if (figure > Live766Items.CountCap)
                    {
                        first.Total.ShouldBeNull(label);
                        capped++;

                        // Past the cap the exact size is the figure, counted from the roll-ups when they answer the scope and period.
                        if (scope.IsNarrowed)
                        {
                            first.Exact.ShouldBeNull(label);
                        }
                        else
                        {
                            first.Exact.ShouldBe(figure, label);
                            exact++;
                        }
                    }
                    else
                    {
                        first.Total.ShouldBe(figure, label);
                        first.Exact.ShouldBeNull(label);
                    }

                    // Forwards by key, a page size that splits receptions sharing an instant.
                    var pages = new List<Live766ItemsPage>();
                    var cursor = ItemsCursor.First;
                    while (true)
                    {
                        var page = await items.PageAsync(scope, period, indicator, side, cursor, CancellationToken.None, pageSize: 97);
                        page.PageNumber.ShouldBe(pages.Count + 1, label);
                        page.Rows.ShouldAllBe(r => r.Why.Length > 0);
                        page.Rows.ShouldAllBe(r => side == ItemSide.Denominator || r.InNumerator);
                        pages.Add(page);
                        if (!page.HasNext)
                        {
                            break;
                        }

                        cursor = new ItemsCursor(KeyStep.After, page.LastId, page.PageNumber + 1);
                    }

                    var listed = pages.SelectMany(p => p.Rows).ToList();
                    listed.Select(r => r.DossierId).ShouldBeUnique(label);
                    listed.Count.ShouldBe(figure, label);
                    listed.Select(r => r.DossierId).ToHashSet().SetEquals(expected).ShouldBeTrue(label);
                    listed.Select(r => r.ReceivedAt!.Value).ShouldBeInOrder(SortDirection.Descending, label);

                    // Backwards by key from the last page: the same pages.
                    for (var i = pages.Count - 1; i > 0; i--)
                    {
                        var back = await items.PageAsync(scope, period, indicator, side, new ItemsCursor(KeyStep.Before, pages[i].FirstId, i), CancellationToken.None, pageSize: 97);
                        back.Rows.Select(r => r.DossierId).ShouldBe(pages[i - 1].Rows.Select(r => r.DossierId), $"{label}, back to page {i}");
                        back.PageNumber.ShouldBe(i, label);
                        back.HasPrevious.ShouldBe(i > 1, label);
                        back.HasNext.ShouldBeTrue(label);
                    }
                }
            }
        }

        capped.ShouldBeGreaterThan(0, "a province's list of the quarter is past the cap");
        exact.ShouldBeGreaterThan(0, "a capped list shows its exact size from the roll-ups");
    }

    [Fact]
    public async Task The_page_shows_the_figure_or_more_than_the_cap_and_the_export_holds_every_row()
    {
        var (agency, _, _) = await ArrangeAsync();
        var quarter = ReportPeriods.Of(PeriodKind.Quarter, 2026, 4, PeriodCalendar.Calendar);
        int provinceFigure, agencyFigure;
        await using (var services = factory.Services.CreateAsyncScope())
        {
            var live = services.ServiceProvider.GetRequiredService<Live766>();
            provinceFigure = (int)(await live.ComputeAsync(new(null, null, null, null, null), quarter, CancellationToken.None))!.Indicators["3.3"].Score.Denominator;
            agencyFigure = (int)(await live.ComputeAsync(new(agency, null, null, null, null), quarter, CancellationToken.None))!.Indicators["2.1"].Score.Numerator;
        }

        provinceFigure.ShouldBeGreaterThanOrEqualTo(InQuarter);
        agencyFigure.ShouldBeInRange(1, Live766Items.CountCap);
        var officer = await factory.ClientAsync("vanphong");

        var small = await officer.GetAsync($"/metrics/766/2.1/items?scope=co-quan&agency={agency}&ky=2026-Q4&side=tu-so");
        small.StatusCode.ShouldBe(HttpStatusCode.OK);
        var smallHtml = WebUtility.HtmlDecode(await small.Content.ReadAsStringAsync());
        smallHtml.ShouldContain($"id=\"items-total\">{agencyFigure}<");

        var large = await officer.GetAsync("/metrics/766/3.3/items?scope=tinh&ky=2026-Q4&side=mau-so");
        large.StatusCode.ShouldBe(HttpStatusCode.OK);
        var largeHtml = WebUtility.HtmlDecode(await large.Content.ReadAsStringAsync());
        largeHtml.ShouldContain("Hơn 1.000 hồ sơ");
        largeHtml.ShouldContain($"<span id=\"items-exact\">Tổng số: {provinceFigure.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} hồ sơ (số liệu của chỉ số)</span>");
        largeHtml.ShouldContain("Số hồ sơ chính xác là số liệu của chỉ số");
        largeHtml.ShouldContain("rel=\"next\"");
        largeHtml.ShouldNotContain("rel=\"prev\"");
        var next = System.Text.RegularExpressions.Regex.Match(largeHtml, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value;
        next.ShouldContain("after=");
        var second = WebUtility.HtmlDecode(await officer.GetStringAsync(next));
        second.ShouldContain("rel=\"prev\"");
        second.ShouldContain("Trang 2");

        var export = await officer.GetAsync("/metrics/766/3.3/items.xlsx?scope=tinh&ky=2026-Q4&side=mau-so");
        export.StatusCode.ShouldBe(HttpStatusCode.OK, await export.Content.ReadAsStringAsync());
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        (rows.Count - Live766Xlsx.HeadingRows - 1).ShouldBe(provinceFigure);
        var codes = rows.Skip(Live766Xlsx.HeadingRows + 1).Select(r => r.Descendants<Cell>().ElementAt(1).InnerText).ToList();
        codes.ShouldBeUnique();
        rows[3].InnerText.ShouldContain(provinceFigure.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_api_pages_by_its_next_and_previous_addresses_and_bad_page_addresses_get_a_Vietnamese_message()
    {
        var (agency, _, _) = await ArrangeAsync();
        var quarter = ReportPeriods.Of(PeriodKind.Quarter, 2026, 4, PeriodCalendar.Calendar);
        int figure;
        await using (var services = factory.Services.CreateAsyncScope())
        {
            figure = (int)(await services.ServiceProvider.GetRequiredService<Live766>().ComputeAsync(new(agency, null, null, null, null), quarter, CancellationToken.None))!
                .Indicators["2.1"].Score.Denominator;
        }

        var api = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs));
        var ids = new List<string>();
        string? link = "/api/v1/metrics/766/2.1/items?ky=2026-Q4";
        string? previous = null;
        var pages = 0;
        while (link is not null)
        {
            var response = await api.GetAsync(link);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var root = json.RootElement;
            root.GetProperty("total").GetInt32().ShouldBe(figure);
            root.GetProperty("moreThan").ValueKind.ShouldBe(JsonValueKind.Null);
            root.GetProperty("exact").ValueKind.ShouldBe(JsonValueKind.Null, "counted whole, the list needs no figure beside it");
            root.GetProperty("page").GetInt32().ShouldBe(++pages);
            ids.AddRange(root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("dossierId").GetString()!));
            previous = root.GetProperty("previous").GetString();
            (previous is null).ShouldBe(pages == 1);
            link = root.GetProperty("next").GetString();
        }

        pages.ShouldBeGreaterThan(1);
        ids.ShouldBeUnique();
        ids.Count.ShouldBe(figure);
        var back = await api.GetAsync(previous!);
        back.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var json = JsonDocument.Parse(await back.Content.ReadAsStringAsync()))
        {
            json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("dossierId").GetString()!)
                .ShouldBe(ids.Skip((pages - 2) * Live766Items.PageSize).Take(Live766Items.PageSize));
        }

        foreach (var bad in new[] { "page=0", "page=abc", "page=%D9%A1", "after=abc", "before=" + new string('f', 40), $"after={Guid.NewGuid()}&before={Guid.NewGuid()}" })
        {
            var response = await api.GetAsync("/api/v1/metrics/766/2.1/items?ky=2026-Q4&" + bad);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, bad);
            var body = await response.Content.ReadAsStringAsync();
            body.ShouldMatch(".*(Số trang|Địa chỉ trang).*", bad);
        }

        // A key naming no dossier of the list starts again at the first page.
        var unknown = await api.GetAsync($"/api/v1/metrics/766/2.1/items?ky=2026-Q4&after={Guid.NewGuid()}&page=7");
        unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var json = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()))
        {
            json.RootElement.GetProperty("page").GetInt32().ShouldBe(1);
            json.RootElement.GetProperty("items")[0].GetProperty("dossierId").GetString().ShouldBe(ids[0]);
        }

        var officer = await factory.ClientAsync("vanphong");
        foreach (var bad in new[] { "page=-3", "after=not-a-key", "before=12345" })
        {
            var page = await officer.GetAsync($"/metrics/766/2.1/items?scope=co-quan&agency={agency}&ky=2026-Q4&{bad}");
            page.StatusCode.ShouldBe(HttpStatusCode.BadRequest, bad);
            WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()).ShouldMatch("(?s).*(Số trang phải là số nguyên từ 1|Địa chỉ trang không hợp lệ).*", bad);
        }
    }

    [Fact]
    public async Task The_api_gives_an_agency_list_past_the_cap_its_exact_size_the_figure_of_its_chi_so()
    {
        var (agency, _, _) = await ArrangeAsync();
        // 1,010 receptions of Sở Nội vụ in the second quarter, all ended within it: none is in hand in the periods the other tests read.
        await Arranged.WaitAsync();
        try
        {
            await EndedReceptions.AddAsync(factory, DemoProvince.HomeAffairs, new DateOnly(2026, 4, 1), 1_010, "Q");
        }
        finally
        {
            Arranged.Release();
        }

        var quarter = ReportPeriods.Of(PeriodKind.Quarter, 2026, 2, PeriodCalendar.Calendar);
        int received, online;
        await using (var services = factory.Services.CreateAsyncScope())
        {
            var score = (await services.ServiceProvider.GetRequiredService<Live766>().ComputeAsync(new(agency, null, null, null, null), quarter, CancellationToken.None))!
                .Indicators["3.3"].Score;
            (received, online) = ((int)score.Denominator, (int)score.Numerator);
        }

        received.ShouldBeGreaterThan(Live766Items.CountCap);
        online.ShouldBeInRange(1, Live766Items.CountCap);
        var api = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.HomeAffairs));

        var large = await api.GetAsync("/api/v1/metrics/766/3.3/items?ky=2026-Q2&side=mau-so");
        large.StatusCode.ShouldBe(HttpStatusCode.OK, await large.Content.ReadAsStringAsync());
        string next;
        using (var json = JsonDocument.Parse(await large.Content.ReadAsStringAsync()))
        {
            json.RootElement.GetProperty("total").ValueKind.ShouldBe(JsonValueKind.Null);
            json.RootElement.GetProperty("moreThan").GetInt32().ShouldBe(Live766Items.CountCap);
            json.RootElement.GetProperty("exact").GetInt32().ShouldBe(received, "past the cap the exact size is the mẫu số of 3.3");
            next = json.RootElement.GetProperty("next").GetString().ShouldNotBeNull();
        }

        // The next page of the same list gives the same exact size; a list within the cap is counted whole and has none.
        using (var json = JsonDocument.Parse(await api.GetStringAsync(next)))
        {
            json.RootElement.GetProperty("page").GetInt32().ShouldBe(2);
            json.RootElement.GetProperty("exact").GetInt32().ShouldBe(received);
        }

        using (var json = JsonDocument.Parse(await api.GetStringAsync("/api/v1/metrics/766/3.3/items?ky=2026-Q2&side=tu-so")))
        {
            json.RootElement.GetProperty("total").GetInt32().ShouldBe(online);
            json.RootElement.GetProperty("exact").ValueKind.ShouldBe(JsonValueKind.Null);
        }
    }

    /// <summary>The set behind a figure from the facts rows in memory, with the predicates the figures are defined by.</summary>
    private static async Task<HashSet<Guid>> ExpectedAsync(Live766 live, List<MetricDossier> rows, string indicator, ItemSide side, ReportPeriod period, DateTime at)
    {
        if (indicator == "2.1")
        {
            var inHand = rows.Where(PeriodMembership.InHand(period.StartUtc, at).Compile()).ToList();
            if (side == ItemSide.Denominator)
            {
                return [.. inHand.Select(m => m.DossierId)];
            }

            var (decidedLate, undecided) = (PeriodMembership.DecidedLate(at).Compile(), PeriodMembership.Undecided(at).Compile());
            var set = new HashSet<Guid>();
            foreach (var row in inHand.Where(m => !decidedLate(m)))
            {
                if (!undecided(row) || (await live.JudgeAsync(row, at, CancellationToken.None))?.StatisticClass != OnTimeClass.Late)
                {
                    set.Add(row.DossierId);
                }
            }

            return set;
        }

        var received = rows.Where(PeriodMembership.Received(period.StartUtc, at).Compile());
        Func<MetricDossier, bool> member = (indicator, side) switch
        {
            ("3.3", ItemSide.Denominator) or ("5.4", ItemSide.Denominator) => _ => true,
            ("3.3", ItemSide.Numerator) => DossierSets.Online33().Compile(),
            ("3.6", ItemSide.Numerator) => DossierSets.PaidOnline36().Compile(),
            ("4.2", ItemSide.Numerator) => DossierSets.Digitised42().Compile(),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
        };
        return [.. received.Where(member).Select(m => m.DossierId)];
    }

    /// <summary>
    /// Writes the facts once for the class: 1,020 receptions in the fourth quarter of 2026 and 80 in January 2027, counted for
    /// Sở Nội vụ or the service centre (some received at the other's desk), a tenth sharing their reception instant with the
    /// row before, most ended (one in twelve late), some open after a supplement, some not judged yet.
    /// </summary>
    private async Task<(Guid Agency, Guid Desk, string Procedure)> ArrangeAsync()
    {
        await Arranged.WaitAsync();
        try
        {
            factory.Clock.SetUtcNow(Now);
            await using var scope = factory.CreateDbScope(out var db);
            var agency = await db.Agencies.Where(a => a.Code == DemoProvince.HomeAffairs).Select(a => a.Id).SingleAsync();
            var desk = await db.Agencies.Where(a => a.Code == DemoProvince.ServiceCentre).Select(a => a.Id).SingleAsync();
            var versions = await db.ProcedureVersions.OrderBy(v => v.Procedure!.Code).Select(v => new { v.Id, v.Procedure!.Code }).Take(2).ToListAsync();
            if (await db.MetricDossiers.AnyAsync(m => m.Code == "T-00000"))
            {
                return (agency, desk, versions[0].Code);
            }
            var calendars = factory.Services.GetRequiredService<CalendarProvider>();
            var judge = factory.Services.GetRequiredService<DossierFacts>();
            var calendar = new Dictionary<Guid, BusinessCalendar> { [agency] = await calendars.GetAsync(agency), [desk] = await calendars.GetAsync(desk) };
            var random = new Random(7660052);
            var quarterStart = VietnamTime.StartOfLocalDayUtc(new DateOnly(2026, 10, 1));
            var januaryStart = VietnamTime.StartOfLocalDayUtc(new DateOnly(2027, 1, 1));
            var received = quarterStart;
            for (var i = 0; i < InQuarter + InJanuary; i++)
            {
                if (i % 10 != 1)
                {
                    received = i < InQuarter
                        ? quarterStart + TimeSpan.FromMinutes(random.Next((int)(januaryStart - quarterStart).TotalMinutes))
                        : januaryStart + TimeSpan.FromMinutes(random.Next(31 * 24 * 60));
                }

                var resolving = i % 4 == 0 ? desk : agency;
                var receiving = i % 7 == 0 ? desk : resolving;
                var version = versions[i % versions.Count];
                var allowed = TimeSpan.FromDays(5 + random.Next(16));
                var due = received + allowed;
                var roll = random.NextDouble();
                var open = Now - received < TimeSpan.FromDays(25) ? roll < 0.7 : roll < 0.04;
                var supplement = roll is >= 0.04 and < 0.1 || (open && roll < 0.2);
                var finished = open ? (DateTime?)null : received + (allowed * (random.NextDouble() < 1 / 12.0 ? 1.1 + random.NextDouble() : 0.2 + (random.NextDouble() * 0.7)));
                List<SupplementPeriod> supplements = supplement ? [new(received.AddDays(1), open ? null : received.AddDays(2))] : [];
                var components = 1 + random.Next(4);
                var fees = random.NextDouble() < 0.4;
                var channel = random.NextDouble() < 0.5 ? SubmissionChannel.Online : SubmissionChannel.Direct;
                var figures = new DossierFigures(
                    Guid.CreateVersion7(received), $"T-{i:D5}", receiving, resolving, version.Code, version.Id, channel,
                    open ? (supplement ? DossierStatus.SupplementRequested : DossierStatus.Processing) : DossierStatus.Returned,
                    received, received, due, due, 10, DeadlineUnit.WorkingDays, finished, finished, null, null, finished,
                    finished is null ? null : DossierOutcome.Granted, supplements, open && supplement ? received.AddDays(1) : null, 0, [],
                    components, random.NextDouble() < 0.6 ? components : random.Next(components), 0, random.Next(5) == 0 ? 1 : 0,
                    finished is null ? null : ReturnMethod.Online, fees ? FeeStatus.Paid : FeeStatus.NotApplicable, open ? 3 : 6);
                var row = MetricDossier.Of(figures, finished ?? received);
                if (random.Next(20) != 0)
                {
                    row.Judge(judge.Judge(figures, calendar[resolving], (finished ?? Now).AsInstant()));
                }

                row.Record(new DossierOutsideFacts(fees, fees && channel == SubmissionChannel.Online && random.NextDouble() < 0.6, finished is not null, null, null, null, null, null, null));
                db.MetricDossiers.Add(row);
            }

            // Stamped with the cut-off in force, as the judging job leaves the roll-ups: none of these rows is rolled up, so the
            // roll-up route reads every one of them from its facts row.
            if (!await db.MetricRollupStamps.AnyAsync())
            {
                db.MetricRollupStamps.Add(MetricRollupStamp.Of(factory.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.StatutoryCutOffDay));
            }

            await db.SaveChangesAsync();
            return (agency, desk, versions[0].Code);
        }
        finally
        {
            Arranged.Release();
        }
    }
}
