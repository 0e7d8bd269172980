using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Catalog;
using MotCua.Modules.Feedback;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Feedback.FeedbackStaffArrange;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>
/// The published answers' admin (/feedback/published) and the leader's correction and withdrawal of a published answer on
/// the PAKN page (ADR-046 §5): scope, what the public reads afterwards, the 766 numbers, roles, stale forms and bad reasons.
/// </summary>
public sealed class ManagePublishedTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    private const string Procedure = "1.001022";

    private readonly HttpClient _public = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_list_shows_the_agencys_published_text_only_and_another_agencys_petition_is_not_found()
    {
        var token = PublishedPetitions.Token();
        var codes = await factory.ArrangeAsync(
            new ArrangedPetition($"Lời lẽ riêng của người gửi {token}", $"Trả lời đã công khai {token}") { Agency = DemoProvince.HomeAffairs, Unit = "LDVL", Consent = false, Summary = $"Tóm tắt được duyệt {token}" },
            new ArrangedPetition($"Chưa công khai {token}", "Chưa công khai.") { Agency = DemoProvince.HomeAffairs, Unit = "LDVL", Publish = false },
            new ArrangedPetition($"Sở Tư pháp {token}", $"Trả lời của Sở Tư pháp {token}") { Agency = DemoProvince.Justice, Unit = "HCTP" });
        var ids = await IdsAsync(codes);
        var leader = await factory.ClientAsync("giamdoc");

        var list = await TextAsync(await leader.GetAsync($"/feedback/published?q=tom+tat+duoc+duyet+{token}"));
        var all = await TextAsync(await leader.GetAsync($"/feedback/published?q={token}"));
        var otherCategory = await TextAsync(await leader.GetAsync($"/feedback/published?q={token}&loai={PetitionCategory.Initiative.ServiceCode()}"));

        list.ShouldContain(codes[0]);
        list.ShouldContain($"Tóm tắt được duyệt {token}");
        list.ShouldNotContain($"Lời lẽ riêng của người gửi {token}");
        list.ShouldContain($"href=\"/phan-anh-kien-nghi/{codes[0]}\"");
        list.ShouldContain($"href=\"/feedback/{ids[0]}\"");
        list.ShouldContain($"data-action=\"{PetitionAction.WithdrawPublication}\"");
        list.ShouldContain($"data-action=\"{PetitionAction.CorrectPublication}\"");
        all.ShouldNotContain(codes[1]);
        all.ShouldNotContain(codes[2]);
        otherCategory.ShouldContain("Không có PAKN đã công khai nào phù hợp.");
        (await leader.GetAsync($"/feedback/{ids[2]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TextAsync(await leader.GetAsync("/feedback"))).ShouldContain("href=\"/feedback/published\"");
    }

    [Fact]
    public async Task A_leaders_correction_is_on_the_public_page_at_once_and_its_history_keeps_the_reason_and_the_replaced_answer()
    {
        var token = PublishedPetitions.Token();
        var codes = await factory.ArrangeAsync(new ArrangedPetition($"Phản ánh {token}", $"Trả lời cũ {token}") { Agency = DemoProvince.HomeAffairs, Unit = "LDVL" });
        var id = (await IdsAsync(codes))[0];
        var leader = await factory.ClientAsync("giamdoc");
        var wording = (await LoadAsync(factory, id)).Petition.PublishedWording!;

        await ActOkAsync(factory, leader, id, PetitionAction.CorrectPublication, new Dictionary<string, string>
        {
            ["Form.Summary"] = wording, ["Form.Answer"] = $"Trả lời đã sửa {token}", ["Form.Text"] = "Sửa lỗi đánh máy.",
        });

        var page = WebUtility.HtmlDecode(await _public.GetStringAsync("/phan-anh-kien-nghi/" + codes[0]));
        page.ShouldContain($"Trả lời đã sửa {token}");
        page.ShouldNotContain($"Trả lời cũ {token}");
        var (petition, events) = await LoadAsync(factory, id);
        petition.Answer.ShouldBe($"Trả lời cũ {token}");
        (events[^1].Action, events[^1].Comment, events[^1].PreviousAnswer, events[^1].ActorName).ShouldBe(
            (PetitionAction.CorrectPublication, "Sửa lỗi đánh máy.", $"Trả lời cũ {token}", "Hoàng Văn Em"));
    }

    [Fact]
    public async Task A_withdrawn_answer_leaves_every_public_read_but_not_the_statistics_and_publishing_it_again_restores_it()
    {
        var token = PublishedPetitions.Token();
        var codes = await factory.ArrangeAsync(new ArrangedPetition($"Phản ánh gỡ {token}", $"Trả lời nêu tên {token}")
        {
            Agency = DemoProvince.HomeAffairs, Unit = "LDVL", Procedure = Procedure,
        });
        var id = (await IdsAsync(codes))[0];
        var agency = await AgencyIdAsync(factory, DemoProvince.HomeAffairs);
        var count = await ProcedureCountAsync();
        var at = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var numbers = await CountsAsync(agency, at);

        await ActOkAsync(factory, await factory.ClientAsync("giamdoc"), id, PetitionAction.WithdrawPublication,
            new Dictionary<string, string> { ["Form.Text"] = "Trả lời nêu tên một cán bộ." });

        (await _public.GetAsync("/phan-anh-kien-nghi/" + codes[0])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _public.GetStringAsync($"/phan-anh-kien-nghi?q={token}")).ShouldNotContain(codes[0]);
        var open311 = WebUtility.HtmlDecode(await _public.GetStringAsync($"/open311/v2/requests/{codes[0]}.json"));
        open311.ShouldNotContain($"Trả lời nêu tên {token}");
        (await ProcedureCountAsync()).ShouldBe(count - 1);
        (await CountsAsync(agency, at)).ShouldBe(numbers);
        var (petition, events) = await LoadAsync(factory, id);
        (petition.Status, events[^1].Comment).ShouldBe((PetitionStatus.Published, "Trả lời nêu tên một cán bộ."));
        (await TextAsync(await (await factory.ClientAsync("giamdoc")).GetAsync($"/feedback/published?q={token}"))).ShouldContain("Đã gỡ công khai lúc");

        var control = await factory.ClientAsync(await factory.CreateOfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Kiểm soát công khai lại"));
        await ActOkAsync(factory, control, id, PetitionAction.Republish);

        WebUtility.HtmlDecode(await _public.GetStringAsync("/phan-anh-kien-nghi/" + codes[0])).ShouldContain($"Trả lời nêu tên {token}");
        WebUtility.HtmlDecode(await _public.GetStringAsync($"/open311/v2/requests/{codes[0]}.json")).ShouldContain($"Trả lời nêu tên {token}");
        (await ProcedureCountAsync()).ShouldBe(count);
        (await CountsAsync(agency, at)).ShouldBe(numbers);
    }

    [Fact]
    public async Task A_specialist_is_offered_neither_action_and_a_forged_withdrawal_is_refused_and_changes_nothing()
    {
        var token = PublishedPetitions.Token();
        var codes = await factory.ArrangeAsync(new ArrangedPetition($"Phản ánh {token}", "Trả lời.") { Agency = DemoProvince.HomeAffairs, Unit = "LDVL" });
        var id = (await IdsAsync(codes))[0];
        var specialist = await factory.ClientAsync("chuyenvien");

        (await TextAsync(await specialist.GetAsync($"/feedback/published?q={token}"))).ShouldNotContain("data-action=");
        (await TextAsync(await specialist.GetAsync($"/feedback/{id}"))).ShouldNotContain($"act-{PetitionAction.WithdrawPublication}");
        using var forged = await ActAsync(factory, specialist, id, PetitionAction.WithdrawPublication, new Dictionary<string, string> { ["Form.Text"] = "Thử." });

        forged.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextAsync(forged)).ShouldContain("Không thể thực hiện “Gỡ công khai”");

        (await LoadAsync(factory, id)).Petition.WithdrawnAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_form_shown_before_another_leader_acted_gets_the_changed_meanwhile_message_and_changes_nothing()
    {
        var codes = await factory.ArrangeAsync(new ArrangedPetition("Phản ánh đồng thời.", "Trả lời.") { Agency = DemoProvince.HomeAffairs, Unit = "LDVL" });
        var id = (await IdsAsync(codes))[0];
        var leader = await factory.ClientAsync("giamdoc");
        var shown = (await LoadAsync(factory, id)).Petition.Revision;
        await ActOkAsync(factory, leader, id, PetitionAction.CorrectPublication, new Dictionary<string, string>
        {
            ["Form.Answer"] = "Trả lời đã sửa.", ["Form.Text"] = "Sửa lỗi.",
        });

        using var stale = await ActAsync(factory, leader, id, PetitionAction.WithdrawPublication, new Dictionary<string, string> { ["Form.Text"] = "Gỡ." }, shown);

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextAsync(stale)).ShouldContain("PAKN vừa được người khác cập nhật. Hãy mở lại trang và thực hiện lại.");
        var (petition, events) = await LoadAsync(factory, id);
        (petition.WithdrawnAt, events[^1].Action).ShouldBe((null, PetitionAction.CorrectPublication));
    }

    [Theory]
    [InlineData("", "Nhập lý do gỡ công khai.")]
    [InlineData("   ", "Nhập lý do gỡ công khai.")]
    [InlineData("oversized", "Dài quá 8000 ký tự.")]
    public async Task A_withdrawal_without_a_usable_reason_is_refused_with_a_clear_message(string reason, string message)
    {
        var codes = await factory.ArrangeAsync(new ArrangedPetition("Phản ánh lý do.", "Trả lời.") { Agency = DemoProvince.HomeAffairs, Unit = "LDVL" });
        var id = (await IdsAsync(codes))[0];
        var text = reason == "oversized" ? new string('x', 8001) : reason;

        using var response = await ActAsync(factory, await factory.ClientAsync("giamdoc"), id, PetitionAction.WithdrawPublication, new Dictionary<string, string> { ["Form.Text"] = text });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextAsync(response)).ShouldContain(message);
        (await LoadAsync(factory, id)).Petition.WithdrawnAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_NUL_in_the_reason_is_refused_with_a_400_and_changes_nothing()
    {
        var codes = await factory.ArrangeAsync(new ArrangedPetition("Phản ánh NUL.", "Trả lời.") { Agency = DemoProvince.HomeAffairs, Unit = "LDVL" });
        var id = (await IdsAsync(codes))[0];

        using var response = await ActAsync(factory, await factory.ClientAsync("giamdoc"), id, PetitionAction.WithdrawPublication, new Dictionary<string, string> { ["Form.Text"] = "Gỡ\0 vì lý do." });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TextAsync(response)).ShouldContain("ký tự NUL");
        (await LoadAsync(factory, id)).Petition.WithdrawnAt.ShouldBeNull();
    }

    private async Task<List<Guid>> IdsAsync(IReadOnlyList<string> codes)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var ids = await db.Petitions.Where(p => codes.Contains(p.Code)).Select(p => new { p.Code, p.Id }).ToListAsync();
        return [.. codes.Select(c => ids.Single(i => i.Code == c).Id)];
    }

    private async Task<int> ProcedureCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IProcedurePetitions>().PublishedAnswerCountAsync(Procedure, CancellationToken.None);
    }

    /// <summary>The agency's 766 figures of the PAKN received around <paramref name="at"/>, judged at that instant, as a comparable tuple.</summary>
    private async Task<(int Received, int Answered, int Published, int OnTime, int Late, int Unsatisfied)> CountsAsync(Guid agency, DateTime at)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var c = await scope.ServiceProvider.GetRequiredService<PetitionStatistics>().CountsAsync([agency], at.AddDays(-1), at.AddDays(1), at, CancellationToken.None);
        return (c.Received, c.Answered, c.Published, c.OnTime, c.Late, c.Unsatisfied);
    }
}
