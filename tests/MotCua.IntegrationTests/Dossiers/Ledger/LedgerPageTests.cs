using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Ledger;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers.Ledger;

/// <summary>The ledger page on the real database: book order and numbers, agency scope, filters, paging and messages.</summary>
[Collection(LedgerCollection.Name)]
public sealed class LedgerPageTests(LedgerFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ArrangeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_book_lists_the_agency_s_accepted_dossiers_of_the_year_in_receipt_order_with_their_numbers()
    {
        var page = await PageAsync("motcua", "/dossiers/ledger?year=2026");

        var rows = Rows(page);
        rows.Select(r => r[0]).ShouldBe(["1", "2", "3", "4", "5"]);
        rows.Select(r => r[1]).ShouldBe(factory.CentreBook.Select(d => d.Code!));
        rows.Select(r => r[4]).ShouldBe(["Nguyễn Thị Hồng Nhung", "Đỗ Văn Hùng", "Lê Thị Mai", "Phạm Văn Bốn", "Nguyễn Thị Hồng Nhung"]);
        var first = rows[0];
        first[2].ShouldBe("Đăng ký kết hôn");
        first[3].ShouldBe("1");
        first[5].ShouldBe("Số 5, thôn Đông, xã An Bình – 0912345678");
        first[7].ShouldBe(VietnamTime.Format(factory.CentreBook[0].ReceivedAt!.Value));
        first[8].ShouldBe(VietnamTime.Format(factory.CentreBook[0].DueAt!.Value));
        // The civil-status dossiers wait at the centre: nothing forwarded, no result, nothing returned, nothing to note.
        rows.Take(4).ShouldAllBe(r => r[9] == "" && r[10] == "" && r[11] == "" && r[12] == "");
        page.QuerySelector(".ledger-meta")!.TextContent.ShouldContain("Năm 2026 – Quyển số 01/2026");
        page.QuerySelector(".ledger-meta")!.TextContent.ShouldContain("Tổng số: 5 hồ sơ");
        page.QuerySelector("table a")!.GetAttribute("href").ShouldBe($"/dossiers/{factory.CentreBook[0].Id}");
        page.QuerySelectorAll("[style]").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_dates_of_forwarding_result_and_return_come_from_the_history_and_the_lead_agency_from_the_catalogue()
    {
        var row = Rows(await PageAsync("motcua", "/dossiers/ledger?year=2026")).Single(r => r[0] == "5");

        row[2].ShouldStartWith("Cấp giấy phép hoạt động dịch vụ việc làm");
        row[6].ShouldBe("Sở Nội vụ");
        row[9].ShouldBe(Time(factory.Milestones.Forwarded));
        row[10].ShouldBe(Time(factory.Milestones.Done));
        row[11].ShouldBe(Time(factory.Milestones.Returned));
        row[12].ShouldBe("");
    }

    [Fact]
    public async Task Dossiers_not_accepted_of_another_year_or_of_another_agency_never_appear()
    {
        var text = (await PageAsync("motcua", "/dossiers/ledger?year=2026")).QuerySelector("table")!.TextContent;

        text.ShouldNotContain("Hoàng Chưa Đủ");
        text.ShouldNotContain("Võ Thị Năm Cũ");
        text.ShouldNotContain(factory.CommuneDossier.Code!);
        Rows(await PageAsync("motcua", "/dossiers/ledger?year=2025")).Single()[1].ShouldBe(factory.CentreLastYear.Code);
    }

    [Fact]
    public async Task Staff_may_not_open_another_agency_s_book_and_an_agency_without_dossiers_shows_an_empty_book()
    {
        var foreign = await PageAsync("motcua", $"/dossiers/ledger?agency={factory.CommuneId}");
        var empty = await PageAsync("chuyenvien", "/dossiers/ledger");

        foreign.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Bạn chỉ được xem sổ theo dõi hồ sơ của cơ quan mình.");
        foreign.QuerySelector("table").ShouldBeNull();
        foreign.QuerySelector("select#agency").ShouldBeNull();
        empty.QuerySelector(".ledger-meta")!.TextContent.ShouldContain("Tổng số: 0 hồ sơ");
        empty.QuerySelector(".ledger-book .notice")!.TextContent.ShouldBe("Không có hồ sơ nào trong sổ phù hợp với điều kiện đã chọn.");
        empty.QuerySelector(".ledger-exports").ShouldBeNull();
    }

    [Fact]
    public async Task A_province_wide_officer_chooses_the_agency()
    {
        var unchosen = await PageAsync("quantri", "/dossiers/ledger");
        var chosen = await PageAsync("quantri", $"/dossiers/ledger?year=2026&agency={factory.CentreId}");

        unchosen.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Chọn cơ quan để xem sổ theo dõi hồ sơ.");
        unchosen.QuerySelectorAll("select#agency option").Length.ShouldBeGreaterThan(5);
        chosen.QuerySelector("select#agency option[selected]")!.GetAttribute("value").ShouldBe(factory.CentreId.ToString());
        Rows(chosen).Count.ShouldBe(5);
        chosen.QuerySelector("h2")!.TextContent.ShouldBe("Trung tâm Phục vụ hành chính công tỉnh Sông Hồng");
    }

    [Theory]
    [InlineData("q=Mai", new[] { "3" })]
    [InlineData("q=%C4%91%E1%BB%97%20v%C4%83n", new[] { "2" })]
    [InlineData("procedure=1.001022", new[] { "2", "4" })]
    [InlineData("from=2026-03-03&to=2026-03-31", new[] { "3" })]
    [InlineData("from=2026-04-01", new[] { "4", "5" })]
    [InlineData("status=Received", new[] { "1", "2", "3", "4" })]
    [InlineData("status=Returned", new[] { "5" })]
    [InlineData("status=Processing", new string[0])]
    [InlineData("procedure=1.001193&q=nguy%E1%BB%85n", new[] { "1" })]
    [InlineData("q=nguyen%20thi%20hong", new[] { "1", "5" })]
    [InlineData("q=DO%20VAN%20HUNG", new[] { "2" })]
    [InlineData("q=ket%20hon", new[] { "1", "3" })]
    [InlineData("q=%25", new string[0])]
    [InlineData("q=_", new string[0])]
    public async Task Filters_keep_each_entry_s_number_in_the_whole_book(string filter, string[] numbers)
    {
        var page = await PageAsync("motcua", "/dossiers/ledger?year=2026&" + filter);

        Rows(page).Select(r => r[0]).ShouldBe(numbers);
        page.QuerySelector(".ledger-meta")!.TextContent.ShouldContain($"Tổng số: {numbers.Length} hồ sơ");
    }

    [Fact]
    public async Task A_full_dossier_code_finds_that_entry()
    {
        var last = factory.CentreBook[^1];

        var rows = Rows(await PageAsync("motcua", "/dossiers/ledger?year=2026&q=" + Uri.EscapeDataString(last.Code!.ToLowerInvariant())));

        rows.Single()[0].ShouldBe("5");
        rows.Single()[1].ShouldBe(last.Code);
    }

    [Fact]
    public async Task Dossiers_written_before_the_search_text_existed_are_found_once_it_is_filled_at_start_up()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Dossiers
                .Where(d => d.AgencyId == factory.CentreId)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.SearchText, ""));
        }

        Rows(await PageAsync("motcua", "/dossiers/ledger?year=2026&q=Mai")).ShouldBeEmpty();

        var backfill = factory.Services.GetRequiredService<DossierSearchBackfill>();
        (await backfill.FillBatchAsync(CancellationToken.None)).ShouldBe(7);
        (await backfill.FillBatchAsync(CancellationToken.None)).ShouldBe(0);
        Rows(await PageAsync("motcua", "/dossiers/ledger?year=2026&q=Mai")).Single()[0].ShouldBe("3");
    }

    [Fact]
    public async Task A_search_within_the_text_carries_its_agency_and_days_as_values_and_other_reads_bind_them()
    {
        using var scope = factory.Services.CreateScope();
        var book = scope.ServiceProvider.GetRequiredService<LedgerBook>();
        var year = new LedgerCriteria(2026, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, null, null);
        string Statement(string? text) => book.Entries(factory.CentreId, year with { Text = text }, year.From).ToQueryString();

        var withinText = Statement("Mai");

        // Bound values would let PostgreSQL keep one generic plan for every agency and range (DossierSearch's remarks).
        withinText.ShouldNotContain("@");
        withinText.ShouldContain(factory.CentreId.ToString(), Case.Insensitive);
        withinText.ShouldContain("2026-12-31");
        Statement(factory.CentreBook[0].Code).ShouldContain("@");
        Statement(null).ShouldContain("@");
        (await book.Entries(factory.CentreId, year with { Text = "Mai" }, year.From).Select(d => d.Code).ToListAsync())
            .ShouldBe([factory.CentreBook[2].Code]);
        // The dossier list writes its days the same way for such a search.
        var dossiers = scope.ServiceProvider.GetRequiredService<AppDbContext>().Dossiers;
        DossierSearch.SubmittedBetween(dossiers, year.From, year.To, withValues: true).ToQueryString().ShouldNotContain("@");
        DossierSearch.SubmittedBetween(dossiers, year.From, year.To).ToQueryString().ShouldContain("@");
    }

    [Theory]
    [InlineData("year=abc", "Năm không hợp lệ: nhập năm gồm 4 chữ số, từ 2000 đến 2026.")]
    [InlineData("year=2027", "Năm không hợp lệ")]
    [InlineData("year=2026&from=2026-04-01&to=2026-03-01", "Ngày bắt đầu không được sau ngày kết thúc.")]
    [InlineData("year=2026&from=2025-12-01", "Khoảng ngày phải nằm trong năm 2026 của sổ.")]
    [InlineData("from=1/3/2026", "Ngày không hợp lệ")]
    [InlineData("status=Lost", "Trạng thái không hợp lệ")]
    [InlineData("agency=abc", "Không tìm thấy cơ quan đã chọn.")]
    [InlineData("page=abc", "Tổng số: 5 hồ sơ")]
    [InlineData("page=999", "Tổng số: 5 hồ sơ")]
    public async Task Bad_filter_values_get_a_clear_message_not_an_error(string query, string message)
    {
        var client = await factory.ClientAsync("motcua");

        var response = await client.GetAsync("/dossiers/ledger?" + query);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
    }

    [Fact]
    public async Task An_unknown_agency_is_reported_to_a_province_wide_officer()
    {
        var page = await PageAsync("vanphong", $"/dossiers/ledger?agency={Guid.NewGuid()}");

        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Không tìm thấy cơ quan đã chọn.");
    }

    [Fact]
    public async Task Pages_of_fifty_follow_the_book_with_or_without_filters()
    {
        var book = $"/dossiers/ledger?year=2026&agency={factory.TanPhuId}";

        var second = Rows(await PageAsync("quantri", book + "&page=2"));
        var secondDayPastTheEnd = Rows(await PageAsync("quantri", book + "&from=2026-05-12&page=2"));
        var filtered = await PageAsync("quantri", book + "&q=t%C3%A2n%20ph%C3%BA&page=2");
        var marriages = Rows(await PageAsync("quantri", book + "&procedure=1.001193"));

        second.Select(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(Enumerable.Range(51, 11));
        second[0][1].ShouldEndWith("-260512-0021");
        second[0][4].ShouldBe("Người nộp Tân Phú 51");
        // The second day alone fits on one page: a page past the end shows the last one.
        secondDayPastTheEnd.Select(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(Enumerable.Range(31, 31));
        Rows(filtered).Select(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(Enumerable.Range(51, 11));
        filtered.QuerySelector(".pager [aria-current=page]")!.TextContent.ShouldBe("2");
        filtered.QuerySelector(".pager a")!.GetAttribute("href").ShouldBe($"/dossiers/ledger?year=2026&agency={factory.TanPhuId}&q=t%C3%A2n%20ph%C3%BA");
        // The marriage registrations are the odd entries of the book.
        marriages.Select(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(Enumerable.Range(0, 31).Select(i => (2 * i) + 1));
    }

    [Fact]
    public async Task A_deep_page_of_a_large_book_is_read_by_key_and_numbered_by_the_counters()
    {
        var page = await PageAsync("quantri", $"/dossiers/ledger?year=2024&agency={factory.EducationId}&page=200");

        var rows = Rows(page);
        rows.Select(r => r[0]).ShouldBe(Enumerable.Range(9951, 50).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        rows[0][1].ShouldEndWith("-240508-1951");
        page.QuerySelector(".ledger-meta")!.TextContent.ShouldContain("Tổng số: 10.001 hồ sơ");
        page.QuerySelector(".ledger-exports")!.TextContent.ShouldContain("Có 10.001 hồ sơ phù hợp, nhiều hơn 10.000 hồ sơ là mức tối đa của một lần xuất.");
        page.QuerySelectorAll(".ledger-exports a").ShouldBeEmpty();
    }

    private async Task<IDocument> PageAsync(string user, string url)
    {
        var client = await factory.ClientAsync(user);
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string Time(DateTime local) => local.ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static List<string[]> Rows(IDocument page) =>
        page.QuerySelectorAll("table.ledger-table tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
}
