using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Queue;
using MotCua.Modules.Queue.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Queue;

/// <summary>
/// The counter queue on a stopped clock: kiosk numbers, calling in order, the display, and each visit's times. The tests
/// share one host, each on a day of its own (numbers, waiting lists, calls and figures are per day); the test that
/// changes the kiosk's groups has a host of its own.
/// </summary>
public sealed class CounterQueueTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const string Kiosk = "/xep-hang/" + DemoProvince.ServiceCentre;

    [Fact]
    public async Task The_kiosk_numbers_each_group_from_1_each_day_and_the_ticket_says_how_many_wait_before_it()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start.AddDays(10));
        var visitor = await factory.ClientAsync(null);
        var (a, b) = await GroupsAsync(factory);

        var first = await TakeAsync(visitor, a);
        var second = await TakeAsync(visitor, a);
        var other = await TakeAsync(visitor, b);

        first.ShouldContain("A001");
        second.ShouldContain("A002");
        second.ShouldContain("Số người chờ trước: 1");
        other.ShouldContain("B001");
        other.ShouldContain("Số người chờ trước: 0");
        factory.Clock.Advance(TimeSpan.FromDays(1));
        (await TakeAsync(visitor, a)).ShouldContain("A001");
        (await visitor.GetStringAsync(Kiosk)).ShouldContain("Đang chờ: 1");
    }

    [Fact]
    public async Task Officers_call_numbers_in_the_order_they_were_taken_and_the_display_shows_them()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start.AddDays(20));
        var visitor = await factory.ClientAsync(null);
        var (a, b) = await GroupsAsync(factory);
        await TakeAsync(visitor, a);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await TakeAsync(visitor, b);
        var desk = await factory.ClientAsync("motcua");

        var called = await CallAsync(desk, "Quầy 1");
        (await CallAsync(desk, "Quầy 1", b)).ShouldContain("B001");

        called.ShouldContain("Đã gọi số A001 đến Quầy 1.");
        var display = await visitor.GetStringAsync("/man-hinh/" + DemoProvince.ServiceCentre);
        display.IndexOf("B001", StringComparison.Ordinal).ShouldBeLessThan(display.IndexOf("A001", StringComparison.Ordinal), "latest first");
        display.ShouldContain("http-equiv=\"refresh\"");
        (await CallAsync(desk, "Quầy 1")).ShouldContain("Không còn ai đang chờ.");
        await using var scope = factory.Services.CreateAsyncScope();
        var today = scope.ServiceProvider.GetRequiredService<QueueDesk>().Today;
        var tickets = await scope.ServiceProvider.GetRequiredService<AppDbContext>().QueueTickets.Where(t => t.Day == today).OrderBy(t => t.Label).ToListAsync();
        tickets.Select(t => t.Status).ShouldBe([TicketStatus.Done, TicketStatus.Done], "calling the next finishes the one served");
    }

    [Fact]
    public async Task Two_counters_calling_at_once_never_get_the_same_ticket()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start.AddDays(30));
        var visitor = await factory.ClientAsync(null);
        var (a, _) = await GroupsAsync(factory);
        for (var i = 0; i < 6; i++)
        {
            await TakeAsync(visitor, a);
        }

        var officers = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        var agencyId = await AgencyIdAsync(factory);
        var called = await Task.WhenAll(officers.Select(async (officer, i) =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<QueueDesk>().CallNextAsync(agencyId, officer, "Cán bộ", $"Quầy {i + 1}", [], CancellationToken.None))!.Label;
        }));

        called.Order().ShouldBe(["A001", "A002", "A003", "A004", "A005", "A006"]);
    }

    [Fact]
    public async Task The_day_s_figures_give_waiting_and_service_times_per_counter_against_the_20_minute_target()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start.AddDays(40));
        var visitor = await factory.ClientAsync(null);
        var (a, _) = await GroupsAsync(factory);
        await TakeAsync(visitor, a);
        await TakeAsync(visitor, a);
        var desk = await factory.ClientAsync("motcua");
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await CallAsync(desk, "Quầy 2");
        factory.Clock.Advance(TimeSpan.FromMinutes(6));
        await CallAsync(desk, "Quầy 2");
        factory.Clock.Advance(TimeSpan.FromMinutes(4));
        await FinishAsync(desk, served: true);

        var page = new HtmlParser().ParseDocument(await desk.GetStringAsync("/queue/stats"));

        var row = page.QuerySelectorAll("table.queue-stats tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        // A001 waited 10 minutes and was served in 6; A002 waited 16 and was served in 4.
        row[0].ShouldBe(["Quầy 2", "2", "2", "0", "13,0", "16,0", "5,0", "6,0"]);
        row[1][0].ShouldBe("Toàn bộ phận");
        page.QuerySelector(".badge.late").ShouldBeNull("13 minutes is within the 20-minute target");
        page.Body!.TextContent.ShouldContain("Đã cấp 2 số, còn 0 số đang chờ.");
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_and_changes_nothing()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start.AddDays(50));
        var visitor = await factory.ClientAsync(null);
        var desk = await factory.ClientAsync("motcua");
        var (a, _) = await GroupsAsync(factory);
        await TakeAsync(visitor, a);

        var unknownGroup = await visitor.SubmitFormAsync(Kiosk, [new("group", Guid.NewGuid().ToString())]);
        var noCounter = await desk.SubmitFormAsync("/queue", [new("counter", " ")], "/queue?handler=Call");
        var foreignGroup = await desk.SubmitFormAsync("/queue", [new("counter", "Quầy 1"), new("groups", Guid.NewGuid().ToString())], "/queue?handler=Call");
        var notYours = await desk.SubmitFormAsync("/queue", [new("ticket", Guid.NewGuid().ToString()), new("served", "true")], "/queue?handler=Finish");

        unknownGroup.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await unknownGroup.Content.ReadAsStringAsync()).ShouldContain("Lĩnh vực đã chọn không còn nhận số.");
        (await noCounter.Content.ReadAsStringAsync()).ShouldContain("Nhập tên quầy");
        (await foreignGroup.Content.ReadAsStringAsync()).ShouldContain("Lĩnh vực đã chọn không thuộc cơ quan của bạn.");
        (await desk.GetStringAsync(notYours.Headers.Location!.OriginalString)).ShouldContain("Số này không do bạn gọi hoặc đã kết thúc.");
        (await visitor.GetAsync("/xep-hang/H99.99")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await visitor.GetAsync($"{Kiosk}/so/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await visitor.GetAsync("/xep-hang/" + DemoProvince.HomeAffairs)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "an agency without a queue has no kiosk");
        await using var scope = factory.Services.CreateAsyncScope();
        var today = scope.ServiceProvider.GetRequiredService<QueueDesk>().Today;
        (await scope.ServiceProvider.GetRequiredService<AppDbContext>().QueueTickets.Where(t => t.Day == today).Select(t => t.Status).ToListAsync()).ShouldBe([TicketStatus.Waiting]);
    }

    [Fact]
    public async Task An_administrator_adds_renames_and_switches_off_service_groups_of_the_kiosk()
    {
        await using var host = new ClockedFactory();
        var admin = await host.ClientAsync("quantri");
        var visitor = await host.ClientAsync(null);
        var agency = await AgencyIdAsync(host);
        var (_, b) = await GroupsAsync(host);
        var page = $"/queue/groups?agency={agency}";

        var added = await admin.SubmitFormAsync(page, [new("letter", "e"), new("name", "Chứng thực bản sao")], $"/queue/groups?agency={agency}&handler=Add");
        var taken = await admin.SubmitFormAsync(page, [new("letter", "A"), new("name", "Trùng")], $"/queue/groups?agency={agency}&handler=Add");
        var badLetter = await admin.SubmitFormAsync(page, [new("letter", "1"), new("name", "Số")], $"/queue/groups?agency={agency}&handler=Add");
        var saved = await admin.SubmitFormAsync(page, [new("id", b.ToString()), new("name", "Lao động – Việc làm"), new("position", "9")], $"/queue/groups?agency={agency}&handler=Save");

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await taken.Content.ReadAsStringAsync()).ShouldContain("Cơ quan đã có nhóm A; chọn chữ cái khác.");
        (await badLetter.Content.ReadAsStringAsync()).ShouldContain("Chữ cái của nhóm là một chữ cái từ A đến Z.");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync(saved.Headers.Location!.OriginalString)).ShouldContain("Đã lưu nhóm B.");
        var kiosk = await visitor.GetStringAsync(Kiosk);
        kiosk.ShouldContain("Chứng thực bản sao");
        kiosk.ShouldNotContain("Lao động – Việc làm", customMessage: "a group switched off leaves the kiosk");
        (await visitor.SubmitFormAsync(Kiosk, [new("group", b.ToString())])).StatusCode.ShouldBe(HttpStatusCode.OK, "and issues no numbers");
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.QueueServiceGroups.CountAsync(g => g.AgencyId == agency)).ShouldBe(5);
        (await db.AuditEntries.CountAsync(e => e.EntityType == nameof(QueueServiceGroup))).ShouldBe(2);
    }

    private static async Task<string> TakeAsync(HttpClient visitor, Guid group)
    {
        var response = await visitor.SubmitFormAsync(Kiosk, [new("group", group.ToString())]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await visitor.GetStringAsync(response.Headers.Location!.OriginalString);
    }

    private static async Task<string> CallAsync(HttpClient desk, string counter, params Guid[] groups)
    {
        var response = await desk.SubmitFormAsync("/queue", [new("counter", counter), .. groups.Select(g => new KeyValuePair<string, string>("groups", g.ToString()))], "/queue?handler=Call");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await desk.GetStringAsync(response.Headers.Location!.OriginalString);
    }

    private static async Task FinishAsync(HttpClient desk, bool served)
    {
        var page = new HtmlParser().ParseDocument(await desk.GetStringAsync("/queue"));
        var ticket = page.QuerySelector("input[name=ticket]")!.GetAttribute("value")!;
        (await desk.SubmitFormAsync("/queue", [new("ticket", ticket), new("served", served ? "true" : "false")], "/queue?handler=Finish")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static async Task<(Guid A, Guid B)> GroupsAsync(MotCuaFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var groups = await db.QueueServiceGroups.Where(g => g.Agency!.Code == DemoProvince.ServiceCentre).ToDictionaryAsync(g => g.Letter, g => g.Id);
        return (groups["A"], groups["B"]);
    }

    private static async Task<Guid> AgencyIdAsync(MotCuaFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Agencies.Where(a => a.Code == DemoProvince.ServiceCentre).Select(a => a.Id).SingleAsync();
    }
}
