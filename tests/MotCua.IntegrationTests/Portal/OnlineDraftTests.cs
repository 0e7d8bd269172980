using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MotCua.Modules.Catalog;
using MotCua.Testing;
using static MotCua.IntegrationTests.Portal.OnlineArrange;

namespace MotCua.IntegrationTests.Portal;

/// <summary>A draft keeps everything typed: what is valid is saved, what is refused comes back as typed beside its error.</summary>
[Collection(SharedHosts.Online)]
public sealed class OnlineDraftTests(MotCuaFactory factory)
{
    [Fact]
    public async Task A_draft_saved_with_refused_fields_keeps_the_valid_ones_and_the_earlier_values_and_shows_what_was_typed_beside_its_error()
    {
        var citizen = await factory.RegisterCitizenAsync("Lê Thị Giấy", $"giay.{Guid.NewGuid():N}@example.vn");
        var url = await StartAsync(citizen, LicenceCode);
        (await citizen.SubmitFormAsync(url, [.. LicenceForm(), new("Phone", "0912 345 678")], url + "?handler=Save")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var changed = new Dictionary<string, string>
        {
            ["f.soTienKyQuy"] = "100.000.000", ["f.nguoiDaiDien"] = "Lê Thị Mới", ["f.tenDoanhNghiep"] = "", ["IdentityNumber"] = "12ab",
            ["Address"] = "Số 11 Tràng Thi", ["Email"] = "", ["Phone"] = "09123",
        };

        var response = await citizen.SubmitFormAsync(url, [.. LicenceForm().Where(f => !changed.ContainsKey(f.Key)), .. changed], url + "?handler=Save");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("value=\"100.000.000\"", customMessage: "the refused text is shown again, not the stored value");
        page.ShouldContain("id=\"f_soTienKyQuy-error\" class=\"field-validation-error\">Số tiền đã ký quỹ (đồng): phải từ 300.000.000 trở lên.<");
        page.ShouldContain("value=\"12ab\"");
        DescribedBy(page, "IdentityNumber").ShouldBeTrue();
        page.ShouldContain("value=\"09123\"");
        DescribedBy(page, "Phone").ShouldBeTrue();
        page.ShouldContain("value=\"Lê Thị Mới\"");
        page.ShouldContain("Đã lưu những nội dung hợp lệ");
        var draft = await DraftAsync(factory, url);
        var values = EFormDisplay.ReadValues(draft.Values);
        values["soTienKyQuy"].ShouldBe("300000000", "a refused value does not erase the one saved before");
        values["nguoiDaiDien"].ShouldBe("Lê Thị Mới");
        values.Keys.ShouldNotContain("tenDoanhNghiep", "a field cleared is cleared");
        draft.IdentityNumber.ShouldBe("001190012345");
        draft.Phone.ShouldBe("0912345678");
        draft.Address.ShouldBe("Số 11 Tràng Thi");
        draft.Email.ShouldBeNull();
    }

    [Fact]
    public async Task Submitting_with_errors_saves_the_valid_values_and_shows_every_error_beside_its_field_and_in_the_summary()
    {
        var citizen = await factory.RegisterCitizenAsync("Nguyễn Văn An", $"an.{Guid.NewGuid():N}@example.vn");
        var url = await StartAsync(citizen, GraveVisitCode);

        var response = await citizen.SubmitFormAsync(url, GraveVisitFormWith(("f.ngayDuKien", "ngày mai"), ("Phone", "09123")), url + "?handler=Submit");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        var summary = page[page.IndexOf("validation-summary-errors", StringComparison.Ordinal)..page.IndexOf("id=\"application\"", StringComparison.Ordinal)];
        foreach (var (field, message) in new[]
        {
            ("f_ngayDuKien", "Ngày dự kiến đi thăm viếng: ngày không hợp lệ."),
            ("Phone", "Số điện thoại di động gồm 10 chữ số (ví dụ 0912 345 678)."),
            ("component-1", "Chưa có tệp cho thành phần bắt buộc: Đơn đề nghị thăm viếng mộ liệt sĩ."),
        })
        {
            summary.ShouldContain(message);
            page.ShouldContain($"id=\"{field}-error\" class=\"field-validation-error\">{message}<");
            DescribedBy(page, field).ShouldBeTrue(field);
        }

        page.ShouldContain("value=\"ngày mai\"");
        var draft = await DraftAsync(factory, url);
        draft.DossierId.ShouldBeNull();
        var values = EFormDisplay.ReadValues(draft.Values);
        values["hoTenLietSi"].ShouldBe("Nguyễn Văn Bảy");
        values["nguoiDi[0].soDinhDanh"].ShouldBe("001090012345");
        values.Keys.ShouldNotContain("ngayDuKien");
        draft.IdentityNumber.ShouldBe("001090012345");
        draft.Address.ShouldBe("Số 5, thôn Đông, xã An Bình");
    }

    [Fact]
    public async Task An_upload_carries_what_was_typed_saves_the_valid_values_with_the_file_and_shows_the_refused_ones_again()
    {
        var citizen = await factory.RegisterCitizenAsync("Nguyễn Văn Tải", $"tai.{Guid.NewGuid():N}@example.vn");
        var url = await StartAsync(citizen, GraveVisitCode);

        var response = await UploadAsync(citizen, url, 1, Pdf, "don.pdf", GraveVisitFormWith(("f.ngayDuKien", "ngày mai")));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, "the page comes back to show the refused value");
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("Đã tải lên don.pdf.");
        page.ShouldContain("value=\"ngày mai\"");
        page.ShouldContain("value=\"Nguyễn Văn Bảy\"");
        DescribedBy(page, "f_ngayDuKien").ShouldBeTrue();
        var draft = await DraftAsync(factory, url);
        EFormDisplay.ReadValues(draft.Values)["hoTenLietSi"].ShouldBe("Nguyễn Văn Bảy");
        draft.Phone.ShouldBe("0912345678");

        var refused = await UploadAsync(citizen, url, 2, Encoding.ASCII.GetBytes("MZ\u0090\0 not a pdf"), "giay.pdf", GraveVisitFormWith(("Address", "Số 7, thôn Đoài")));

        (await refused.Content.ReadAsStringAsync()).ShouldContain("Tệp không phải PDF, JPEG hoặc PNG");
        (await DraftAsync(factory, url)).Address.ShouldBe("Số 7, thôn Đoài", "a refused file does not cost what was typed");

        var clean = await UploadAsync(citizen, url, 2, Pdf, "giay.pdf", GraveVisitForm());

        clean.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        EFormDisplay.ReadValues((await DraftAsync(factory, url)).Values)["ngayDuKien"].ShouldBe("2027-04-20");
        await using var scope = factory.CreateDbScope(out var db);
        db.OnlineApplicationFiles.Count(f => f.ApplicationId == draft.Id).ShouldBe(2);
    }

    private static bool DescribedBy(string page, string field) =>
        Regex.IsMatch(page, $"aria-describedby=\"[^\"]*\\b{Regex.Escape(field)}-error\"") && page.Contains($"id=\"{field}-error\"", StringComparison.Ordinal);
}
