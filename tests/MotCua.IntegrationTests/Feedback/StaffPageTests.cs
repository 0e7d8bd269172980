using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Calendar;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Feedback.FeedbackStaffArrange;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>
/// The staff pages of Feedback on the demo province with a stopped clock: the inbox, the PAKN page's actions through the
/// whole flow, refusal, transfer, the agency boundary, refused actions and stale forms, and the desk transcription.
/// </summary>
public sealed partial class StaffPageTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_petition_goes_from_the_book_to_its_published_answer_through_the_staff_pages()
    {
        var control = await factory.ClientAsync(await factory.CreateOfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Kiểm soát Sở Nội vụ"));
        var (id, _) = await SubmitAsync(factory, DemoProvince.HomeAffairs, "Người gửi luồng đầy đủ");

        await ActOkAsync(factory, control, id, PetitionAction.Accept);
        await ActOkAsync(factory, control, id, PetitionAction.Assign, new Dictionary<string, string>
        {
            ["Form.UnitId"] = (await UnitIdAsync(factory, DemoProvince.HomeAffairs, "LDVL")).ToString(),
            ["Form.AssigneeId"] = (await UserIdAsync(factory, "chuyenvien")).ToString(),
        });
        var specialist = await factory.ClientAsync("chuyenvien");
        (await TextAsync(await specialist.GetAsync("/feedback?mine=true&status=Processing"))).ShouldContain($"/feedback/{id}\"");
        await ActOkAsync(factory, specialist, id, PetitionAction.Classify, new Dictionary<string, string> { ["Form.Grounds"] = "Sufficient" });
        await ActOkAsync(factory, specialist, id, PetitionAction.DraftAnswer, new Dictionary<string, string>
        {
            ["Form.Answer"] = "Quy định hiện hành đã bỏ yêu cầu bản sao chứng thực.", ["Form.Summary"] = "Phản ánh về yêu cầu bản sao chứng thực.",
            ["Form.Outcome"] = "ExplainExistingRule",
        });
        await ActOkAsync(factory, await factory.ClientAsync("giamdoc"), id, PetitionAction.ApproveAnswer);
        (await LoadAsync(factory, id)).Petition.Status.ShouldBe(PetitionStatus.AwaitingPublication);
        await ActOkAsync(factory, control, id, PetitionAction.Publish);

        var (petition, events) = await LoadAsync(factory, id);
        petition.Status.ShouldBe(PetitionStatus.Published);
        petition.AssigneeName.ShouldBe("Lê Văn Cường");
        petition.Answer.ShouldBe("Quy định hiện hành đã bỏ yêu cầu bản sao chứng thực.");
        petition.PublicSummary.ShouldBe("Phản ánh về yêu cầu bản sao chứng thực.");
        events.Select(e => e.Action).ShouldBe([
            PetitionAction.Submit, PetitionAction.Accept, PetitionAction.Assign, PetitionAction.Classify, PetitionAction.DraftAnswer,
            PetitionAction.ApproveAnswer, PetitionAction.Publish]);
        events[^1].ActorName.ShouldBe("Kiểm soát Sở Nội vụ");
        petition.Deadlines.ShouldAllBe(d => !d.IsRunning);
        petition.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Process).Class.ShouldBe(OnTimeClass.Early);
        petition.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Publish).Class.ShouldNotBeNull();
        petition.DueAt.ShouldBeNull();

        var page = await TextAsync(await control.GetAsync($"/feedback/{id}"));
        page.ShouldContain("PAKN đã công khai");
        page.ShouldContain("Quy định hiện hành đã bỏ yêu cầu bản sao chứng thực.");
        page.ShouldContain("Bạn không có thao tác nào với PAKN này lúc này.");
    }

    [Fact]
    public async Task The_page_lists_likely_duplicates_and_a_duplicate_merges_into_its_original()
    {
        var control = await factory.ClientAsync(await factory.CreateOfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Kiểm soát gộp"));
        var (original, originalCode) = await SubmitAsync(factory, DemoProvince.HomeAffairs, "Người gửi lần đầu", PetitionCategory.Initiative, phone: "0933111222");
        var (duplicate, _) = await SubmitAsync(factory, DemoProvince.HomeAffairs, "Người gửi lần hai", PetitionCategory.Unlawful, phone: "0933111222");

        var page = await TextAsync(await control.GetAsync($"/feedback/{duplicate}"));
        page.ShouldContain("PAKN có thể trùng");
        page.ShouldContain($"<a href=\"/feedback/{original}\" class=\"code\">{originalCode}</a>");
        await ActOkAsync(factory, control, duplicate, PetitionAction.Merge, new Dictionary<string, string> { ["Form.TargetCode"] = originalCode });

        var (petition, events) = await LoadAsync(factory, duplicate);
        petition.Status.ShouldBe(PetitionStatus.Merged);
        petition.MergedIntoId.ShouldBe(original);
        events[^1].Action.ShouldBe(PetitionAction.Merge);
        (await LoadAsync(factory, original)).Petition.Status.ShouldBe(PetitionStatus.New);
    }

    [Fact]
    public async Task A_refusal_needs_its_reason_and_closes_the_petition_with_it()
    {
        var control = await factory.ClientAsync(await factory.CreateOfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Kiểm soát từ chối"));
        var (id, _) = await SubmitAsync(factory, DemoProvince.HomeAffairs, "Người gửi bị từ chối");

        using (var missing = await ActAsync(factory, control, id, PetitionAction.Refuse))
        {
            missing.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await TextAsync(missing)).ShouldContain("Chọn lý do từ chối tiếp nhận");
        }

        (await LoadAsync(factory, id)).Petition.Status.ShouldBe(PetitionStatus.New);
        await ActOkAsync(factory, control, id, PetitionAction.Refuse, new Dictionary<string, string>
        {
            ["Form.Reason"] = "NotAboutAdministrativeRegulation", ["Form.Text"] = "Nội dung không phải quy định hành chính.",
        });

        var (petition, events) = await LoadAsync(factory, id);
        petition.Status.ShouldBe(PetitionStatus.Refused);
        petition.RefusalReason.ShouldBe(RefusalReason.NotAboutAdministrativeRegulation);
        events[^1].Action.ShouldBe(PetitionAction.Refuse);
        petition.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Refuse).Class.ShouldNotBeNull();
        petition.Deadlines.ShouldAllBe(d => !d.IsRunning);
    }

    [Fact]
    public async Task A_transfer_restarts_the_clock_on_the_new_agencys_calendar_and_takes_the_petition_out_of_the_old_agencys_reach()
    {
        var control = await factory.ClientAsync(await factory.CreateOfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Kiểm soát chuyển"));
        var (id, _) = await SubmitAsync(factory, DemoProvince.HomeAffairs, "Người gửi được chuyển");
        var homeAffairs = await AgencyIdAsync(factory, DemoProvince.HomeAffairs);
        var justice = await AgencyIdAsync(factory, DemoProvince.Justice);
        factory.Clock.Advance(TimeSpan.FromHours(1));

        await ActOkAsync(factory, control, id, PetitionAction.Transfer, new Dictionary<string, string> { ["Form.AgencyId"] = justice.ToString() });

        var (petition, events) = await LoadAsync(factory, id);
        petition.Status.ShouldBe(PetitionStatus.New);
        petition.AgencyId.ShouldBe(justice);
        petition.TransferredFromAgencyId.ShouldBe(homeAffairs);
        events[^1].Action.ShouldBe(PetitionAction.Transfer);
        var rounds = petition.Deadlines.Where(d => d.Kind == PetitionDeadlineKind.Process).OrderBy(d => d.Round).ToList();
        rounds.Count.ShouldBe(2);
        rounds[0].AgencyId.ShouldBe(homeAffairs);
        rounds[0].IsRunning.ShouldBeFalse();
        rounds[1].AgencyId.ShouldBe(justice);
        rounds[1].IsRunning.ShouldBeTrue();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        rounds[1].StartAt.ShouldBe(now);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var clock = await scope.ServiceProvider.GetRequiredService<PetitionClocks>().ForAsync(justice, CancellationToken.None);
            rounds[1].DueAt.ShouldBe(clock.DueAfter(now, clock.Limits.ProcessWithinDays));
        }

        petition.DueAt.ShouldBe(rounds[1].DueAt);
        (await control.GetAsync($"/feedback/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Returns_walk_back_the_chain_of_transfers_each_with_its_reason_and_a_new_clock_where_it_arrives()
    {
        var homeAffairs = await AgencyIdAsync(factory, DemoProvince.HomeAffairs);
        var justice = await AgencyIdAsync(factory, DemoProvince.Justice);
        var education = await AgencyIdAsync(factory, DemoProvince.Education);
        var first = await factory.ClientAsync(await factory.CreateOfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Kiểm soát Sở Nội vụ"));
        var second = await factory.ClientAsync(await factory.CreateOfficerAsync(DemoProvince.Justice, null, Roles.ControlOfficer, "Kiểm soát Sở Tư pháp"));
        var third = await factory.ClientAsync(await factory.CreateOfficerAsync(DemoProvince.Education, null, Roles.ControlOfficer, "Kiểm soát Sở GD&ĐT"));
        var (id, _) = await SubmitAsync(factory, DemoProvince.HomeAffairs, "Người gửi được trả lại");
        await ActOkAsync(factory, first, id, PetitionAction.Transfer, new Dictionary<string, string> { ["Form.AgencyId"] = justice.ToString() });
        await ActOkAsync(factory, second, id, PetitionAction.Transfer, new Dictionary<string, string> { ["Form.AgencyId"] = education.ToString() });
        factory.Clock.Advance(TimeSpan.FromHours(1));

        await ActOkAsync(factory, third, id, PetitionAction.ReturnUp, new Dictionary<string, string> { ["Form.Text"] = "Không thuộc thẩm quyền Sở GD&ĐT." });

        await ShouldBeReceivedWithANewClockAsync(id, justice);
        (await second.GetStringAsync($"/feedback/{id}")).ShouldContain("value=\"ReturnUp\"");
        factory.Clock.Advance(TimeSpan.FromHours(1));

        await ActOkAsync(factory, second, id, PetitionAction.ReturnUp, new Dictionary<string, string> { ["Form.Text"] = "Không thuộc thẩm quyền Sở Tư pháp." });

        var (petition, events) = await ShouldBeReceivedWithANewClockAsync(id, homeAffairs);
        petition.TransferredFromAgencyId.ShouldBeNull();
        events.Where(e => e.Action == PetitionAction.ReturnUp).Select(e => (e.AgencyId, e.Comment)).ShouldBe(
            [(justice, "Không thuộc thẩm quyền Sở GD&ĐT."), (homeAffairs, "Không thuộc thẩm quyền Sở Tư pháp.")]);
        (await first.GetStringAsync($"/feedback/{id}")).ShouldNotContain("value=\"ReturnUp\"");
    }

    /// <summary>The PAKN is received at <paramref name="agencyId"/> with one processing round running there, started now on that agency's calendar.</summary>
    private async Task<(Petition Petition, List<PetitionEvent> Events)> ShouldBeReceivedWithANewClockAsync(Guid id, Guid agencyId)
    {
        var loaded = await LoadAsync(factory, id);
        (loaded.Petition.Status, loaded.Petition.AgencyId).ShouldBe((PetitionStatus.Received, agencyId));
        var round = loaded.Petition.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Process && d.IsRunning);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await using var scope = factory.Services.CreateAsyncScope();
        var clock = await scope.ServiceProvider.GetRequiredService<PetitionClocks>().ForAsync(agencyId, CancellationToken.None);
        (round.AgencyId, round.StartAt, round.DueAt).ShouldBe((agencyId, now, clock.DueAfter(now, clock.Limits.ProcessWithinDays)));
        return loaded;
    }

    [Fact]
    public async Task Another_agencys_staff_get_not_found_for_the_petition_and_its_files_and_cannot_act_while_province_officers_only_read()
    {
        var desk = await factory.ClientAsync("motcua");
        var name = "Người gửi có tệp " + Guid.NewGuid().ToString("N")[..6];
        using var sent = await PostDeskAsync(desk, name, "Letter", ("to-trinh.pdf", Pdf));
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Guid id;
        Guid fileId;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            id = await db.Petitions.Where(p => p.SenderName == name).Select(p => p.Id).SingleAsync();
            fileId = await db.PetitionAttachments.Where(a => a.PetitionId == id).Select(a => a.Id).SingleAsync();
        }

        var outsider = await factory.ClientAsync("chuyenvien");
        (await outsider.GetAsync($"/feedback/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/feedback/{id}/attachments/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var token = SignIn.AntiforgeryToken(await outsider.GetStringAsync("/feedback"));
        using (var post = await outsider.PostAsync($"/feedback/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["Form.Action"] = "Accept", ["Form.Revision"] = (await LoadAsync(factory, id)).Petition.Revision.ToString(), ["__RequestVerificationToken"] = token,
               })))
        {
            post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await LoadAsync(factory, id)).Events.Count.ShouldBe(1);

        var province = await factory.ClientAsync("vanphong");
        var page = await TextAsync(await province.GetAsync($"/feedback/{id}"));
        page.ShouldContain(name);
        page.ShouldContain("Bạn không có thao tác nào với PAKN này lúc này.");
        page.ShouldNotContain("name=\"Form.Action\"");
        using var file = await province.GetAsync($"/feedback/{id}/attachments/{fileId}");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await file.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
    }

    [Fact]
    public async Task An_action_the_officer_may_not_take_is_refused_with_its_reason_and_changes_nothing()
    {
        var (id, _) = await SubmitAsync(factory, DemoProvince.HomeAffairs, "Người gửi thao tác sai");

        using var response = await ActAsync(factory, await factory.ClientAsync("chuyenvien"), id, PetitionAction.Accept);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextAsync(response)).ShouldContain("Không thể thực hiện “Tiếp nhận vào sổ” khi PAKN đang ở trạng thái “Mới tiếp nhận”");
        var (petition, events) = await LoadAsync(factory, id);
        petition.Status.ShouldBe(PetitionStatus.New);
        events.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_form_shown_before_someone_else_acted_is_refused_with_the_changed_meanwhile_message()
    {
        var control = await factory.ClientAsync(await factory.CreateOfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Kiểm soát đồng thời"));
        var (id, _) = await SubmitAsync(factory, DemoProvince.HomeAffairs, "Người gửi đồng thời");
        var shown = RevisionPattern().Match(await control.GetStringAsync($"/feedback/{id}")).Groups[1].Value;
        await ActOkAsync(factory, control, id, PetitionAction.Accept);

        using var stale = await ActAsync(factory, control, id, PetitionAction.Refuse, new Dictionary<string, string>
        {
            ["Form.Reason"] = "Other", ["Form.Text"] = "Trùng lặp.",
        }, Guid.Parse(shown));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextAsync(stale)).ShouldContain("PAKN vừa được người khác cập nhật. Hãy mở lại trang và thực hiện lại.");
        var (petition, events) = await LoadAsync(factory, id);
        petition.Status.ShouldBe(PetitionStatus.Received);
        events.Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_desk_refuses_a_program_disguised_as_a_pdf_in_vietnamese_and_stores_nothing_then_receipts_a_letter()
    {
        var desk = await factory.ClientAsync("motcua");
        var name = "Người gửi thư " + Guid.NewGuid().ToString("N")[..6];
        byte[] program = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

        using (var refused = await PostDeskAsync(desk, name, "Letter", ("don-thu.pdf", program)))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await TextAsync(refused)).ShouldContain("Tệp “don-thu.pdf” không phải PDF, JPEG hoặc PNG");
        }

        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.Petitions.CountAsync(p => p.SenderName == name)).ShouldBe(0);
        }

        using var sent = await PostDeskAsync(desk, name, "Phone");
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var receipt = await TextAsync(await desk.GetAsync(sent.Headers.Location!));
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var petition = await db.Petitions.SingleAsync(p => p.SenderName == name);
            petition.Channel.ShouldBe(PetitionChannel.Phone);
            petition.ReceivingAgencyId.ShouldBe(await AgencyIdAsync(factory, DemoProvince.ServiceCentre));
            receipt.ShouldContain(petition.Code);
            receipt.ShouldContain(VietnamTimeFormat(petition.DueAt!.Value));
        }

        receipt.ShouldContain("5678");
        receipt.ShouldContain("data-print");
    }

    [Fact]
    public async Task The_inbox_counts_filters_and_pages_the_agencys_petitions()
    {
        var leader = await factory.ClientAsync(await factory.CreateOfficerAsync(DemoProvince.Education, null, Roles.AgencyLeader, "Giám đốc Sở Giáo dục"));
        var token = "Hopthu" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 27; i++)
        {
            await SubmitAsync(factory, DemoProvince.Education, $"{token} {i}", i % 3 == 0 ? PetitionCategory.Unfit : PetitionCategory.Delay,
                i % 2 == 0 ? PetitionChannel.Phone : PetitionChannel.Email);
        }

        // A text search is not counted (ADR-048): the first page says which PAKN it shows and links the next; the last page knows the total.
        var first = await TextAsync(await leader.GetAsync("/feedback?q=" + token.ToLowerInvariant()));
        first.ShouldContain("<p class=\"muted\">PAKN 1–25 (tìm theo từ khóa");
        first.ShouldContain($"href=\"/feedback?q={token.ToLowerInvariant()}&page=2\" rel=\"next\"");
        Rows(first).ShouldBe(25);
        first.ShouldContain("<strong>27</strong> mới tiếp nhận");
        first.ShouldContain("aria-label=\"27 PAKN mới tiếp nhận\"");
        first.ShouldContain("Trong hạn");
        var last = await TextAsync(await leader.GetAsync($"/feedback?q={token}&page=2"));
        Rows(last).ShouldBe(2);
        last.ShouldContain("<p class=\"muted\">27 PAKN</p>");
        last.ShouldNotContain("rel=\"next\"");
        Rows(await TextAsync(await leader.GetAsync($"/feedback?q={token}&page=3"))).ShouldBe(0);
        (await TextAsync(await leader.GetAsync($"/feedback?q={token}&category=Unfit"))).ShouldContain("<p class=\"muted\">9 PAKN</p>");
        (await TextAsync(await leader.GetAsync($"/feedback?q={token}&channel=Phone&sort=due"))).ShouldContain("14 PAKN");
        (await TextAsync(await leader.GetAsync($"/feedback?q={token}&status=Received"))).ShouldContain("0 PAKN");
        (await TextAsync(await leader.GetAsync($"/feedback?q={token}&mine=true"))).ShouldContain("0 PAKN");
        (await TextAsync(await leader.GetAsync($"/feedback?q={token}&from=2026-12-08"))).ShouldContain("0 PAKN");
        (await TextAsync(await leader.GetAsync($"/feedback?q={token}&from=2026-12-07&to=2026-12-07"))).ShouldContain("27 PAKN");
        (await TextAsync(await leader.GetAsync($"/feedback?q={token}&from=07/12/2026&status=9"))).ShouldContain("Khoảng ngày không hợp lệ");
        (await TextAsync(await (await factory.ClientAsync("giamdoc")).GetAsync($"/feedback?q={token}"))).ShouldContain("0 PAKN");
    }

    private async Task<HttpResponseMessage> PostDeskAsync(HttpClient desk, string name, string channel, params (string FileName, byte[] Content)[] files)
    {
        var token = SignIn.AntiforgeryToken(await desk.GetStringAsync("/feedback/desk"));
        var parts = new List<(string Name, string? FileName, byte[] Content)>
        {
            RawMultipart.Field("__RequestVerificationToken", token),
            RawMultipart.Field("channel", channel),
            RawMultipart.Field("Input.Category", "Unfit"),
            RawMultipart.Field("Input.Content", "Quy định về giấy tờ không phù hợp thực tế."),
            RawMultipart.Field("Input.SenderKind", "Person"),
            RawMultipart.Field("Input.SenderName", name),
            RawMultipart.Field("Input.Phone", "0987 005 678"),
        };
        parts.AddRange(files.Select(f => RawMultipart.File("files", f.FileName, f.Content)));
        return await desk.PostAsync("/feedback/desk", RawMultipart.Create([.. parts]));
    }

    private static string VietnamTimeFormat(DateTime utc) => MotCua.Common.Time.VietnamTime.Format(utc);

    private static int Rows(string html) => RowPattern().Count(html);

    [GeneratedRegex("<td class=\"code\"><a href=\"/feedback/")]
    private static partial Regex RowPattern();

    [GeneratedRegex("name=\"Form.Revision\" value=\"([^\"]+)\"")]
    private static partial Regex RevisionPattern();
}
