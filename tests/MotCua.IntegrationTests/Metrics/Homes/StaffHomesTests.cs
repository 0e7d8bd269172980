using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Common.Time;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Metrics.Homes;

/// <summary>
/// The staff homes (ADR-055) on a stopped clock (Mon 07/12/2026 08:00): each role lands on its own after sign-in, sees its
/// agency's figures only, the figures equal a count from scratch over the dossiers themselves, and the numbers link to
/// lists whose totals equal them. The public home page shows the province's aggregates and nothing personal. Figures are
/// kept for a few minutes, so a test that changes dossiers reads them at a later time than any other test does.
/// </summary>
public sealed partial class StaffHomesTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private static readonly Dictionary<string, string> Titles = new()
    {
        [Roles.CounterOfficer] = "Trang làm việc — Bộ phận Một cửa",
        [Roles.Specialist] = "Trang làm việc — Chuyên viên",
        [Roles.UnitLeader] = "Trang làm việc — Lãnh đạo phòng",
        [Roles.AgencyLeader] = "Trang làm việc — Lãnh đạo cơ quan",
        [Roles.ControlOfficer] = "Trang làm việc — Kiểm soát TTHC",
        [Roles.ProvinceOfficer] = "Trang làm việc — Văn phòng UBND tỉnh",
    };

    [Fact]
    public async Task Every_staff_role_lands_on_its_own_home_after_sign_in_and_a_citizen_on_the_portal()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        foreach (var account in DemoProvince.Accounts)
        {
            var client = await factory.ClientAsync(null);
            var signedIn = await client.SubmitFormAsync("/account/login", new Dictionary<string, string>
            {
                ["Input.UserName"] = account.UserName,
                ["Input.Password"] = DemoProvince.DemoPassword,
            });

            signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, account.UserName);
            signedIn.Headers.Location!.OriginalString.ShouldBe(account.Role == Roles.Citizen ? "/" : "/home", account.UserName);
            if (account.Role == Roles.Citizen)
            {
                continue;
            }

            var home = await client.GetAsync("/home");
            if (account.Role == Roles.SystemAdmin)
            {
                home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
                home.Headers.Location!.OriginalString.ShouldBe("/admin");
                continue;
            }

            home.StatusCode.ShouldBe(HttpStatusCode.OK, account.UserName);
            (await home.Content.ReadAsStringAsync()).ShouldContain("<h1>" + Titles[account.Role] + "</h1>", customMessage: account.UserName);
        }
    }

    [Fact]
    public async Task A_page_that_sent_someone_to_sign_in_gets_them_back()
    {
        var client = await factory.ClientAsync(null);

        var signedIn = await client.SubmitFormAsync("/account/login?ReturnUrl=%2Fworklist", new Dictionary<string, string>
        {
            ["Input.UserName"] = "chuyenvien",
            ["Input.Password"] = DemoProvince.DemoPassword,
        });

        signedIn.Headers.Location!.OriginalString.ShouldBe("/worklist");
    }

    [Fact]
    public async Task A_home_of_a_role_the_person_lacks_is_refused_and_an_unknown_home_is_not_found()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var specialist = await factory.ClientAsync("chuyenvien");

        var leaders = await specialist.GetAsync("/home/agency");
        leaders.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        leaders.Headers.Location!.OriginalString.ShouldContain("/account/denied");
        (await specialist.GetAsync("/home/specialist")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await specialist.GetAsync("/home/boss")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await factory.ClientAsync(null)).GetAsync("/home")).Headers.Location!.OriginalString.ShouldContain("/account/login");
    }

    [Fact]
    public async Task A_person_with_two_roles_lands_on_the_higher_home_and_is_linked_to_the_other()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var userName = await factory.CreateOfficerAsync(DemoProvince.ServiceCentre, "TN", Roles.CounterOfficer, "Ngô Thị Hạnh");
        await using (var scope = factory.CreateDbScope(out _))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.AddToRoleAsync((await users.FindByNameAsync(userName))!, Roles.UnitLeader)).Succeeded.ShouldBeTrue();
        }

        var html = await (await factory.ClientAsync(userName)).GetStringAsync("/home");

        html.ShouldContain("<h1>" + Titles[Roles.UnitLeader] + "</h1>");
        html.ShouldContain("href=\"/home/counter\"");
        html.ShouldContain("data-figure=\"legal-month\"");
        (await (await factory.ClientAsync(userName)).GetStringAsync("/home/counter")).ShouldContain("data-figure=\"results-to-return\"");
    }

    [Fact]
    public async Task Oversight_homes_show_their_scope_and_link_to_Bo_chi_so_766_and_the_statistics()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);

        var province = await (await factory.ClientAsync("vanphong")).GetStringAsync("/home");
        var control = await (await factory.ClientAsync("kiemsoat")).GetStringAsync("/home");

        province.ShouldContain("Toàn tỉnh");
        foreach (var html in new[] { province, control })
        {
            html.ShouldContain("href=\"/metrics/766\"");
            html.ShouldContain("href=\"/reports/statistics\"");
            html.ShouldContain("data-figure=\"statistic-quarter\"");
            html.ShouldContain("data-figure=\"pakn-due-soon\"");
            html.ShouldContain("<svg class=\"chart-svg chart-bar\"");
        }

        control.ShouldContain("Văn phòng Ủy ban nhân dân tỉnh");
        control.ShouldNotContain("Toàn tỉnh");
    }

    [Fact]
    public async Task Desk_worklist_and_PAKN_figures_link_to_lists_whose_totals_equal_them()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var desk = await factory.ClientAsync("motcua");
        var counter = await desk.GetStringAsync("/home");
        var results = Figure(counter, "results-to-return");
        ListTotal(await desk.GetStringAsync("/dossiers?status=Done")).ShouldBe(results);
        (await desk.GetAsync("/dossiers/receive")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await desk.GetAsync("/queue/stats")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var specialist = await factory.ClientAsync("chuyenvien");
        var home = await specialist.GetStringAsync("/home");
        foreach (var view in new[] { WorklistView.Mine, WorklistView.DueToday, WorklistView.Overdue, WorklistView.Waiting, WorklistView.Unit })
        {
            var list = await specialist.GetStringAsync("/worklist?view=" + view);
            TabCount(list, view).ShouldBe(Figure(home, "worklist-" + view), view.ToString());
        }

        var leader = await factory.ClientAsync("giamdoc");
        var leaderHome = await leader.GetStringAsync("/home");
        PetitionTotal(await leader.GetStringAsync("/feedback?status=New")).ShouldBe(Figure(leaderHome, "pakn-new"));
        (await leader.GetAsync("/feedback?sort=due")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Leaders_on_time_figures_equal_a_count_from_scratch_and_leave_out_other_agencies()
    {
        // The centre receives four licence dossiers on Mon 07/12 (due Wed 16/12 08:00): one settled the next day (early),
        // one settled on Thu 17/12 (late), one left open past its due; on Thu 17/12 a fourth is received (open, in time).
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var desk = await factory.ClientAsync("motcua");
        var early = await factory.ReceiveAsync(desk, LicenceCode);
        var late = await factory.ReceiveAsync(desk, LicenceCode);
        await factory.ReceiveAsync(desk, LicenceCode);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.SettleAsync(early, factory.Clock.GetUtcNow());
        await JudgeAsync();
        factory.Clock.Advance(TimeSpan.FromDays(9));
        await factory.SettleAsync(late, factory.Clock.GetUtcNow());
        await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        var now = factory.Clock.GetUtcNow();

        var centreLeader = await factory.CreateOfficerAsync(DemoProvince.ServiceCentre, null, Roles.AgencyLeader, "Đặng Văn Khoa");
        var centreClient = await factory.ClientAsync(centreLeader);
        var centre = await centreClient.GetStringAsync("/home");
        var homeAffairs = await (await factory.ClientAsync("giamdoc")).GetStringAsync("/home");

        var centreId = await AgencyIdAsync(DemoProvince.ServiceCentre);
        var homeAffairsId = await AgencyIdAsync(DemoProvince.HomeAffairs);
        var month = VietnamTime.StartOfLocalDayUtc(new DateOnly(2026, 12, 1));
        var quarter = VietnamTime.StartOfLocalDayUtc(new DateOnly(2026, 10, 1));
        // The centre's desk received them; Sở Nội vụ settles them, and a dossier's figures count for its competent agency.
        var homeAffairsMonth = await FromScratchAsync(homeAffairsId, month, now);
        homeAffairsMonth.ShouldBe(new Scratch(4, 2, 2), "early and in time count on time; late and open past due do not");
        OnTime(homeAffairs, "month").ShouldBe(homeAffairsMonth);
        OnTime(homeAffairs, "quarter").ShouldBe(await FromScratchAsync(homeAffairsId, quarter, now));
        var centreMonth = await FromScratchAsync(centreId, month, now);
        centreMonth.ShouldBe(new Scratch(0, 0, 0), "the department's dossiers are not the centre's figures");
        OnTime(centre, "month").ShouldBe(centreMonth);
        Figure(centre, "received-month").ShouldBe(0);

        var received = Figure(homeAffairs, "received-month");
        received.ShouldBe(4);
        ListTotal(await (await factory.ClientAsync("giamdoc")).GetStringAsync(Href(homeAffairs, "received-month"))).ShouldBe(received);

        // The department processes the centre's dossiers: its overdue steps come from the worklist (the open one past due).
        var overdue = Figure(homeAffairs, "overdue-total");
        overdue.ShouldBe(await OverdueTasksAsync(homeAffairsId, now.UtcDateTime));
        overdue.ShouldBeGreaterThan(0);
        homeAffairs.ShouldContain("<svg class=\"chart-svg chart-bar\"");

        // The public home page: the province's figures of the year, and no applicant, code or officer.
        var portal = await (await factory.ClientAsync(null)).GetStringAsync("/");
        Figure(portal, "received-year").ShouldBe(4);
        await using var scope = factory.CreateDbScope(out var db);
        foreach (var dossier in await db.Dossiers.AsNoTracking().ToListAsync())
        {
            portal.ShouldNotContain(dossier.Applicant.Name);
            portal.ShouldNotContain(dossier.Code!);
        }

        portal.ShouldNotContain("Đặng Văn Khoa");
        portal.ShouldNotContain("Trần Thị Bình");
    }

    [Fact]
    public async Task The_public_home_page_offers_search_browsing_and_the_ways_in_that_resolve()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var visitor = await factory.ClientAsync(null);

        var html = await visitor.GetStringAsync("/");

        html.ShouldContain("role=\"search\"");
        foreach (var link in new[] { "/procedures?online=full", "/tra-cuu", "/gui-pakn", "/danh-gia" })
        {
            html.ShouldContain($"href=\"{link}\"");
            (await visitor.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK, link);
        }

        var field = BrowseLink().Match(html);
        field.Success.ShouldBeTrue();
        (await visitor.GetAsync(WebUtility.HtmlDecode(field.Value[6..^1]))).StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("data-figure=\"on-time-year\"");
        html.ShouldContain("data-figure=\"satisfied-year\"");
    }

    private sealed record Scratch(int Counted, int Legal, int Statistic);

    /// <summary>The on-time figures counted over the dossiers themselves with the dossier page's own rules (<c>Dossier.TimeStatus</c>).</summary>
    private async Task<Scratch> FromScratchAsync(Guid agencyId, DateTime from, DateTimeOffset now)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var calendars = factory.Services.GetRequiredService<CalendarProvider>();
        var granularity = factory.Services.GetRequiredService<IOptions<DossierTimePolicy>>().Value.OnTimeGranularity;
        var (counted, legal, statistic) = (0, 0, 0);
        // The competent agency from the raw tables: the agency of the first top-level task, else the receiving agency.
        var competent = (await db.DossierTasks.AsNoTracking().Where(t => t.ParentTaskId == null).ToListAsync())
            .GroupBy(t => t.DossierId).ToDictionary(g => g.Key, g => g.MinBy(t => t.Sequence)!.AgencyId);
        foreach (var dossier in (await db.Dossiers.AsNoTracking().Where(d => d.ReceivedAt != null).ToListAsync())
            .Where(d => competent.GetValueOrDefault(d.Id, d.AgencyId) == agencyId))
        {
            // The appointment was set with the receiving agency's calendar, and the dossier is judged with it.
            var calendar = await calendars.GetAsync(dossier.AgencyId);
            var ended = DossierFigures.Of(dossier).EndedAt;
            if (ended is { } end && (end < from || end > now.UtcDateTime))
            {
                continue;
            }

            var status = dossier.TimeStatus(calendar, now, granularity).ShouldNotBeNull();
            counted++;
            legal += status.Legal.Class == OnTimeClass.Late ? 0 : 1;
            statistic += status.Statistic.Class == OnTimeClass.Late ? 0 : 1;
        }

        return new Scratch(counted, legal, statistic);
    }

    private async Task<int> OverdueTasksAsync(Guid agencyId, DateTime now)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.DossierTasks.CountAsync(t => t.IsOpen && t.AgencyId == agencyId && t.DueAt < now);
    }

    private async Task<Guid> AgencyIdAsync(string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }

    private async Task JudgeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None);
    }

    /// <summary>The counted dossiers and those on time by each notion of a period's row ("month" or "quarter").</summary>
    private static Scratch OnTime(string html, string period)
    {
        var counted = Figure(html, "counted-" + period);
        int Of(string notion)
        {
            var match = Regex.Match(html, $"data-figure=\"{notion}-{period}\"><strong>[^<]*</strong> <span class=\"muted\">(\\d+)/(\\d+)");
            match.Success.ShouldBeTrue(notion + " " + period);
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture).ShouldBe(counted);
            return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return new Scratch(counted, Of("legal"), Of("statistic"));
    }

    /// <summary>The number shown for <c>data-figure="name"</c> (the element's first digits).</summary>
    private static int Figure(string html, string name)
    {
        var match = Regex.Match(html, $"data-figure=\"{Regex.Escape(name)}\"[^>]*>(?:<strong>)?([\\d.]+)");
        match.Success.ShouldBeTrue(name);
        return int.Parse(match.Groups[1].Value.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    private static string Href(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"href=\"([^\"]+)\" data-figure=\"{Regex.Escape(name)}\"").Groups[1].Value);

    private static int ListTotal(string html) =>
        int.Parse(Regex.Match(html, "Tổng số: (\\d+) hồ sơ").Groups[1].Value, CultureInfo.InvariantCulture);

    private static int PetitionTotal(string html) =>
        int.Parse(Regex.Match(html, "<p class=\"muted\">(\\d+) PAKN</p>").Groups[1].Value, CultureInfo.InvariantCulture);

    private static int TabCount(string html, WorklistView view) =>
        int.Parse(Regex.Match(html, $"href=\"\\?view={view}&(?:amp;)?sort=\"[^>]*>[^<]*<span class=\"count\">(\\d+)</span>").Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("href=\"/procedures\\?field=[^\"]+\"")]
    private static partial Regex BrowseLink();
}
