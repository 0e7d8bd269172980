using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Catalog;

/// <summary>Test-local catalogue data: a field of the test's own and complete procedures, written straight to the database.</summary>
internal static class CatalogAdminArrange
{
    public static string UniqueCode(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    public static async Task<ProcedureField> FieldAsync(MotCuaFactory factory, string? name = null)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var field = new ProcedureField { Id = Guid.CreateVersion7(), Code = UniqueCode("TF"), Name = name ?? "Lĩnh vực thử " + Guid.NewGuid().ToString("N")[..4], SortOrder = 1 };
        db.ProcedureFields.Add(field);
        await db.SaveChangesAsync();
        return field;
    }

    /// <summary>A complete procedure, optionally published under a decision signed on 1/10/2026.</summary>
    public static async Task<string> ProcedureAsync(MotCuaFactory factory, ProcedureField field, string name, bool publish, string agencyCode = DemoProvince.CommuneTanPhu, string? code = null)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        var level = await db.AdministrativeLevels.SingleAsync(l => l.Code == "XA");
        var content = new ProcedureContent
        {
            Name = name,
            FieldId = field.Id,
            Sequence = "Bước 1: Nộp hồ sơ.\nBước 2: Nhận kết quả.",
            Channels = SubmissionChannels.Direct | SubmissionChannels.Online,
            ProcessingTimeAmount = 3,
            ProcessingTimeUnit = DeadlineUnit.WorkingDays,
            Subjects = "Công dân Việt Nam",
            Result = "Giấy xác nhận",
            OnlineLevel = OnlineServiceLevel.Partial,
            PartialOnlineReason = "Phải đối chiếu bản chính",
            // An e-form with every kind of field, so that exports and imports carry it whole.
            EForm = """
                {"fields":[{"key":"ten","label":"Tên","type":"Text","required":true,"maxLength":80},{"key":"ghiChu","label":"Ghi chú","type":"LongText"},
                {"key":"soLuong","label":"Số lượng","type":"Number","min":1,"max":10},{"key":"ngay","label":"Ngày","type":"Date"},
                {"key":"loai","label":"Loại","type":"Choice","choices":["A","B"]},{"key":"diaChi","label":"Địa chỉ","type":"Address"},
                {"key":"cccd","label":"CCCD","type":"IdentityNumber"},
                {"key":"thanhVien","label":"Thành viên","type":"Group","maxItems":5,"fields":[{"key":"hoTen","label":"Họ tên","type":"Text","required":true}]}]}
                """,
            DossierComponents =
            [
                new DossierComponent { Name = "Tờ khai", Form = DocumentForm.Original, Count = 1, FormTemplateName = "Mẫu số 01" },
                new DossierComponent { Name = "Giấy tờ tùy thân", Form = DocumentForm.Copy | DocumentForm.Electronic, Count = 1, ReusableFromWallet = true, IsRequired = false },
            ],
            Fees = [new ProcedureFee { Name = "Lệ phí", AmountVnd = 50000, Note = "Miễn cho hộ nghèo" }],
            LegalBases = [new LegalBasis { Number = "123/2015/NĐ-CP", Title = "Nghị định thử", IssuedOn = new DateOnly(2015, 11, 15) }],
            LevelIds = [level.Id],
            Agencies = [(agency.Id, AgencyRole.Performing)],
        };
        var procedure = Procedure.Create(code ?? UniqueCode("T."), content, field.Name, new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc));
        if (publish)
        {
            procedure.Publish(new Decision("100/QĐ-UBND", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 5)), new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc));
        }

        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
        return procedure.Code;
    }

    public static async Task<(int Procedures, int Versions)> CountsAsync(MotCuaFactory factory)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return (await db.Procedures.CountAsync(), await db.ProcedureVersions.CountAsync());
    }

    /// <summary>Posts a form of the page at <paramref name="formUrl"/> with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> values)
    {
        var page = await client.GetStringAsync(formUrl);
        var all = values.Append(new("__RequestVerificationToken", SignIn.AntiforgeryToken(page))).ToList();
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(all));
    }

    /// <summary>A complete edit form for a new procedure.</summary>
    public static List<KeyValuePair<string, string>> NewProcedureForm(string code, string name, ProcedureField field) =>
    [
        new("Input.Code", code),
        new("Input.Name", name),
        new("Input.FieldCode", field.Code),
        new("Input.LevelCodes", "XA"),
        new("Input.Agencies[0].AgencyCode", DemoProvince.CommuneAnBinh),
        new("Input.Agencies[0].Role", "Performing"),
        new("Input.Sequence", "Nộp hồ sơ; nhận kết quả."),
        new("Input.Channels", "Direct"),
        new("Input.Channels", "Online"),
        new("Input.DossierComponents[0].Name", "Tờ khai đăng ký"),
        new("Input.DossierComponents[0].Forms", "Original"),
        new("Input.DossierComponents[0].Count", "1"),
        new("Input.DossierComponents[0].IsRequired", "true"),
        new("Input.ProcessingTimeAmount", "5"),
        new("Input.ProcessingTimeUnit", "WorkingDays"),
        new("Input.CutOffTime", "15:00"),
        new("Input.Subjects", "Công dân"),
        new("Input.Result", "Giấy chứng nhận"),
        new("Input.Fees[0].Name", "Lệ phí"),
        new("Input.Fees[0].AmountVnd", "20000"),
        new("Input.LegalBases[0].Number", "01/2026/QĐ-UBND"),
        new("Input.LegalBases[0].Title", "Quyết định thử"),
        new("Input.OnlineLevel", "Full"),
    ];
}
