using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Portal.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Portal.OnlineArrange;

namespace MotCua.IntegrationTests.Portal;

[Collection(SharedHosts.Online)]
public sealed class OnlineSubmissionTests(MotCuaFactory factory)
{
    [Fact]
    public async Task A_citizen_submits_online_the_service_centre_desk_accepts_and_the_citizen_follows_it()
    {
        var email = $"an.{Guid.NewGuid():N}@example.vn";
        var citizen = await factory.RegisterCitizenAsync("Nguyễn Văn An", email);

        var id = await SubmitGraveVisitAsync(citizen);

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == id);
            dossier.Status.ShouldBe(DossierStatus.Submitted);
            dossier.Channel.ShouldBe(SubmissionChannel.Online);
            dossier.Code.ShouldBeNull();
            var centre = await db.Agencies.SingleAsync(a => a.Code == DemoProvince.ServiceCentre);
            dossier.AgencyId.ShouldBe(centre.Id, "Sở Nội vụ's online dossiers are received by the provincial service centre");
            dossier.Components.ShouldAllBe(c => c.Provided && c.Digitised);
            dossier.EFormValues!.ShouldContain("Nguyễn Văn Bảy");
            (await db.DossierAttachments.CountAsync(a => a.DossierId == id)).ShouldBe(2);
            (await db.OnlineApplications.SingleAsync(a => a.DossierId == id)).Status.ShouldBe(ApplicationStatus.Submitted);
        }

        var mine = await citizen.GetStringAsync($"/ho-so-cua-toi/{id}");
        mine.ShouldContain("Chờ tiếp nhận", Case.Insensitive);

        var desk = await factory.ClientAsync("motcua");
        var queue = await desk.GetStringAsync("/dossiers/receive");
        queue.ShouldContain($"/dossiers/receive?dossier={id}");
        var check = await desk.GetStringAsync($"/dossiers/receive?dossier={id}");
        check.ShouldContain("Nguyễn Văn Bảy");
        check.ShouldContain("giay-bao-tin.pdf");
        var url = $"/dossiers/receive?dossier={id}";
        var accepted = await desk.SubmitFormAsync(url, DeskForm(2, "Accept"));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await accepted.Content.ReadAsStringAsync());

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == id);
            dossier.Status.ShouldBe(DossierStatus.Processing);
            dossier.Code.ShouldNotBeNull();
            dossier.Channel.ShouldBe(SubmissionChannel.Online);
            (await citizen.GetStringAsync("/ho-so-cua-toi")).ShouldContain(dossier.Code);
            var page = await citizen.GetStringAsync($"/ho-so-cua-toi/{id}");
            page.ShouldContain(dossier.Code);
            page.ShouldContain("Quá trình xử lý");

            // Every citizen-facing event reaches the account's notices and, through the outbox, the e-mail on the form.
            (await citizen.GetStringAsync("/")).ShouldContain("2 thông báo chưa đọc");
            var notices = await citizen.GetStringAsync("/thong-bao");
            notices.ShouldContain("Đã gửi hồ sơ trực tuyến");
            notices.ShouldContain($"Hồ sơ {dossier.Code} đã được tiếp nhận");
            (await citizen.GetStringAsync("/")).ShouldNotContain("thông báo chưa đọc");
        }
    }

    [Fact]
    public async Task The_desk_accepting_an_online_dossier_keeps_its_uploaded_components_digitised_in_the_dossier_and_the_facts()
    {
        var citizen = await factory.RegisterCitizenAsync("Trần Văn Số", $"so.{Guid.NewGuid():N}@example.vn");
        var id = await SubmitGraveVisitAsync(citizen);

        var desk = await factory.ClientAsync("motcua");
        var accepted = await desk.SubmitFormAsync($"/dossiers/receive?dossier={id}", DeskForm(2, "Accept"));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await accepted.Content.ReadAsStringAsync());

        await using var scope = factory.CreateDbScope(out var db);
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == id);
        dossier.Code.ShouldNotBeNull();
        dossier.Components.Count.ShouldBe(2);
        dossier.Components.ShouldAllBe(c => c.Provided && c.Digitised, "the files the applicant uploaded are stored: the components stay digitised (số hóa)");
        var facts = await db.MetricDossiers.SingleAsync(m => m.DossierId == id);
        (facts.ComponentCount, facts.DigitisedCount).ShouldBe((2, 2), "Bộ chỉ số 766 chỉ số 4.2 counts them");
    }

    [Fact]
    public async Task An_online_dossier_waiting_for_intake_is_counted_on_the_counters_worklist_until_the_desk_accepts_it()
    {
        const string label = "Hồ sơ trực tuyến chờ tiếp nhận: ";
        var desk = await factory.ClientAsync("motcua");
        var before = DeskCount(await desk.GetStringAsync("/worklist"), label);
        var citizen = await factory.RegisterCitizenAsync("Đỗ Văn Chờ", $"cho.{Guid.NewGuid():N}@example.vn");

        var id = await SubmitGraveVisitAsync(citizen);

        DeskCount(await desk.GetStringAsync("/worklist"), label).ShouldBe(before + 1);
        (await desk.SubmitFormAsync($"/dossiers/receive?dossier={id}", DeskForm(2, "Accept"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        DeskCount(await desk.GetStringAsync("/worklist"), label).ShouldBe(before);
    }

    [Fact]
    public async Task A_member_applies_for_the_organisation_and_another_member_follows_the_dossier()
    {
        var manager = await factory.RegisterCitizenAsync("Giám Đốc HTX", $"gd.{Guid.NewGuid():N}@htx.vn");
        var taxCode = "010" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = await manager.SubmitFormAsync("/tai-khoan/to-chuc", [new("Input.Name", "HTX Dịch vụ Hồng Phong"), new("Input.TaxCode", taxCode), new("Input.Address", "Xã An Bình")]);
        var organisationId = Guid.Parse(created.Headers.Location!.OriginalString["/tai-khoan/to-chuc/".Length..]);
        var memberEmail = $"tv.{Guid.NewGuid():N}@htx.vn";
        var member = await factory.RegisterCitizenAsync("Thành Viên HTX", memberEmail);
        var orgUrl = $"/tai-khoan/to-chuc/{organisationId}";
        await manager.SubmitFormAsync(orgUrl, [new("contact", memberEmail)], orgUrl + "?handler=Invite");
        Guid invitation;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            invitation = await db.VerificationCodes.Where(c => c.Contact == memberEmail && c.SubjectId == organisationId).Select(c => c.Id).SingleAsync();
        }

        await member.SubmitFormAsync("/tai-khoan/to-chuc/nhan-loi-moi", [new("invitation", invitation.ToString()), new("code", (await factory.LatestCodeAsync(memberEmail))!)]);

        var start = await member.GetStringAsync("/dich-vu-cong/" + GraveVisitCode);
        start.ShouldContain("HTX Dịch vụ Hồng Phong");
        var url = await StartAsync(member, GraveVisitCode, ("OrganisationId", organisationId.ToString()));
        var form = GraveVisitForm().Where(f => f.Key != "IdentityNumber").Append(new("TaxCode", taxCode)).ToList();
        await member.SubmitFormAsync(url, form, url + "?handler=Save");
        await UploadAsync(member, url, 1, Pdf, "don.pdf");
        await UploadAsync(member, url, 2, Pdf, "giay.pdf");
        var submitted = await member.SubmitFormAsync(url, form, url + "?handler=Submit");
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync());

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var dossier = await db.Dossiers.SingleAsync(d => d.OrganisationId == organisationId);
            dossier.Applicant.Kind.ShouldBe(ApplicantKind.Organisation);
            dossier.Applicant.TaxCode.ShouldBe(taxCode);
            (await manager.GetStringAsync("/ho-so-cua-toi")).ShouldContain($"/ho-so-cua-toi/{dossier.Id}", customMessage: "the other member follows the organisation's dossier");
            var outsider = await factory.RegisterCitizenAsync("Người Ngoài HTX", $"ngoai.{Guid.NewGuid():N}@example.vn");
            (await outsider.GetAsync($"/ho-so-cua-toi/{dossier.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var notMember = await factory.RegisterCitizenAsync("Kẻ Mạo Danh", $"mao.{Guid.NewGuid():N}@example.vn");
        var forged = await notMember.SubmitFormAsync("/dich-vu-cong/" + GraveVisitCode, [new("OrganisationId", organisationId.ToString())]);
        (await forged.Content.ReadAsStringAsync()).ShouldContain("Bạn không phải thành viên của tổ chức đã chọn.");
    }

    [Fact]
    public async Task The_desk_asks_for_completion_and_the_citizen_completes_and_sends_it_again_online()
    {
        var citizen = await factory.RegisterCitizenAsync("Trần Văn Bổ", $"bo.{Guid.NewGuid():N}@example.vn");
        var id = await SubmitGraveVisitAsync(citizen);
        var desk = await factory.ClientAsync("motcua");
        var url = $"/dossiers/receive?dossier={id}";
        (await desk.SubmitFormAsync(url, DeskForm(2, "RequestCompletion", "Giấy báo tin mộ không rõ nét, đề nghị chụp lại."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await citizen.GetStringAsync($"/ho-so-cua-toi/{id}");
        page.ShouldContain("Giấy báo tin mộ không rõ nét");
        var reopened = await citizen.SubmitFormAsync($"/ho-so-cua-toi/{id}", [], $"/ho-so-cua-toi/{id}?handler=Reopen");
        var applicationUrl = reopened.Headers.Location!.OriginalString;
        (await UploadAsync(citizen, applicationUrl, 2, Pdf, "giay-bao-tin-ro.pdf")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await citizen.SubmitFormAsync(applicationUrl, GraveVisitForm(), applicationUrl + "?handler=Submit");

        again.Headers.Location!.OriginalString.ShouldStartWith($"/ho-so-cua-toi/{id}");
        await using var scope = factory.CreateDbScope(out var db);
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == id);
        dossier.Status.ShouldBe(DossierStatus.Submitted, "back in the desk's queue");
        (await db.DossierAttachments.CountAsync(a => a.DossierId == id && a.FileName == "giay-bao-tin-ro.pdf")).ShouldBe(1);
        (await db.Dossiers.CountAsync(d => d.OwnerId == dossier.OwnerId)).ShouldBe(1, "the same dossier, not a new one");
    }

    /// <summary>The number after <paramref name="label"/> on the worklist's desk card, 0 when the line is not shown.</summary>
    private static int DeskCount(string html, string label)
    {
        var text = WebUtility.HtmlDecode(html);
        var start = text.IndexOf(label, StringComparison.Ordinal);
        return start < 0 ? 0 : int.Parse(new string([.. text[(start + label.Length)..].TakeWhile(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);
    }
}
