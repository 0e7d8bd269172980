using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Time;
using MotCua.Modules.Feedback;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>The public search of answered PAKN and one answer's page (ADR-046 §5), and what the procedure's public page shows of them (§6).</summary>
public sealed class PublishedAnswersTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Search_ignores_diacritics_and_never_shows_an_unpublished_answer()
    {
        var token = PublishedPetitions.Token();
        var codes = await factory.ArrangeAsync(
            new ArrangedPetition($"Lệ phí chứng thực quá cao {token}", "Mức lệ phí theo Thông tư 226/2016/TT-BTC."),
            new ArrangedPetition($"Lệ phí chứng thực chưa công khai {token}", "Chưa công khai.") { Publish = false });

        var page = await GetPageAsync($"/phan-anh-kien-nghi?q=le+phi+chung+thuc+{token}");

        Codes(page).ShouldBe([codes[0]]);
        page.QuerySelector(".petition-answer")!.TextContent.ShouldContain("Mức lệ phí theo Thông tư 226/2016/TT-BTC.");
        (await _client.GetAsync("/phan-anh-kien-nghi/" + codes[1])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Filters_narrow_by_category_procedure_agency_and_publication_date()
    {
        var token = PublishedPetitions.Token();
        var codes = await factory.ArrangeAsync(
            new ArrangedPetition($"Khai sinh chậm {token}", "Đã chấn chỉnh.") { Category = PetitionCategory.Delay, Procedure = "1.001022" },
            new ArrangedPetition($"Sáng kiến {token}", "Ghi nhận.") { Category = PetitionCategory.Initiative, Agency = DemoProvince.Justice, Unit = "HCTP" });
        var today = VietnamTime.LocalDate(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow()).ToString("yyyy-MM-dd");
        var tomorrow = VietnamTime.LocalDate(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow()).AddDays(1).ToString("yyyy-MM-dd");

        Codes(await GetPageAsync($"/phan-anh-kien-nghi?q={token}&loai=delay")).ShouldBe([codes[0]]);
        Codes(await GetPageAsync($"/phan-anh-kien-nghi?q={token}&ma=1.001022")).ShouldBe([codes[0]]);
        Codes(await GetPageAsync($"/phan-anh-kien-nghi?q={token}&co-quan={DemoProvince.Justice}")).ShouldBe([codes[1]]);
        Codes(await GetPageAsync($"/phan-anh-kien-nghi?q={token}&tu={today}&den={today}")).Count.ShouldBe(2);
        var empty = await GetPageAsync($"/phan-anh-kien-nghi?q={token}&tu={tomorrow}");
        empty.QuerySelector(".empty-state")!.TextContent.ShouldContain("Không tìm thấy phản ánh, kiến nghị nào");
    }

    [Fact]
    public async Task Results_come_newest_first_twenty_to_a_page()
    {
        var token = PublishedPetitions.Token();
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var codes = await factory.ArrangeAsync([.. Enumerable.Range(0, 21).Select(i =>
            new ArrangedPetition($"Phản ánh số {i} {token}", "Trả lời.") { At = now.AddMinutes(-60 + i) })]);

        var first = await GetPageAsync($"/phan-anh-kien-nghi?q={token}");
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await GetPageAsync(next);

        Codes(first).Count.ShouldBe(20);
        Codes(first)[0].ShouldBe(codes[20]);
        // A search by words goes on by key (ADR-048): the next page reads after the last answer shown, the previous one before the first.
        next.ShouldBe($"/phan-anh-kien-nghi?q={token}&trang=2&sau={codes[1]}");
        Codes(second).ShouldBe([codes[0]]);
        // A text search is not counted (ADR-048): the first page names its range, the last one knows the total.
        first.QuerySelector(".result-count")!.TextContent.ShouldContain("Kết quả 1–20");
        second.QuerySelector(".result-count")!.TextContent.ShouldContain("21 kết quả");
        second.QuerySelector(".pager a[rel=next]").ShouldBeNull();
        second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href").ShouldBe($"/phan-anh-kien-nghi?q={token}");
        var back = await GetPageAsync($"/phan-anh-kien-nghi?q={token}&trang=2&truoc={codes[0]}");
        Codes(back).ShouldBe(Codes(first));
        back.QuerySelector(".pager a[rel=prev]").ShouldBeNull();
        back.QuerySelector(".pager a[rel=next]")!.GetAttribute("href").ShouldBe($"/phan-anh-kien-nghi?q={token}&trang=2&sau={codes[1]}");
    }

    [Fact]
    public async Task Pages_by_key_step_back_and_forth_through_a_search_by_words_without_repeating_or_skipping()
    {
        var token = PublishedPetitions.Token();
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var codes = await factory.ArrangeAsync([.. Enumerable.Range(0, 45).Select(i =>
            new ArrangedPetition($"Phản ánh {i} {token}", "Trả lời.") { At = now.AddMinutes(-90 + i) })]);
        var newestFirst = Enumerable.Reverse(codes).ToList();

        var seen = new List<string>();
        var url = $"/phan-anh-kien-nghi?q={token}";
        var pages = new List<string>();
        while (url is not null)
        {
            pages.Add(url);
            var page = await GetPageAsync(url);
            seen.AddRange(Codes(page));
            url = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        }

        seen.ShouldBe(newestFirst);
        pages.Count.ShouldBe(3);
        var third = await GetPageAsync(pages[2]);
        third.QuerySelector(".result-count")!.TextContent.ShouldContain("45 kết quả");
        var second = await GetPageAsync(third.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href")!);
        Codes(second).ShouldBe(newestFirst[20..40]);
        second.QuerySelector(".result-count")!.TextContent.ShouldContain("Kết quả 21–40");
    }

    [Theory]
    [InlineData("sau=PAKN.2026O101.0001")]
    [InlineData("truoc=khong-phai-ma")]
    public async Task A_malformed_key_gets_a_400(string parameter) =>
        (await _client.GetAsync("/phan-anh-kien-nghi?q=abc&" + parameter)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

    [Fact]
    public async Task A_search_without_words_is_counted()
    {
        var token = PublishedPetitions.Token();
        await factory.ArrangeAsync(
            new ArrangedPetition($"Sáng kiến một {token}", "Ghi nhận.") { Category = PetitionCategory.Initiative, Agency = DemoProvince.Justice, Unit = "HCTP" },
            new ArrangedPetition($"Sáng kiến hai {token}", "Ghi nhận.") { Category = PetitionCategory.Initiative, Agency = DemoProvince.Justice, Unit = "HCTP" });
        var today = VietnamTime.LocalDate(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow()).ToString("yyyy-MM-dd");

        var page = await GetPageAsync($"/phan-anh-kien-nghi?loai=initiative&co-quan={DemoProvince.Justice}&tu={today}");

        var shown = Codes(page).Count;
        shown.ShouldBeGreaterThanOrEqualTo(2);
        page.QuerySelector(".result-count")!.TextContent.ShouldContain($"{shown} kết quả");
    }

    [Fact]
    public async Task A_page_past_the_first_thousand_answers_is_refused_with_a_way_to_narrow_the_search()
    {
        var response = await _client.GetAsync("/phan-anh-kien-nghi?trang=51");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Tìm kiếm chỉ hiển thị 50 trang đầu (1.000 kết quả)");
        (await _client.GetAsync("/phan-anh-kien-nghi?trang=50")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/phan-anh-kien-nghi?trang=abc", "Số trang không hợp lệ.")]
    [InlineData("/phan-anh-kien-nghi?loai=khong-co", "Nội dung phản ánh, kiến nghị được chọn không hợp lệ.")]
    [InlineData("/phan-anh-kien-nghi?tu=31-12-2026", "Ngày không hợp lệ")]
    [InlineData("/phan-anh-kien-nghi?tu=2026-12-31&den=2026-01-01", "Ngày kết thúc phải sau ngày bắt đầu.")]
    public async Task Bad_parameters_get_a_400_with_a_vietnamese_message(string url, string message)
    {
        var response = await _client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(message);
    }

    [Theory]
    [InlineData("PAKN.20260231.0001")]
    [InlineData("PAKN.2026O101.0001")]
    [InlineData("khong-phai-ma")]
    public async Task An_unknown_or_malformed_code_is_a_404(string code) =>
        (await _client.GetAsync("/phan-anh-kien-nghi/" + code)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

    [Fact]
    public async Task Neither_page_shows_the_senders_personal_data_internal_comments_or_officers()
    {
        var token = PublishedPetitions.Token();
        var secrets = new[]
        {
            $"Quách Bímật {token}", $"09{Random.Shared.Next(10_000_000, 99_999_999)}", $"bimat.{token}@example.vn", $"Số 99 ngõ Bímật {token}",
            $"01{Random.Shared.Next(10_000_000, 99_999_999)}", $"H99.50-261207-{token}", $"Ghi chú nội bộ {token}", $"Kiểm soát viên {token}",
            $"Lãnh đạo Bímật {token}", $"Lời lẽ riêng của người gửi {token}",
        };
        var codes = await factory.ArrangeAsync(new ArrangedPetition(secrets[9], $"Trả lời công khai {token}")
        {
            SenderName = secrets[0], SenderKind = SenderKind.Organisation, Phone = secrets[1], Email = secrets[2], Address = secrets[3], TaxCode = secrets[4],
            DossierCode = secrets[5], InternalComment = secrets[6], ControlName = secrets[7], LeaderName = secrets[8],
            Consent = false, Summary = $"Tóm tắt được duyệt {token}", Procedure = "1.001022",
        });

        var search = await _client.GetStringAsync($"/phan-anh-kien-nghi?q={token}");
        var detail = await _client.GetStringAsync("/phan-anh-kien-nghi/" + codes[0]);

        foreach (var html in new[] { WebUtility.HtmlDecode(search), WebUtility.HtmlDecode(detail) })
        {
            html.ShouldContain($"Tóm tắt được duyệt {token}");
            html.ShouldContain($"Trả lời công khai {token}");
            html.ShouldContain(codes[0]);
            foreach (var secret in secrets)
            {
                html.ShouldNotContain(secret);
            }
        }
    }

    [Fact]
    public async Task One_answer_shows_its_procedure_legal_basis_outcome_agency_and_dates()
    {
        var codes = await factory.ArrangeAsync(new ArrangedPetition("Giấy tờ yêu cầu không thống nhất.", "Đã hướng dẫn thống nhất.")
        {
            Procedure = "1.001022", Outcome = PetitionOutcome.ExplainExistingRule,
        });

        var page = await GetPageAsync("/phan-anh-kien-nghi/" + codes[0]);
        var text = page.QuerySelector("main")!.TextContent;

        page.QuerySelector("a[href='/procedures/1.001022']")!.TextContent.ShouldBe("1.001022");
        text.ShouldContain("Đăng ký khai sinh");
        text.ShouldContain("Điều 9, Nghị định 123/2015/NĐ-CP");
        text.ShouldContain("Giải thích, hướng dẫn quy định hiện hành");
        text.ShouldContain("Ủy ban nhân dân xã An Bình");
        text.ShouldContain("Ngày trả lời");
    }

    [Fact]
    public async Task Procedure_page_counts_its_answered_feedback_and_links_to_them_and_to_sending_one()
    {
        const string code = "1.000459";
        var before = await GetPageAsync("/procedures/" + code);
        before.QuerySelector($"a[href='/phan-anh-kien-nghi?ma={code}']").ShouldBeNull();
        before.QuerySelector($"a[href='/gui-pakn?ma={code}']")!.TextContent.ShouldBe("Gửi phản ánh, kiến nghị về thủ tục này");

        await factory.ArrangeAsync(
            new ArrangedPetition("Cấp lại giấy phép chậm.", "Đã trả lời.") { Procedure = code, Agency = DemoProvince.HomeAffairs, Unit = "LDVL" },
            new ArrangedPetition("Cấp lại giấy phép chưa trả lời.", "Chưa công khai.") { Procedure = code, Agency = DemoProvince.HomeAffairs, Unit = "LDVL", Publish = false });
        var after = await GetPageAsync("/procedures/" + code);

        after.QuerySelector($"a[href='/phan-anh-kien-nghi?ma={code}']")!.TextContent.ShouldBe("1 phản ánh, kiến nghị đã được trả lời về thủ tục này");
    }

    [Fact]
    public async Task The_home_page_links_the_answered_feedback()
    {
        var page = await GetPageAsync("/");

        page.QuerySelector("a[href='/phan-anh-kien-nghi']").ShouldNotBeNull();
    }

    private static List<string> Codes(IHtmlDocument page) =>
        page.QuerySelectorAll(".petition-answer h2 a").Select(a => a.TextContent.Trim()).ToList();

    private async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
