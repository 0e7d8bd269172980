using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>Tracking a PAKN (/tra-cuu-pakn), the sender's actions on it and the account's list (ADR-046 §2–§3).</summary>
public sealed class TrackPetitionTests(FeedbackPortalFactory factory) : IClassFixture<FeedbackPortalFactory>
{
    private const string Content = "Bộ phận một cửa yêu cầu nộp thêm giấy xác nhận tình trạng hôn nhân không có trong danh mục thành phần hồ sơ.";

    [Fact]
    public async Task The_code_alone_shows_the_status_and_deadline_and_the_right_digits_the_content_and_history_while_wrong_digits_read_as_not_found()
    {
        var guest = await factory.ClientAsync(null);
        var (_, code, _) = await guest.SendAsync(FeedbackPortalSteps.Form(Content));

        var alone = await guest.GetStringAsync("/tra-cuu-pakn?ma=" + code!.ToLowerInvariant());
        var right = await (await guest.SubmitFormAsync("/tra-cuu-pakn?ma=" + code, new Dictionary<string, string> { ["ma"] = code, ["so"] = "5678" })).Content.ReadAsStringAsync();
        var wrong = await (await guest.SubmitFormAsync("/tra-cuu-pakn?ma=" + code, new Dictionary<string, string> { ["ma"] = code, ["so"] = "0000" })).Content.ReadAsStringAsync();
        var unknown = await guest.GetStringAsync("/tra-cuu-pakn?ma=PAKN.20200101.9999");
        var unknownWithDigits = await (await guest.SubmitFormAsync("/tra-cuu-pakn?ma=" + code, new Dictionary<string, string> { ["ma"] = "PAKN.20200101.9999", ["so"] = "5678" }, "/tra-cuu-pakn")).Content.ReadAsStringAsync();
        var malformed = await guest.GetStringAsync("/tra-cuu-pakn?ma=%3Cscript%3E");

        alone.ShouldContain(code);
        alone.ShouldContain("Mới tiếp nhận");
        alone.ShouldContain("Văn phòng Ủy ban nhân dân tỉnh Sông Hồng");
        alone.ShouldContain("Trong hạn");
        alone.ShouldNotContain(Content);
        right.ShouldContain(Content);
        right.ShouldContain("<ol class=\"history\">");
        alone.ShouldNotContain("<ol class=\"history\">");
        wrong.ShouldContain("Không tìm thấy phản ánh, kiến nghị với mã và 4 chữ số đã nhập.");
        wrong.ShouldNotContain(Content);
        unknownWithDigits.ShouldContain("Không tìm thấy phản ánh, kiến nghị với mã và 4 chữ số đã nhập.");
        unknown.ShouldContain("Không tìm thấy phản ánh, kiến nghị với mã này.");
        malformed.ShouldContain("không đúng định dạng");
        foreach (var page in new[] { alone, right, wrong, unknown })
        {
            page.ShouldNotContain("Lê Văn Khải");
            page.ShouldNotContain("0912345678");
        }
    }

    [Fact]
    public async Task Another_citizen_sees_neither_the_petition_in_their_list_nor_its_personal_data_when_tracking_without_digits()
    {
        var owner = await factory.RegisterCitizenAsync("Đặng Thị Lan", "lan.dang.pakn@example.vn");
        var other = await factory.RegisterCitizenAsync("Hoàng Văn Nam", "nam.hoang.pakn@example.vn");
        var fields = FeedbackPortalSteps.Form(Content);
        fields["Input.SenderName"] = "Đặng Thị Lan";
        fields["Input.Email"] = "lan.dang.pakn@example.vn";
        var (_, code, _) = await owner.SendAsync(fields);

        var ownTracking = await owner.GetStringAsync("/tra-cuu-pakn?ma=" + code);
        var otherList = await other.GetStringAsync("/pakn-cua-toi");
        var otherTracking = await other.GetStringAsync("/tra-cuu-pakn?ma=" + code);

        ownTracking.ShouldContain(Content, customMessage: "the signed-in sender needs no digits");
        otherList.ShouldNotContain(code!);
        otherList.ShouldContain("Bạn chưa gửi phản ánh, kiến nghị nào.");
        otherTracking.ShouldContain(code!);
        foreach (var secret in new[] { Content, "Đặng Thị Lan", "lan.dang.pakn@example.vn", "0912345678" })
        {
            otherTracking.ShouldNotContain(secret);
            otherList.ShouldNotContain(secret);
        }
    }

    [Fact]
    public async Task The_senders_clarification_takes_the_petition_back_and_starts_a_new_processing_round()
    {
        var guest = await factory.ClientAsync(null);
        var (_, code, _) = await guest.SendAsync(FeedbackPortalSteps.Form(Content));
        await factory.StaffAsync(code!, new PetitionCommand(PetitionAction.Accept));
        await factory.StaffAsync(code!, new PetitionCommand(PetitionAction.RequestClarification) { Text = "Đề nghị cho biết tên bộ phận một cửa đã yêu cầu." });
        var asked = await (await guest.SubmitFormAsync("/tra-cuu-pakn?ma=" + code, new Dictionary<string, string> { ["ma"] = code!, ["so"] = "5678" })).Content.ReadAsStringAsync();

        var response = await guest.ActAsync(code!, PetitionAction.Clarify, "Bộ phận một cửa UBND xã An Bình.");

        asked.ShouldContain("Đề nghị cho biết tên bộ phận một cửa đã yêu cầu.");
        asked.ShouldContain("act-Clarify");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Đã gửi nội dung bổ sung");
        var stored = await LoadAsync(code!);
        stored.Status.ShouldBe(PetitionStatus.Received);
        stored.Events[^1].Action.ShouldBe(PetitionAction.Clarify);
        stored.Events[^1].ActorId.ShouldBeNull();
        stored.Deadlines.Where(d => d.Kind == PetitionDeadlineKind.Process).Select(d => d.Round).Max().ShouldBe(2);
        stored.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Process && d.IsRunning).Round.ShouldBe(2);
    }

    [Fact]
    public async Task The_sender_rates_the_answer_unsatisfied_reopens_it_once_within_the_window_and_cannot_reopen_again()
    {
        var guest = await factory.ClientAsync(null);
        var (_, code, _) = await guest.SendAsync(FeedbackPortalSteps.Form(Content));
        await factory.AnswerAsync(code!);

        var answered = await (await guest.SubmitFormAsync("/tra-cuu-pakn?ma=" + code, new Dictionary<string, string> { ["ma"] = code!, ["so"] = "5678" })).Content.ReadAsStringAsync();
        var rated = await guest.ActAsync(code!, PetitionAction.Rate, "Câu trả lời chưa nêu căn cứ.", satisfied: false);
        var reopened = await guest.ActAsync(code!, PetitionAction.Reopen, "Đề nghị nêu rõ văn bản cho phép.");
        var afterReopen = await LoadAsync(code!);
        await factory.AnswerAsync(code!, accept: false);
        var again = await guest.ActAsync(code!, PetitionAction.Reopen, "Vẫn chưa rõ.");

        answered.ShouldContain("Quy định hiện hành cho phép khai thác cơ sở dữ liệu hộ tịch thay cho bản sao.");
        answered.ShouldContain("act-Rate");
        answered.ShouldContain("act-Reopen");
        (await rated.Content.ReadAsStringAsync()).ShouldContain("Cảm ơn bạn đã đánh giá");
        (await reopened.Content.ReadAsStringAsync()).ShouldContain("Đã gửi yêu cầu xem xét lại");
        afterReopen.Satisfied.ShouldBe(false);
        afterReopen.Status.ShouldBe(PetitionStatus.Processing);
        afterReopen.ReopenedAt.ShouldNotBeNull();
        afterReopen.Deadlines.Count(d => d.Kind == PetitionDeadlineKind.Process && d.IsRunning).ShouldBe(1);
        afterReopen.Deadlines.Where(d => d.Kind == PetitionDeadlineKind.Process).Select(d => d.Round).Max().ShouldBe(2);
        var refused = await again.Content.ReadAsStringAsync();
        refused.ShouldNotContain("Đã gửi yêu cầu xem xét lại");
        refused.ShouldNotContain("act-Reopen");
        (await LoadAsync(code!)).Status.ShouldBe(PetitionStatus.AwaitingPublication);
    }

    [Fact]
    public async Task An_action_with_wrong_digits_changes_nothing()
    {
        var guest = await factory.ClientAsync(null);
        var (_, code, _) = await guest.SendAsync(FeedbackPortalSteps.Form(Content));
        await factory.AnswerAsync(code!);

        var html = await (await guest.ActAsync(code!, PetitionAction.Rate, null, satisfied: true, digits: "1111")).Content.ReadAsStringAsync();

        html.ShouldContain("Không tìm thấy phản ánh, kiến nghị với mã và 4 chữ số đã nhập.");
        (await LoadAsync(code!)).Satisfied.ShouldBeNull();
    }

    [Fact]
    public async Task A_merged_duplicates_sender_sees_the_original_and_its_answer_only_once_published_never_its_sender()
    {
        var guest = await factory.ClientAsync(null);
        var original = FeedbackPortalSteps.Form(Content);
        original["Input.SenderName"] = "Trịnh Gốc Bímật";
        original["Input.Phone"] = "0987 111 222";
        var (_, originalCode, _) = await guest.SendAsync(original);
        var owner = await factory.RegisterCitizenAsync("Ngô Thị Trùng", "ngo.trung.pakn@example.vn");
        var duplicate = FeedbackPortalSteps.Form(Content);
        duplicate["Input.SenderName"] = "Ngô Thị Trùng";
        duplicate["Input.Email"] = "ngo.trung.pakn@example.vn";
        var (_, code, _) = await owner.SendAsync(duplicate);
        await factory.StaffAsync(code!, new PetitionCommand(PetitionAction.Merge) { TargetCode = originalCode });

        var before = WebUtility.HtmlDecode(await owner.GetStringAsync("/tra-cuu-pakn?ma=" + code));
        var listBefore = WebUtility.HtmlDecode(await owner.GetStringAsync("/pakn-cua-toi"));
        await factory.AnswerAsync(originalCode!);
        var answeredOnly = WebUtility.HtmlDecode(await (await guest.SubmitFormAsync("/tra-cuu-pakn?ma=" + code, new Dictionary<string, string> { ["ma"] = code!, ["so"] = "5678" })).Content.ReadAsStringAsync());
        await factory.StaffAsync(originalCode!, new PetitionCommand(PetitionAction.Publish));
        var after = WebUtility.HtmlDecode(await (await guest.SubmitFormAsync("/tra-cuu-pakn?ma=" + code, new Dictionary<string, string> { ["ma"] = code!, ["so"] = "5678" })).Content.ReadAsStringAsync());
        var listAfter = WebUtility.HtmlDecode(await owner.GetStringAsync("/pakn-cua-toi"));

        before.ShouldContain($"id=\"merged-into\">{originalCode}</a>");
        before.ShouldContain("id=\"original-status\">Mới tiếp nhận</span>");
        listBefore.ShouldContain($"Đã gộp vào {originalCode}");
        listBefore.ShouldContain($"PAKN {originalCode}: Mới tiếp nhận");
        answeredOnly.ShouldContain("id=\"original-status\">PAKN chờ công khai</span>");
        answeredOnly.ShouldNotContain("id=\"original-answer\"");
        answeredOnly.ShouldNotContain("Quy định hiện hành cho phép khai thác cơ sở dữ liệu hộ tịch thay cho bản sao.");
        after.ShouldContain("id=\"original-answer\">Quy định hiện hành cho phép khai thác cơ sở dữ liệu hộ tịch thay cho bản sao.</div>");
        after.ShouldContain("id=\"original-wording\">Hỏi về giấy tờ khi đăng ký kết hôn.</div>");
        listAfter.ShouldContain($"Đã công khai trả lời (PAKN {originalCode})");
        foreach (var page in new[] { before, answeredOnly, after, listAfter })
        {
            page.ShouldNotContain("Trịnh Gốc Bímật");
            page.ShouldNotContain("0987111222");
        }
    }

    private async Task<Petition> LoadAsync(string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Petitions.AsNoTracking().Include(p => p.Events).Include(p => p.Deadlines).SingleAsync(p => p.Code == code);
    }
}
