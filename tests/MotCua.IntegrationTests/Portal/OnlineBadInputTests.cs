using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MotCua.Testing;
using static MotCua.IntegrationTests.Portal.OnlineArrange;

namespace MotCua.IntegrationTests.Portal;

[Collection(SharedHosts.Online)]
public sealed class OnlineBadInputTests(MotCuaFactory factory)
{
    [Fact]
    public async Task Another_citizens_application_dossier_and_files_are_not_found_by_guessing_ids()
    {
        var owner = await factory.RegisterCitizenAsync("Chủ Hồ Sơ", $"chu.{Guid.NewGuid():N}@example.vn");
        var id = await SubmitGraveVisitAsync(owner);
        var draftUrl = await StartAsync(owner, GraveVisitCode);
        var stranger = await factory.RegisterCitizenAsync("Người Lạ", $"la.{Guid.NewGuid():N}@example.vn");
        Guid fileId;
        Guid applicationId;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            fileId = await db.DossierAttachments.Where(a => a.DossierId == id).Select(a => a.Id).FirstAsync();
            applicationId = await db.OnlineApplications.Where(a => a.DossierId == id).Select(a => a.Id).SingleAsync();
        }

        (await stranger.GetAsync($"/ho-so-cua-toi/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/ho-so-cua-toi/{id}/tep/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/ho-so-cua-toi/{id}/danh-gia")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync(draftUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/ho-so-truc-tuyen/{applicationId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var form = await stranger.GetStringAsync("/ho-so-cua-toi");
        var delete = await stranger.PostAsync(draftUrl + "?handler=Delete", new FormUrlEncodedContent([new("__RequestVerificationToken", SignIn.AntiforgeryToken(form))]));
        delete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var own = await owner.GetAsync($"/ho-so-cua-toi/{id}/tep/{fileId}");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        own.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await owner.GetAsync(draftUrl)).StatusCode.ShouldBe(HttpStatusCode.OK, "the draft is still there");
    }

    [Fact]
    public async Task Wrong_types_and_sizes_in_the_e_form_are_refused_field_by_field_and_only_the_valid_values_are_saved()
    {
        var citizen = await factory.RegisterCitizenAsync("Người Nhập Sai", $"sai.{Guid.NewGuid():N}@example.vn");
        var url = await StartAsync(citizen, GraveVisitCode);
        var form = GraveVisitForm().Where(f => f.Key is not ("f.ngayDuKien" or "f.nguoiDi[0].soDinhDanh" or "f.nguoiDi[0].quanHe" or "f.hoTenLietSi")).ToList();
        form.Add(new("f.ngayDuKien", "ngày mai"));
        form.Add(new("f.nguoiDi[0].soDinhDanh", "12ab"));
        form.Add(new("f.nguoiDi[0].quanHe", "Hàng xóm"));
        form.Add(new("f.hoTenLietSi", new string('A', 201)));

        var response = await citizen.SubmitFormAsync(url, form, url + "?handler=Save");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("Ngày dự kiến đi thăm viếng: ngày không hợp lệ.");
        page.ShouldContain("Số định danh cá nhân: số định danh cá nhân gồm 12 chữ số");
        page.ShouldContain("Quan hệ với liệt sĩ: vui lòng chọn một trong các lựa chọn đã cho.");
        page.ShouldContain("Họ và tên liệt sĩ: tối đa 200 ký tự.");
        page.ShouldContain("value=\"ngày mai\"", customMessage: "what was typed is shown again to be corrected");
        await using var scope = factory.CreateDbScope(out var db);
        var id = Guid.Parse(url["/ho-so-truc-tuyen/".Length..]);
        var values = MotCua.Modules.Catalog.EFormDisplay.ReadValues((await db.OnlineApplications.SingleAsync(a => a.Id == id)).Values);
        values.Keys.ShouldBe(["noiCoMo.street", "noiCoMo.ward", "noiCoMo.province", "nguoiDi[0].hoTen"], ignoreOrder: true);
    }

    [Fact]
    public async Task Submitting_without_required_fields_or_files_lists_what_is_missing_and_makes_no_dossier()
    {
        var citizen = await factory.RegisterCitizenAsync("Người Thiếu", $"thieu.{Guid.NewGuid():N}@example.vn");
        var url = await StartAsync(citizen, GraveVisitCode);

        var response = await citizen.SubmitFormAsync(url, [new("ReturnMethod", "Postal")], url + "?handler=Submit");

        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("Vui lòng nhập Họ và tên liệt sĩ.");
        page.ShouldContain("Người đi thăm viếng: cần ít nhất 1 dòng.");
        page.ShouldContain("Chưa có tệp cho thành phần bắt buộc: Đơn đề nghị thăm viếng mộ liệt sĩ.");
        page.ShouldContain("Vui lòng nhập số định danh cá nhân gồm 12 chữ số.");
        page.ShouldContain("Vui lòng nhập địa chỉ nhận kết quả qua bưu chính.");
        var id = Guid.Parse(url["/ho-so-truc-tuyen/".Length..]);
        await using var scope = factory.CreateDbScope(out var db);
        (await db.OnlineApplications.SingleAsync(a => a.Id == id)).DossierId.ShouldBeNull();
    }

    [Fact]
    public async Task An_executable_renamed_pdf_and_an_empty_file_are_refused_and_nothing_is_kept()
    {
        var citizen = await factory.RegisterCitizenAsync("Người Gửi Tệp", $"tep.{Guid.NewGuid():N}@example.vn");
        var url = await StartAsync(citizen, GraveVisitCode);

        var exe = await UploadAsync(citizen, url, 1, Encoding.ASCII.GetBytes("MZ\u0090\0 this is not a pdf"), "don.pdf");
        var empty = await UploadAsync(citizen, url, 1, [], "trong.pdf");
        var unknown = await UploadAsync(citizen, url, 99, Pdf, "la.pdf");

        (await exe.Content.ReadAsStringAsync()).ShouldContain("Tệp không phải PDF, JPEG hoặc PNG");
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Tệp rỗng");
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("Thủ tục không có thành phần đã chọn");
        await using var scope = factory.CreateDbScope(out var db);
        var id = Guid.Parse(url["/ho-so-truc-tuyen/".Length..]);
        (await db.OnlineApplicationFiles.CountAsync(f => f.ApplicationId == id)).ShouldBe(0);
    }

    [Fact]
    public async Task Submitting_twice_at_once_makes_one_dossier()
    {
        var citizen = await factory.RegisterCitizenAsync("Người Bấm Hai Lần", $"hai.{Guid.NewGuid():N}@example.vn");
        var url = await StartAsync(citizen, GraveVisitCode);
        await citizen.SubmitFormAsync(url, GraveVisitForm(), url + "?handler=Save");
        await UploadAsync(citizen, url, 1, Pdf, "don.pdf");
        await UploadAsync(citizen, url, 2, Pdf, "giay.pdf");
        var page = await citizen.GetStringAsync(url);
        var token = SignIn.AntiforgeryToken(page);

        var posts = Enumerable.Range(0, 4).Select(_ => citizen.PostAsync(url + "?handler=Submit", new FormUrlEncodedContent(GraveVisitForm().Append(new("__RequestVerificationToken", token))))).ToList();
        var responses = await Task.WhenAll(posts);

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect);
        await using var scope = factory.CreateDbScope(out var db);
        var id = Guid.Parse(url["/ho-so-truc-tuyen/".Length..]);
        var application = await db.OnlineApplications.SingleAsync(a => a.Id == id);
        (await db.Dossiers.CountAsync(d => d.OwnerId == application.OwnerId)).ShouldBe(1);
        responses.Select(r => r.Headers.Location!.OriginalString).Where(l => l.StartsWith("/ho-so-cua-toi/", StringComparison.Ordinal)).ShouldNotBeEmpty();
    }
}
