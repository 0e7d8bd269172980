using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Time;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>Sending a PAKN through /gui-pakn, without an account and signed in (ADR-046 §1–§3).</summary>
public sealed class SendPetitionTests(FeedbackPortalFactory factory) : IClassFixture<FeedbackPortalFactory>
{
    [Fact]
    public async Task A_guest_gets_a_receipt_with_the_days_code_and_the_petition_is_stored_on_channel_PortalGuest_with_its_history_and_deadlines()
    {
        var guest = await factory.ClientAsync(null);

        var (_, code, receipt) = await guest.SendAsync(FeedbackPortalSteps.Form());

        code.ShouldNotBeNull();
        var today = factory.HostToday().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        code.ShouldStartWith("PAKN." + today + ".");
        receipt.ShouldContain("5678");
        receipt.ShouldContain("/tra-cuu-pakn?ma=" + code);
        receipt.ShouldContain("Văn phòng Ủy ban nhân dân tỉnh Sông Hồng");
        receipt.ShouldContain("Hạn xử lý");
        await using var scope = factory.CreateDbScope(out var db);
        var stored = await db.Petitions.AsNoTracking().Include(p => p.Events).Include(p => p.Deadlines).SingleAsync(p => p.Code == code);
        stored.Channel.ShouldBe(PetitionChannel.PortalGuest);
        stored.SenderUserId.ShouldBeNull();
        stored.Status.ShouldBe(PetitionStatus.New);
        stored.ProcedureCode.ShouldBe("1.001193");
        stored.SenderPhone.ShouldBe("0912345678");
        stored.CheckDigits.ShouldBe("5678");
        stored.Events.Select(e => e.Action).ShouldBe([PetitionAction.Submit]);
        stored.Deadlines.ShouldContain(d => d.Kind == PetitionDeadlineKind.Process && d.IsRunning);
        stored.DueAt.ShouldNotBeNull();
        receipt.ShouldContain(VietnamTime.Format(stored.DueAt!.Value));
    }

    [Fact]
    public async Task Two_petitions_sent_the_same_day_get_consecutive_numbers()
    {
        var guest = await factory.ClientAsync(null);

        var (_, first, _) = await guest.SendAsync(FeedbackPortalSteps.Form("Thời gian cấp phiếu lý lịch tư pháp quá dài so với quy định hiện hành."));
        var (_, second, _) = await guest.SendAsync(FeedbackPortalSteps.Form("Đề nghị bỏ yêu cầu nộp bản sao giấy tờ đã có trong cơ sở dữ liệu quốc gia."));

        PetitionCode.TryParse(first, out var a).ShouldBeTrue();
        PetitionCode.TryParse(second, out var b).ShouldBeTrue();
        b.Date.ShouldBe(a.Date);
        b.Sequence.ShouldBe(a.Sequence + 1);
    }

    [Fact]
    public async Task A_signed_in_citizen_sends_on_channel_Portal_with_the_account_filled_in_and_is_told_in_the_portal_and_by_mail()
    {
        var citizen = await factory.RegisterCitizenAsync("Phạm Thu Hà", "ha.pham.pakn@example.vn");
        var form = await citizen.GetStringAsync("/gui-pakn?ma=1.001193");
        form.ShouldContain("value=\"Phạm Thu Hà\"");
        form.ShouldContain("value=\"ha.pham.pakn@example.vn\"");
        form.ShouldContain("value=\"1.001193\"");
        var fields = FeedbackPortalSteps.Form();
        fields["Input.SenderName"] = "Phạm Thu Hà";
        fields["Input.Email"] = "ha.pham.pakn@example.vn";
        fields.Remove("Input.Phone");

        var (_, code, receipt) = await citizen.SendAsync(fields);

        code.ShouldNotBeNull();
        receipt.ShouldContain("chỉ được in ở phiếu này");
        await using var scope = factory.CreateDbScope(out var db);
        var stored = await db.Petitions.AsNoTracking().SingleAsync(p => p.Code == code);
        stored.Channel.ShouldBe(PetitionChannel.Portal);
        stored.SenderUserId.ShouldNotBeNull();
        receipt.ShouldContain(stored.CheckDigits);
        (await db.CitizenNotifications.CountAsync(n => n.UserId == stored.SenderUserId && n.Link == "/tra-cuu-pakn?ma=" + code)).ShouldBe(1);
        (await db.OutboxMessages.CountAsync(m => m.Reference == code && m.Recipient == "ha.pham.pakn@example.vn")).ShouldBe(1);
        (await citizen.GetStringAsync("/pakn-cua-toi")).ShouldContain(code);
    }

    [Fact]
    public async Task A_citizen_is_shown_their_own_open_petition_about_the_same_procedure_before_sending_another()
    {
        var citizen = await factory.RegisterCitizenAsync("Ngô Minh Tuấn", "tuan.ngo.pakn@example.vn");
        var fields = FeedbackPortalSteps.Form();
        fields["Input.Email"] = "tuan.ngo.pakn@example.vn";
        var (_, first, _) = await citizen.SendAsync(fields);
        await using var scope = factory.CreateDbScope(out var db);
        var before = await db.Petitions.CountAsync();

        (await citizen.GetStringAsync("/gui-pakn?ma=1.001193")).ShouldContain(first!);
        var (hinted, none, page) = await citizen.SendAsync(fields);
        var after = await db.Petitions.CountAsync();
        fields["DuplicatesShown"] = "true";
        var (_, second, _) = await citizen.SendAsync(fields);

        hinted.StatusCode.ShouldBe(HttpStatusCode.OK);
        none.ShouldBeNull();
        page.ShouldContain("Bạn đang có phản ánh, kiến nghị tương tự chưa được trả lời");
        page.ShouldContain(first!);
        after.ShouldBe(before);
        second.ShouldNotBeNull();
        second.ShouldNotBe(first);
    }

    [Fact]
    public async Task A_citizen_acting_for_an_organisation_gets_the_form_filled_in_with_it_and_sends_as_that_organisation()
    {
        var citizen = await factory.RegisterCitizenAsync("Vương Đình Huệ", "hue.vuong.pakn@example.vn");
        var organisationId = Guid.NewGuid();
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var userId = await db.Users.Where(u => u.Email == "hue.vuong.pakn@example.vn").Select(u => u.Id).SingleAsync();
            db.CitizenOrganisations.Add(new() { Id = organisationId, Name = "Công ty TNHH Sông Hồng Xanh", TaxCode = "0109876543", Address = "12 Lý Thường Kiệt", CreatedAt = factory.HostUtcNow() });
            db.OrganisationMembers.Add(new() { OrganisationId = organisationId, UserId = userId, IsManager = true, JoinedAt = factory.HostUtcNow() });
            await db.SaveChangesAsync();
        }

        var plain = await citizen.GetStringAsync("/gui-pakn");
        var form = await citizen.GetStringAsync("/gui-pakn?to-chuc=" + organisationId);
        var fields = FeedbackPortalSteps.Form();
        fields["Input.SenderKind"] = nameof(SenderKind.Organisation);
        fields["Input.SenderName"] = "Công ty TNHH Sông Hồng Xanh";
        fields["Input.SenderTaxCode"] = "0109876543";
        var (_, code, _) = await citizen.SendAsync(fields);

        plain.ShouldContain("?to-chuc=" + organisationId);
        plain.ShouldContain("value=\"Vương Đình Huệ\"");
        form.ShouldContain("value=\"Công ty TNHH Sông Hồng Xanh\"");
        form.ShouldContain("value=\"0109876543\"");
        form.ShouldContain("value=\"Organisation\" checked=\"checked\"");
        await using var check = factory.CreateDbScope(out var stored);
        var petition = await stored.Petitions.AsNoTracking().SingleAsync(p => p.Code == code);
        petition.SenderKind.ShouldBe(SenderKind.Organisation);
        petition.SenderTaxCode.ShouldBe("0109876543");
        petition.Channel.ShouldBe(PetitionChannel.Portal);
    }

    public static TheoryData<string, string, string> BadForms => new()
    {
        { "empty", "", "Chọn nội dung phản ánh, kiến nghị." },
        { "content over the limit", "Input.Content=" + new string('a', 8001), "Nội dung dài quá 8000 ký tự." },
        { "no contact", "Input.Phone=", "Nhập ít nhất một thông tin liên hệ" },
        { "bad phone", "Input.Phone=12345", "Số điện thoại gồm số 0" },
        { "unknown procedure", "Input.ProcedureCode=9.999999", "Không có thủ tục hành chính đang có hiệu lực mang mã" },
    };

    [Theory]
    [MemberData(nameof(BadForms))]
    public async Task A_bad_form_is_shown_again_with_a_Vietnamese_message_and_nothing_is_stored(string _, string change, string message)
    {
        var guest = await factory.ClientAsync(null);
        var fields = change == "" ? [] : FeedbackPortalSteps.Form();
        if (change != "")
        {
            var (key, value) = (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]);
            fields[key] = value;
        }

        var before = await CountAsync();
        var (response, code, html) = await guest.SendAsync(fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        code.ShouldBeNull();
        html.ShouldContain(message);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_NUL_character_is_refused_with_a_Vietnamese_message_and_nothing_is_stored()
    {
        var guest = await factory.ClientAsync(null);
        var fields = FeedbackPortalSteps.Form("Nội dung\0 có ký tự NUL");
        var before = await CountAsync();

        var (response, _, html) = await guest.SendAsync(fields);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("ký tự NUL");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Six_files_when_five_are_allowed_are_refused_and_none_is_kept()
    {
        var files = Enumerable.Range(1, 6).Select(i => RawMultipart.File("Files", $"tep-{i}.pdf", Pdf)).ToArray();

        var html = await PostMultipartAsync(files);

        html.ShouldContain("Đính kèm tối đa 5 tệp.");
    }

    [Fact]
    public async Task A_program_renamed_to_pdf_is_refused_by_its_content_and_no_file_is_left_in_the_store()
    {
        byte[] program = [.. "MZ"u8, .. new byte[200]];

        var html = await PostMultipartAsync(RawMultipart.File("Files", "to-trinh.pdf", Pdf), RawMultipart.File("Files", "giay-to.pdf", program));

        html.ShouldContain("không phải PDF, JPEG hoặc PNG");
    }

    [Fact]
    public async Task A_petition_with_two_files_keeps_both()
    {
        var guest = await factory.ClientAsync(null);
        var page = await guest.GetStringAsync("/gui-pakn");
        var parts = Fields(SignIn.AntiforgeryToken(page)).Append(RawMultipart.File("Files", "a.pdf", Pdf)).Append(RawMultipart.File("Files", "b.pdf", Pdf)).ToArray();

        var response = await guest.PostAsync("/gui-pakn", RawMultipart.Create(parts));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var receipt = await guest.GetStringAsync("/gui-pakn/bien-nhan");
        var code = FeedbackPortalSteps.CodePattern().Match(receipt).Value;
        await using var scope = factory.CreateDbScope(out var db);
        var id = await db.Petitions.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
        (await db.PetitionAttachments.CountAsync(a => a.PetitionId == id)).ShouldBe(2);
    }

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private async Task<string> PostMultipartAsync(params (string Name, string? FileName, byte[] Content)[] files)
    {
        var guest = await factory.ClientAsync(null);
        var page = await guest.GetStringAsync("/gui-pakn");
        var before = await CountAsync();
        var filesBefore = factory.StoredFiles();

        var response = await guest.PostAsync("/gui-pakn", RawMultipart.Create([.. Fields(SignIn.AntiforgeryToken(page)), .. files]));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountAsync()).ShouldBe(before);
        factory.StoredFiles().ShouldBe(filesBefore, ignoreOrder: true, "a refused petition leaves no file in the store");
        return await response.Content.ReadAsStringAsync();
    }

    private static IEnumerable<(string Name, string? FileName, byte[] Content)> Fields(string token) =>
        FeedbackPortalSteps.Form().Select(f => RawMultipart.Field(f.Key, f.Value)).Append(RawMultipart.Field("__RequestVerificationToken", token));

    private async Task<int> CountAsync()
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Petitions.CountAsync();
    }
}
