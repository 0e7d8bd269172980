using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Portal;

/// <summary>Steps of online submission as a citizen's browser takes them.</summary>
internal static class OnlineArrange
{
    /// <summary>1.010814 (thăm viếng mộ liệt sĩ): Sở Nội vụ, fully online, an e-form with a repeating group, two components.</summary>
    public const string GraveVisitCode = "1.010814";

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    /// <summary>Starts an application for <paramref name="procedureCode"/>; returns its page address.</summary>
    public static async Task<string> StartAsync(HttpClient citizen, string procedureCode, params (string Name, string Value)[] fields)
    {
        var response = await citizen.SubmitFormAsync("/dich-vu-cong/" + procedureCode, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Presses a component's upload button: the application form goes with the file, carrying <paramref name="fields"/> as typed.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(
        HttpClient citizen, string applicationUrl, int position, byte[] content, string fileName, IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        var page = await citizen.GetStringAsync(applicationUrl);
        var number = position.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(number), "position" },
            { new StringContent(SignIn.AntiforgeryToken(page)), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields ?? [])
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file-" + number, fileName);
        return await citizen.PostAsync(applicationUrl + "?handler=Upload", form);
    }

    /// <summary>The stored draft of the application at <paramref name="applicationUrl"/>.</summary>
    public static async Task<MotCua.Modules.Portal.Data.OnlineApplication> DraftAsync(MotCuaFactory factory, string applicationUrl)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var id = Guid.Parse(applicationUrl["/ho-so-truc-tuyen/".Length..]);
        return await db.OnlineApplications.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    /// <summary><see cref="GraveVisitForm"/> with some fields typed otherwise.</summary>
    public static List<KeyValuePair<string, string>> GraveVisitFormWith(params (string Name, string Value)[] changed) =>
        [.. GraveVisitForm().Where(f => changed.All(c => c.Name != f.Key)), .. changed.Select(c => new KeyValuePair<string, string>(c.Name, c.Value))];

    /// <summary>The e-form of the grave visit, filled in correctly, with the applicant's details and the return method.</summary>
    public static List<KeyValuePair<string, string>> GraveVisitForm(string returnMethod = "Online") =>
    [
        new("ApplicantName", "Nguyễn Văn An"),
        new("IdentityNumber", "001090012345"),
        new("Address", "Số 5, thôn Đông, xã An Bình"),
        new("Phone", "0912 345 678"),
        new("ReturnMethod", returnMethod),
        new("f.hoTenLietSi", "Nguyễn Văn Bảy"),
        new("f.noiCoMo.street", "Nghĩa trang liệt sĩ Trường Sơn"),
        new("f.noiCoMo.ward", "Xã Vĩnh Trường"),
        new("f.noiCoMo.province", "Tỉnh Quảng Trị"),
        new("f.ngayDuKien", "2027-04-20"),
        new("f.nguoiDi[0].hoTen", "Nguyễn Văn An"),
        new("f.nguoiDi[0].soDinhDanh", "001090012345"),
        new("f.nguoiDi[0].quanHe", "Con"),
    ];

    /// <summary>Fills, uploads both components and submits; returns the dossier's id.</summary>
    public static async Task<Guid> SubmitGraveVisitAsync(HttpClient citizen)
    {
        var url = await StartAsync(citizen, GraveVisitCode);
        (await citizen.SubmitFormAsync(url, GraveVisitForm(), url + "?handler=Save")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await UploadAsync(citizen, url, 1, Pdf, "don-de-nghi.pdf")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await UploadAsync(citizen, url, 2, Pdf, "giay-bao-tin.pdf")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var submitted = await citizen.SubmitFormAsync(url, GraveVisitForm(), url + "?handler=Submit");
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync());
        var location = submitted.Headers.Location!.OriginalString;
        location.ShouldStartWith("/ho-so-cua-toi/");
        return Guid.Parse(location["/ho-so-cua-toi/".Length..location.IndexOf('?', StringComparison.Ordinal)]);
    }

    /// <summary>1.000362 (giấy phép dịch vụ việc làm): Sở Nội vụ, partly online, a fee of 1.500.000 đồng, three components.</summary>
    public const string LicenceCode = "1.000362";

    public static List<KeyValuePair<string, string>> LicenceForm() =>
    [
        new("ApplicantName", "Lê Thị Giấy"), new("IdentityNumber", "001190012345"), new("Address", "Số 9 Tràng Thi"), new("Email", "giay@example.vn"),
        new("ReturnMethod", "Counter"),
        new("f.tenDoanhNghiep", "Công ty TNHH Việc Làm Xanh"), new("f.maSoDoanhNghiep", "0101234567"),
        new("f.triSo.street", "Số 9 Tràng Thi"), new("f.triSo.ward", "Phường Hồng Hà"), new("f.triSo.province", "Tỉnh Sông Hồng"),
        new("f.diaDiem.street", "Số 10 Tràng Thi"), new("f.diaDiem.ward", "Phường Hồng Hà"), new("f.diaDiem.province", "Tỉnh Sông Hồng"),
        new("f.nguoiDaiDien", "Lê Thị Giấy"), new("f.soDinhDanhNguoiDaiDien", "001190012345"), new("f.soTienKyQuy", "300.000.000"),
        new("f.nganHangKyQuy", "Ngân hàng khác"), new("f.ngayKyQuy", "2026-11-02"),
    ];

    /// <summary>Submits a licence application with its three components; returns the dossier's id.</summary>
    public static async Task<Guid> SubmitLicenceAsync(HttpClient citizen)
    {
        var url = await StartAsync(citizen, LicenceCode);
        await citizen.SubmitFormAsync(url, LicenceForm(), url + "?handler=Save");
        for (var position = 1; position <= 3; position++)
        {
            (await UploadAsync(citizen, url, position, Pdf, $"thanh-phan-{position}.pdf")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var submitted = await citizen.SubmitFormAsync(url, LicenceForm(), url + "?handler=Submit");
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync());
        var location = submitted.Headers.Location!.OriginalString;
        return Guid.Parse(location["/ho-so-cua-toi/".Length..location.IndexOf('?', StringComparison.Ordinal)]);
    }

    /// <summary>The desk's check form for an online dossier, every component ticked.</summary>
    public static List<KeyValuePair<string, string>> DeskForm(int components, string decision, string? note = null)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("Input.ApplicantKind", "Individual"), new("Input.Name", "Nguyễn Văn An"), new("Input.IdentityNumber", "001090012345"),
            new("Input.Address", "Số 5, thôn Đông, xã An Bình"), new("Input.Phone", "0912345678"), new("Input.Channel", "Online"),
            new("Input.ReturnMethod", "Online"), new("Input.SetCount", "1"), new("Decision", decision),
        };
        for (var i = 0; i < components; i++)
        {
            form.Add(new($"Input.Components[{i}].Position", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (decision == "Accept")
            {
                form.Add(new($"Input.Components[{i}].Provided", "true"));
            }
        }

        if (note is not null)
        {
            form.Add(new("Input.Note", note));
        }

        return form;
    }
}
