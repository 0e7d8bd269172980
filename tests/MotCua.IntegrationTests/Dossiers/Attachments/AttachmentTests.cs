using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Dossiers.Attachments;

/// <summary>Attaching files to a dossier from its page and reading them back, on the real database and a real folder.</summary>
public sealed class AttachmentTests(AttachmentsFactory factory) : IClassFixture<AttachmentsFactory>
{
    [Fact]
    public async Task A_pdf_is_stored_with_its_sha256_and_served_back_byte_identical_to_staff_of_the_agency()
    {
        var dossier = await factory.AcceptedDossierAsync();
        var officer = await factory.ClientAsync("motcua");
        var pdf = Pdf(5_000);

        var response = await UploadAsync(officer, dossier.Id, pdf, "Tờ khai đăng ký kết hôn.pdf", "Other");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/dossiers/{dossier.Id}?done=Attach#attachments");
        var attachment = (await AttachmentsAsync(dossier.Id)).ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("Tờ khai đăng ký kết hôn.pdf");
        attachment.ContentType.ShouldBe("application/pdf");
        attachment.Size.ShouldBe(pdf.Length);
        attachment.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        attachment.UploadedByName.ShouldBe("Trần Thị Bình");
        (await File.ReadAllBytesAsync(Path.Combine(factory.Folder, attachment.StoragePath))).ShouldBe(pdf);

        using var download = await officer.GetAsync($"/dossiers/{dossier.Id}/attachments/{attachment.Id}");

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("Tờ khai đăng ký kết hôn.pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        download.Headers.CacheControl!.NoStore.ShouldBeTrue();

        var page = await officer.GetStringAsync(response.Headers.Location.OriginalString);
        page.ShouldContain("Đã đính kèm tệp vào hồ sơ.");
        page.ShouldContain($"/dossiers/{dossier.Id}/attachments/{attachment.Id}");
        page.ShouldContain("Lịch sử hồ sơ toàn vẹn (3 mục");
        await using var scope = factory.CreateDbScope(out var db);
        var events = await db.DossierEvents.Where(e => e.DossierId == dossier.Id).OrderBy(e => e.Sequence).ToListAsync();
        events[^1].Action.ShouldBe(DossierAction.Attach);
        events[^1].ToStatus.ShouldBe(dossier.Status);
        events[^1].Comment.ShouldBe("Tờ khai đăng ký kết hôn.pdf — Tài liệu khác");
    }

    [Fact]
    public async Task Staff_of_another_agency_get_not_found_and_anonymous_visitors_are_sent_to_sign_in()
    {
        var dossier = await factory.AcceptedDossierAsync();
        var attachment = await AttachAsync(dossier.Id, Pdf(1_000), "Other");
        var address = $"/dossiers/{dossier.Id}/attachments/{attachment.Id}";
        var otherAgency = await factory.ClientAsync("chuyenvien");
        var anonymous = await factory.ClientAsync(null);

        (await otherAgency.GetAsync(address)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherAgency.GetAsync($"/dossiers/{dossier.Id}/attachments")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var toSignIn = await anonymous.GetAsync(address);
        toSignIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        toSignIn.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
        var officer = await factory.ClientAsync("motcua");
        (await officer.GetAsync($"/dossiers/{dossier.Id}/attachments/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.GetAsync($"/dossiers/{Guid.NewGuid()}/attachments/{attachment.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_province_officer_may_read_the_files_but_only_the_agencys_own_staff_attach()
    {
        var dossier = await factory.AcceptedDossierAsync();
        var attachment = await AttachAsync(dossier.Id, Pdf(1_000), "Other");
        var provinceOfficer = await factory.ClientAsync("vanphong");

        (await provinceOfficer.GetAsync($"/dossiers/{dossier.Id}/attachments/{attachment.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var dossierPage = await provinceOfficer.GetStringAsync($"/dossiers/{dossier.Id}");
        dossierPage.ShouldContain(attachment.FileName);
        dossierPage.ShouldNotContain("enctype=\"multipart/form-data\"");
        (await provinceOfficer.GetAsync($"/dossiers/{dossier.Id}/attachments")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_exe_renamed_pdf_is_refused_with_a_vietnamese_message_and_nothing_is_stored()
    {
        var dossier = await factory.AcceptedDossierAsync();
        var officer = await factory.ClientAsync("motcua");
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, .. new byte[2_000]];
        var files = factory.StoredFiles();

        var response = await UploadAsync(officer, dossier.Id, exe, "hoa-don.pdf", "Other");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Tệp không phải PDF, JPEG hoặc PNG");
        html.ShouldContain("<option value=\"Other\" selected=\"selected\">");
        await ShouldBeUnchangedAsync(dossier, files);
    }

    [Theory]
    [InlineData("file", "t\u1edd khai\0.pdf", "Other", "Tên tệp gửi lên không được chứa ký tự NUL")]
    [InlineData("file", "t\u1edd khai.pdf", "Other\0", "Dữ liệu gửi lên không được chứa ký tự NUL")]
    [InlineData("fi\0le", "t\u1edd khai.pdf", "Other", "Tên tệp gửi lên không được chứa ký tự NUL")]
    public async Task A_NUL_character_in_a_multipart_field_or_file_name_is_refused_with_a_vietnamese_message_and_nothing_is_stored(
        string fileField, string fileName, string purpose, string message)
    {
        var dossier = await factory.AcceptedDossierAsync();
        var officer = await factory.ClientAsync("motcua");
        var files = factory.StoredFiles();
        var page = await officer.GetStringAsync($"/dossiers/{dossier.Id}");
        using var form = RawMultipart.Create(
            RawMultipart.Field("__RequestVerificationToken", SignIn.AntiforgeryToken(page)),
            RawMultipart.Field("purpose", purpose),
            RawMultipart.Field("component", ""),
            RawMultipart.File(fileField, fileName, Pdf(2_000)));

        var response = await officer.PostAsync($"/dossiers/{dossier.Id}/attachments", form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        await ShouldBeUnchangedAsync(dossier, files);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_naming_the_limit_and_nothing_is_stored()
    {
        var dossier = await factory.AcceptedDossierAsync();
        var officer = await factory.ClientAsync("motcua");
        var files = factory.StoredFiles();

        var response = await UploadAsync(officer, dossier.Id, Pdf((int)AttachmentsFactory.MaxBytes + 1), "scan.pdf", "Other");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Tệp vượt quá dung lượng tối đa 0,1 MB");
        await ShouldBeUnchangedAsync(dossier, files);
    }

    [Fact]
    public async Task A_request_far_over_the_limit_is_turned_away_before_it_is_read_and_the_page_names_the_limit()
    {
        var dossier = await factory.AcceptedDossierAsync();
        var officer = await factory.ClientAsync("motcua");
        var files = factory.StoredFiles();

        var response = await UploadAsync(officer, dossier.Id, Pdf(5 * (int)AttachmentsFactory.MaxBytes), "scan.pdf", "Other");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await officer.GetAsync(response.Headers.Location!.OriginalString);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Tệp vượt quá dung lượng tối đa 0,1 MB");
        await ShouldBeUnchangedAsync(dossier, files);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var dossier = await factory.AcceptedDossierAsync();
        var officer = await factory.ClientAsync("motcua");
        var files = factory.StoredFiles();

        var response = await UploadAsync(officer, dossier.Id, [], "rong.pdf", "Other");

        (await response.Content.ReadAsStringAsync()).ShouldContain("Tệp rỗng");
        await ShouldBeUnchangedAsync(dossier, files);
    }

    [Fact]
    public async Task A_component_scan_marks_that_component_digitised_and_only_that_one()
    {
        var dossier = await factory.AcceptedDossierAsync();
        var officer = await factory.ClientAsync("motcua");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[3_000]];

        var response = await UploadAsync(officer, dossier.Id, png, "giay-chung-nhan.jpg", "Component", component: "1");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var attachment = (await AttachmentsAsync(dossier.Id)).ShouldHaveSingleItem();
        attachment.Purpose.ShouldBe(AttachmentPurpose.Component);
        attachment.ComponentPosition.ShouldBe(1);
        attachment.ContentType.ShouldBe("image/png");
        attachment.FileName.ShouldBe("giay-chung-nhan.png");
        var after = await DossierAsync(dossier.Id);
        after.Components.Single(c => c.Position == 1).Digitised.ShouldBeTrue();
        after.Components.Where(c => c.Position != 1).ShouldAllBe(c => !c.Digitised);
        await using var scope = factory.CreateDbScope(out var db);
        var events = await db.DossierEvents.Where(e => e.DossierId == dossier.Id).OrderBy(e => e.Sequence).ToListAsync();
        events[^1].Comment.ShouldBe("giay-chung-nhan.png — Thành phần hồ sơ số 1");
        HistoryChain.Check(after, events, factory.Services.GetRequiredService<AuditKeyRing>()).ShouldBeNull();
    }

    [Fact]
    public async Task A_component_the_dossier_does_not_have_is_refused()
    {
        var dossier = await factory.AcceptedDossierAsync();
        var officer = await factory.ClientAsync("motcua");
        var files = factory.StoredFiles();

        var response = await UploadAsync(officer, dossier.Id, Pdf(1_000), "scan.pdf", "Component", component: "99");

        (await response.Content.ReadAsStringAsync()).ShouldContain("Hồ sơ không có thành phần đã chọn");
        await ShouldBeUnchangedAsync(dossier, files);
    }

    [Fact]
    public async Task A_result_is_returned_online_only_once_its_electronic_file_is_attached()
    {
        var id = await factory.DoneAsync();
        var desk = await factory.ClientAsync("motcua");

        var refused = await factory.ActAsync(desk, id, "Return", fields: [("ReturnVia", "Online"), ("Fees", "Paid")]);
        Message(await refused.Content.ReadAsStringAsync()).ShouldContain("Đính kèm tệp kết quả điện tử");
        (await factory.LoadAsync(id)).Dossier.Status.ShouldBe(DossierStatus.Done);

        await AttachAsync(id, Pdf(2_000), "Result");
        await factory.DoAsync(desk, id, "Return", null, ("ReturnVia", "Online"), ("Fees", "Paid"));
        (await factory.LoadAsync(id)).Dossier.Status.ShouldBe(DossierStatus.Returned);
    }

    [Fact]
    public async Task A_result_file_is_kept_with_its_purpose_for_the_digitisation_figures()
    {
        var dossier = await factory.AcceptedDossierAsync();

        var attachment = await AttachAsync(dossier.Id, Pdf(2_000), "Result");

        attachment.Purpose.ShouldBe(AttachmentPurpose.Result);
        attachment.ComponentPosition.ShouldBeNull();
    }

    [Fact]
    public async Task When_the_save_fails_the_stored_file_is_removed_again_and_the_officer_is_told_why()
    {
        var dossier = await factory.AcceptedDossierAsync();
        await using var node = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(new SomeoneElseChangedTheDossier())));
        var officer = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await officer.SignInAsync("motcua", DemoProvince.DemoPassword);
        var files = factory.StoredFiles();

        var response = await UploadAsync(officer, dossier.Id, Pdf(1_000), "scan.pdf", "Component", component: "1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Hồ sơ vừa được người khác cập nhật nên tệp chưa được đính kèm");
        await ShouldBeUnchangedAsync(dossier, files);
        (await DossierAsync(dossier.Id)).Components.Single(c => c.Position == 1).Digitised.ShouldBeFalse();
    }

    private static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        Random.Shared.NextBytes(bytes.AsSpan(9));
        return bytes;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid dossierId, byte[] content, string fileName, string purpose, string? component = null)
    {
        var page = await client.GetStringAsync($"/dossiers/{dossierId}");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(SignIn.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(purpose), "purpose" },
            { new StringContent(component ?? ""), "component" },
            { file, "file", fileName },
        };
        return await client.PostAsync($"/dossiers/{dossierId}/attachments", form);
    }

    private async Task<DossierAttachment> AttachAsync(Guid dossierId, byte[] content, string purpose)
    {
        var officer = await factory.ClientAsync("motcua");
        var response = await UploadAsync(officer, dossierId, content, "tep.pdf", purpose);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return (await AttachmentsAsync(dossierId)).Last();
    }

    private async Task ShouldBeUnchangedAsync(Dossier before, IReadOnlyList<string> filesBefore)
    {
        (await AttachmentsAsync(before.Id)).ShouldBeEmpty();
        factory.StoredFiles().ShouldBe(filesBefore, ignoreOrder: true);
        var after = await DossierAsync(before.Id);
        after.EventCount.ShouldBe(before.EventCount);
        after.Revision.ShouldBe(before.Revision);
    }

    private async Task<List<DossierAttachment>> AttachmentsAsync(Guid dossierId)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.DossierAttachments.AsNoTracking().Where(a => a.DossierId == dossierId).OrderBy(a => a.UploadedAt).ToListAsync();
    }

    private async Task<Dossier> DossierAsync(Guid id)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    /// <summary>Makes every save that adds an attachment fail as a concurrent change of the dossier would.</summary>
    private sealed class SomeoneElseChangedTheDossier : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<DossierAttachment>().Any()
                ? throw new DbUpdateConcurrencyException("The dossier was changed meanwhile.")
                : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
