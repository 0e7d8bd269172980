using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Catalog.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Catalog.CatalogAdminArrange;

namespace MotCua.IntegrationTests.Catalog;

/// <summary>
/// Export and import of the catalogue. The round trips export from one source host shared by the class, which gathers
/// each test's procedures, and import into a fresh target given the source's fields (or into the class's host).
/// </summary>
public sealed class CatalogImportExportTests(MotCuaFactory factory, CatalogImportExportTests.SourceFactory source)
    : IClassFixture<MotCuaFactory>, IClassFixture<CatalogImportExportTests.SourceFactory>
{
    private static readonly string[] InformationColumns = ["status", "versionNumber", "decisionNumber", "decisionSignedOn", "decisionEffectiveOn"];

    [Fact]
    public async Task Json_export_imported_into_a_fresh_database_exports_the_same_content()
    {
        var field = await FieldAsync(source, "Hộ tịch thử");
        await ProcedureAsync(source, field, "Đăng ký khai sinh", publish: true);
        await ProcedureAsync(source, field, "Đăng ký kết hôn", publish: false);
        var exported = await ExportAsync(source, "json");

        await using var target = new MotCuaFactory();
        await CopyFieldsAsync(source, target);
        var report = await ImportAsync(target, "catalog.json", exported);
        var again = await ExportAsync(target, "json");

        report.StatusCode.ShouldBe(HttpStatusCode.OK, await report.Content.ReadAsStringAsync());
        ContentOf(again).ShouldBe(ContentOf(exported));
        ContentOf(again).Count.ShouldBeGreaterThanOrEqualTo(2);
        Encoding.UTF8.GetString(again).ShouldContain("thanhVien", customMessage: "the e-form travels with the procedure");
    }

    [Fact]
    public async Task Xlsx_export_imported_into_a_fresh_database_exports_the_same_cells()
    {
        var field = await FieldAsync(source, "Hộ tịch thử");
        await ProcedureAsync(source, field, "Đăng ký khai sinh", publish: true);
        await ProcedureAsync(source, field, "Đăng ký khai tử", publish: false);
        var exported = await ExportAsync(source, "xlsx");

        await using var target = new MotCuaFactory();
        await CopyFieldsAsync(source, target);
        var report = await ImportAsync(target, "catalog.xlsx", exported);
        var again = await ExportAsync(target, "xlsx");

        report.StatusCode.ShouldBe(HttpStatusCode.OK, await report.Content.ReadAsStringAsync());
        Flat(Cells(again, dropInformation: true)).ShouldBe(Flat(Cells(exported, dropInformation: true)));
        Flat(Cells(again, dropInformation: true)).ShouldContain("\"thanhVien\"", customMessage: "the e-form travels with the procedure");
    }

    [Fact]
    public async Task Exported_workbook_has_one_sheet_per_row_kind_with_the_documented_headers()
    {
        var field = await FieldAsync(factory);
        var code = await ProcedureAsync(factory, field, "Thủ tục xuất Excel", publish: true);

        var sheets = Cells(await ExportAsync(factory, "xlsx"), dropInformation: false);

        sheets.Keys.ShouldBe(["Procedures", "Agencies", "DossierComponents", "Fees", "LegalBases", "Format"]);
        sheets["Procedures"][0].ShouldStartWith("code|name|fieldCode|levelCodes|sequence|channels|processingTimeAmount|processingTimeUnit|cutOffTime");
        sheets["Procedures"].ShouldContain(r => r.StartsWith(code + "|Thủ tục xuất Excel|" + field.Code + "|XA|", StringComparison.Ordinal) && r.Contains("|Direct;Online|3|WorkingDays|15:00|") && r.EndsWith("|Published|1|100/QĐ-UBND|2026-10-01|2026-10-05", StringComparison.Ordinal));
        sheets["DossierComponents"][0].ShouldBe("procedureCode|name|forms|count|isRequired|formTemplateName|formTemplateUrl|reusableFromWallet|note");
        sheets["DossierComponents"].ShouldContain(code + "|Giấy tờ tùy thân|Copy;Electronic|1|false|||true|");
        sheets["Fees"].ShouldContain(code + "|Lệ phí|50000|Miễn cho hộ nghèo");
        sheets["LegalBases"].ShouldContain(code + "|123/2015/NĐ-CP|Nghị định thử|2015-11-15");
        sheets["Format"].ShouldContain("format|motcua-catalog");
    }

    [Fact]
    public async Task Importing_a_changed_published_procedure_starts_an_amendment_and_leaves_the_version_in_force()
    {
        var field = await FieldAsync(factory);
        var code = await ProcedureAsync(factory, field, "Thủ tục đang có hiệu lực", publish: true);
        var document = JsonNode.Parse(await ExportAsync(factory, "json"))!;
        var entry = document["procedures"]!.AsArray().Single(p => (string)p!["procedure"]!["code"]! == code)!;
        entry["procedure"]!["name"] = "Thủ tục đang có hiệu lực (sửa đổi)";
        document["procedures"] = new JsonArray(entry.DeepClone());

        var response = await ImportAsync(factory, "catalog.json", Encoding.UTF8.GetBytes(document.ToJsonString()));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await BodyAsync(response)).ShouldContain("\"amendmentsStarted\":1");
        await using var scope = factory.CreateDbScope(out var db);
        var versions = await db.ProcedureVersions.Where(v => v.Procedure!.Code == code).OrderBy(v => v.Number).ToListAsync();
        versions.Select(v => (v.Status, v.Name)).ShouldBe([(VersionStatus.Published, "Thủ tục đang có hiệu lực"), (VersionStatus.Draft, "Thủ tục đang có hiệu lực (sửa đổi)")]);
    }

    [Fact]
    public async Task Importing_an_unchanged_catalogue_changes_nothing()
    {
        var field = await FieldAsync(factory);
        await ProcedureAsync(factory, field, "Không đổi", publish: true);
        var exported = await ExportAsync(factory, "json");
        var before = await CountsAsync(factory);

        var response = await ImportAsync(factory, "catalog.json", exported);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await BodyAsync(response)).ShouldContain("\"created\":0,\"draftsUpdated\":0,\"amendmentsStarted\":0");
        (await CountsAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task Changing_an_abolished_procedure_by_import_is_refused_but_its_unchanged_export_row_is_accepted()
    {
        var document = JsonNode.Parse(await ExportAsync(factory, "json"))!;
        var entry = document["procedures"]!.AsArray().Single(p => (string)p!["procedure"]!["code"]! == DemoCatalog.AbolishedCode)!;
        var unchanged = new JsonObject { ["format"] = document["format"]!.DeepClone(), ["formatVersion"] = document["formatVersion"]!.DeepClone(), ["procedures"] = new JsonArray(entry.DeepClone()) };
        var changed = JsonNode.Parse(unchanged.ToJsonString())!;
        changed["procedures"]![0]!["procedure"]!["name"] = "Tên đã sửa của thủ tục bị bãi bỏ";
        var before = await CountsAsync(factory);

        var refused = await ImportAsync(factory, "catalog.json", Encoding.UTF8.GetBytes(changed.ToJsonString()));

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await BodyAsync(refused)).ShouldContain($"Thủ tục {DemoCatalog.AbolishedCode} đã bị bãi bỏ, không thể nhập đè.");
        (await CountsAsync(factory)).ShouldBe(before);

        var accepted = await ImportAsync(factory, "catalog.json", Encoding.UTF8.GetBytes(unchanged.ToJsonString()));

        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        (await BodyAsync(accepted)).ShouldContain("\"created\":0,\"draftsUpdated\":0,\"amendmentsStarted\":0");
        (await CountsAsync(factory)).ShouldBe(before);
        await using var scope = factory.CreateDbScope(out var db);
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == DemoCatalog.AbolishedCode);
        procedure.Status.ShouldBe(ProcedureStatus.Abolished);
        procedure.Versions.ShouldAllBe(v => v.Name != "Tên đã sửa của thủ tục bị bãi bỏ");
    }

    public static TheoryData<string, string, string[]> BadJsonFiles() => new()
    {
        { "not json", "{ procedures: [", ["Tệp không phải là JSON hợp lệ"] },
        { "wrong format", """{"format":"other","formatVersion":1,"procedures":[]}""", ["Tệp JSON không đúng định dạng"] },
        { "wrong type", """{"format":"motcua-catalog","formatVersion":1,"procedures":[{"procedure":{"code":"X1","processingTimeAmount":"ba"}}]}""", ["$.procedures[0].procedure.processingTimeAmount"] },
        {
            "bad values", Json(
                Procedure("D.1", "\"channels\":[\"Fax\"],\"fees\":[{\"name\":\"Phí\",\"amountVnd\":-1000}]") + "," + Procedure("D.1", "\"onlineLevel\":\"Maybe\""),
                ""),
            ["Giá trị \\\"Fax\\\" không hợp lệ", "Số tiền phí, lệ phí không được âm.", "Mã thủ tục D.1 bị lặp", "Giá trị \\\"Maybe\\\" không hợp lệ"]
        },
        { "missing components", Json("{\"procedure\":{\"code\":\"M.1\",\"name\":\"Thiếu\"}}", ""), ["Hãy nêu ít nhất một thành phần hồ sơ.", "Hãy nhập trình tự thực hiện.", "Hãy nêu ít nhất một căn cứ pháp lý."] },
    };

    [Theory]
    [MemberData(nameof(BadJsonFiles))]
    public async Task Bad_json_is_refused_with_every_problem_and_nothing_changes(string why, string json, string[] expected)
    {
        var before = await CountsAsync(factory);

        var response = await ImportAsync(factory, "catalog.json", Encoding.UTF8.GetBytes(json.Replace("FIELD", "HT", StringComparison.Ordinal)));

        var body = await BodyAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, why);
        foreach (var message in expected)
        {
            body.ShouldContain(message, Case.Sensitive, why);
        }

        (await CountsAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task Workbook_with_wrong_headers_lists_each_column_and_imports_nothing()
    {
        var field = await FieldAsync(factory);
        await ProcedureAsync(factory, field, "Sai tiêu đề", publish: false);
        var workbook = Rewrite(await ExportAsync(factory, "xlsx"), "Fees", 1, 3, "soTien");
        var before = await CountsAsync(factory);

        var response = await ImportAsync(factory, "catalog.xlsx", workbook);

        var body = await BodyAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        body.ShouldContain("\"sheet\":\"Fees\",\"row\":1,\"column\":\"amountVnd\"");
        body.ShouldContain("Thiếu cột \\\"amountVnd\\\"");
        body.ShouldContain("\"column\":\"soTien\"");
        (await CountsAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task Workbook_rows_with_bad_values_are_reported_by_sheet_row_and_column_and_nothing_is_imported()
    {
        var field = await FieldAsync(factory);
        var code = await ProcedureAsync(factory, field, "Giá trị sai", publish: false);
        var workbook = await ExportAsync(factory, "xlsx");
        var feeRow = Cells(workbook, false)["Fees"].FindIndex(r => r.StartsWith(code + "|", StringComparison.Ordinal)) + 1;
        var procedureRow = Cells(workbook, false)["Procedures"].FindIndex(r => r.StartsWith(code + "|", StringComparison.Ordinal)) + 1;
        workbook = Rewrite(workbook, "Fees", feeRow, 3, "-20000");
        workbook = Rewrite(workbook, "Procedures", procedureRow, 8, "Weeks");
        workbook = Rewrite(workbook, "Procedures", procedureRow + 1, 1, code);
        var before = await CountsAsync(factory);

        var response = await ImportAsync(factory, "catalog.xlsx", workbook);

        var body = await BodyAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, body);
        body.ShouldContain($"\"sheet\":\"Fees\",\"row\":{feeRow},\"column\":\"amountVnd\",\"procedureCode\":\"{code}\",\"message\":\"Số tiền phí, lệ phí không được âm.\"");
        body.ShouldContain($"\"sheet\":\"Procedures\",\"row\":{procedureRow},\"column\":\"processingTimeUnit\"");
        body.ShouldContain($"Mã thủ tục {code} bị lặp");
        (await CountsAsync(factory)).ShouldBe(before);
    }

    [Theory]
    [InlineData("catalog.xlsx", "Tệp không phải là tệp Excel .xlsx hợp lệ")]
    [InlineData("catalog.json", "Tệp không phải là JSON hợp lệ")]
    [InlineData("catalog.csv", "Chỉ nhận tệp .xlsx hoặc .json.")]
    public async Task Renamed_garbage_gets_a_clear_message(string name, string expected)
    {
        var before = await CountsAsync(factory);
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);

        var response = await ImportAsync(factory, name, garbage);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await BodyAsync(response)).ShouldContain(expected);
        (await CountsAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task Ten_megabytes_of_garbage_is_refused_as_too_large_on_the_page_and_the_api()
    {
        var before = await CountsAsync(factory);
        var garbage = new byte[10 * 1024 * 1024];
        new Random(3).NextBytes(garbage);

        var api = await ImportAsync(factory, "catalog.xlsx", garbage);
        var client = await factory.ClientAsync("kiemsoat");
        var form = await client.GetStringAsync("/catalog/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(SignIn.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new ByteArrayContent(garbage), "upload", "catalog.xlsx" },
        };
        var page = await client.PostAsync("/catalog/import", content);

        api.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await BodyAsync(api)).ShouldContain("Tệp quá lớn: tối đa 5 MB.");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Tệp quá lớn: tối đa 5 MB.");
        (await CountsAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task Import_page_creates_drafts_from_an_uploaded_workbook()
    {
        var field = await FieldAsync(source);
        var code = await ProcedureAsync(source, field, "Nhập qua trang", publish: true);
        var workbook = await ExportAsync(source, "xlsx");
        await CopyFieldsAsync(source, factory);
        var client = await factory.ClientAsync("kiemsoat");
        var form = await client.GetStringAsync("/catalog/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(SignIn.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new ByteArrayContent(workbook), "upload", "danh-muc.xlsx" },
        };

        var page = WebUtility.HtmlDecode(await (await client.PostAsync("/catalog/import", content)).Content.ReadAsStringAsync());

        page.ShouldContain("Đã nhập:");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.Procedures.SingleAsync(p => p.Code == code)).Status.ShouldBe(ProcedureStatus.Draft);
    }

    [Theory]
    [InlineData("danh\0muc.json", "note", "ghi chú", "file", "Tên tệp gửi lên không được chứa ký tự NUL")]
    [InlineData("danh-muc.json", "note", "ghi\0chú", "note", "Dữ liệu gửi lên không được chứa ký tự NUL")]
    [InlineData("danh-muc.json", "no\0te", "ghi chú", "no\\0te", "Dữ liệu gửi lên không được chứa ký tự NUL")]
    public async Task A_NUL_character_in_an_uploaded_file_name_or_form_field_is_refused_naming_the_field_and_nothing_is_imported(
        string fileName, string field, string value, string refusedField, string message)
    {
        var catalogue = Encoding.UTF8.GetBytes(Json(Procedure("N.1", "\"requirements\":\"Không\""), "").Replace("FIELD", "HT", StringComparison.Ordinal));
        var before = await CountsAsync(factory);
        var client = await factory.ClientAsync("kiemsoat");
        using var content = RawMultipart.Create(RawMultipart.File("file", fileName, catalogue), RawMultipart.Field(field, value));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/catalog/import") { Content = content };
        request.Headers.Add("RequestVerificationToken", SignIn.AntiforgeryToken(await client.GetStringAsync("/catalog/import")));
        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").GetProperty(refusedField)[0].GetString()!.ShouldContain(message);
        (await CountsAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task A_NUL_character_in_the_file_name_of_a_page_upload_is_refused_with_a_Vietnamese_message()
    {
        var before = await CountsAsync(factory);
        var client = await factory.ClientAsync("kiemsoat");
        var form = await client.GetStringAsync("/catalog/import");
        using var content = RawMultipart.Create(
            RawMultipart.Field("__RequestVerificationToken", SignIn.AntiforgeryToken(form)),
            RawMultipart.File("upload", "danh\0muc.json", Encoding.UTF8.GetBytes(Json(Procedure("N.2", "\"requirements\":\"Không\""), "").Replace("FIELD", "HT", StringComparison.Ordinal))));

        var page = await client.PostAsync("/catalog/import", content);

        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()).ShouldContain("Tên tệp gửi lên không được chứa ký tự NUL");
        (await CountsAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task A_NUL_character_inside_an_imported_json_value_is_refused_naming_where_it_is_and_nothing_is_imported()
    {
        var before = await CountsAsync(factory);
        var json = Json(Procedure("N.3", "\"requirements\":\"Không\\u0000\""), "").Replace("FIELD", "HT", StringComparison.Ordinal);

        var response = await ImportAsync(factory, "catalog.json", Encoding.UTF8.GetBytes(json));

        var body = await BodyAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, body);
        body.ShouldContain("\"column\":\"procedures[0].procedure.requirements\"");
        body.ShouldContain("Giá trị chứa ký tự NUL (ký tự mã 0)");
        (await CountsAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task A_workbook_cell_holding_a_NUL_character_is_refused_with_a_clear_message_and_nothing_is_imported()
    {
        var field = await FieldAsync(factory);
        var code = await ProcedureAsync(factory, field, "Ô có ký tự NUL", publish: false);
        var workbook = await ExportAsync(factory, "xlsx");
        var row = Cells(workbook, false)["Procedures"].FindIndex(r => r.StartsWith(code + "|", StringComparison.Ordinal)) + 1;
        workbook = WithRawCellXml(Rewrite(workbook, "Procedures", row, 2, "NUL-MARK"), "NUL-MARK", "Tên&#0;thủ tục");
        var before = await CountsAsync(factory);

        var response = await ImportAsync(factory, "catalog.xlsx", workbook);

        var body = await BodyAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, body);
        body.ShouldContain("có ký tự không được phép (như ký tự NUL, mã 0)");
        (await CountsAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task Api_import_without_the_antiforgery_token_is_rejected()
    {
        var client = await factory.ClientAsync("kiemsoat");
        using var content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "catalog.json" } };

        var response = await client.PostAsync("/api/v1/catalog/import", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Export_with_an_unknown_format_is_a_validation_problem()
    {
        var client = await factory.ClientAsync("kiemsoat");

        var response = await client.GetAsync("/api/v1/catalog/export?format=pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await BodyAsync(response)).ShouldContain("Định dạng chỉ nhận json hoặc xlsx.");
    }

    /// <summary>The JSON answer with non-ASCII text unescaped, so that Vietnamese messages can be searched for.</summary>
    private static async Task<string> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Json(string procedures, string unused) => "{\"format\":\"motcua-catalog\",\"formatVersion\":1,\"procedures\":[" + procedures + "]}" + unused;

    private static string Procedure(string code, string extra) =>
        "{\"procedure\":{\"code\":\"" + code + "\",\"name\":\"Tên\",\"fieldCode\":\"FIELD\",\"levelCodes\":[\"XA\"],\"agencies\":[{\"agencyCode\":\"H99.50\",\"role\":\"Performing\"}]," +
        "\"sequence\":\"B1\",\"dossierComponents\":[{\"name\":\"Tờ khai\",\"forms\":[\"Original\"]}],\"processingTimeAmount\":1,\"subjects\":\"Công dân\",\"result\":\"Giấy\"," +
        "\"legalBases\":[{\"number\":\"1/2026\"}]," + extra + "}}";

    private static async Task<byte[]> ExportAsync(MotCuaFactory app, string format)
    {
        var client = await app.ClientAsync("kiemsoat");
        var response = await client.GetAsync("/api/v1/catalog/export?format=" + format);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<HttpResponseMessage> ImportAsync(MotCuaFactory app, string fileName, byte[] bytes)
    {
        var client = await app.ClientAsync("kiemsoat");
        var page = await client.GetStringAsync("/catalog/import");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var content = new MultipartFormDataContent { { file, "file", fileName } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/catalog/import") { Content = content };
        request.Headers.Add("RequestVerificationToken", SignIn.AntiforgeryToken(page));
        return await client.SendAsync(request);
    }

    /// <summary>The workbook with <paramref name="marker"/> replaced by raw XML text in every worksheet, as a hand-edited file could hold it.</summary>
    private static byte[] WithRawCellXml(byte[] workbook, string marker, string xml)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList())
            {
                string text;
                using (var reader = new StreamReader(entry.Open()))
                {
                    text = reader.ReadToEnd();
                }

                using var writer = new StreamWriter(entry.Open());
                writer.BaseStream.SetLength(0);
                writer.Write(text.Replace(marker, xml, StringComparison.Ordinal));
            }
        }

        return stream.ToArray();
    }

    /// <summary>Adds to <paramref name="to"/> the procedure fields of <paramref name="from"/> it lacks: a catalogue names its fields by code.</summary>
    private static async Task CopyFieldsAsync(MotCuaFactory from, MotCuaFactory to)
    {
        List<ProcedureField> fields;
        await using (from.CreateDbScope(out var source))
        {
            fields = await source.ProcedureFields.AsNoTracking().ToListAsync();
        }

        await using var scope = to.CreateDbScope(out var db);
        var there = await db.ProcedureFields.Select(f => f.Code).ToListAsync();
        db.ProcedureFields.AddRange(fields.Where(f => !there.Contains(f.Code))
            .Select(f => new ProcedureField { Id = Guid.CreateVersion7(), Code = f.Code, Name = f.Name, SortOrder = f.SortOrder }));
        await db.SaveChangesAsync();
    }

    /// <summary>The host the round trips export from.</summary>
    public sealed class SourceFactory : MotCuaFactory;

    /// <summary>The procedures' content (what import reads), keyed by code, as comparable JSON text.</summary>
    private static Dictionary<string, string> ContentOf(byte[] json) =>
        JsonNode.Parse(json)!["procedures"]!.AsArray().ToDictionary(p => (string)p!["procedure"]!["code"]!, p => p!["procedure"]!.ToJsonString());

    /// <summary>Every sheet as rows of cells joined by '|', read with the OpenXml SDK.</summary>
    private static Dictionary<string, List<string>> Cells(byte[] workbook, bool dropInformation)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var result = new Dictionary<string, List<string>>();
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var rows = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText
                    : c.DataType?.Value == CellValues.Boolean ? (c.CellValue!.Text == "1" ? "true" : "false") : c.CellValue?.Text ?? "").ToList())
                .ToList();
            if (dropInformation && sheet.Name == "Procedures")
            {
                var keep = rows[0].Select((h, i) => (h, i)).Where(x => !InformationColumns.Contains(x.h)).Select(x => x.i).ToList();
                rows = rows.Select(r => keep.Select(i => i < r.Count ? r[i] : "").ToList()).ToList();
            }

            if (dropInformation && sheet.Name == "Format")
            {
                rows = rows.Where(r => r[0] != "exportedAt").ToList();
            }

            result[sheet.Name!] = rows.Select(r => string.Join('|', r)).ToList();
        }

        return result;
    }

    private static string Flat(Dictionary<string, List<string>> sheets) => string.Join("\n", sheets.Select(s => s.Key + ":\n" + string.Join("\n", s.Value)));

    /// <summary>The workbook with one cell (1-based row and column) replaced by text.</summary>
    private static byte[] Rewrite(byte[] workbook, string sheetName, int row, int column, string value)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!;
            var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
            var data = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            var reference = (char)('A' + column - 1) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var target = data.Elements<Row>().SingleOrDefault(r => r.RowIndex! == (uint)row);
            if (target is null)
            {
                target = new Row { RowIndex = (uint)row };
                data.Append(target);
            }

            var cell = target.Elements<Cell>().SingleOrDefault(c => c.CellReference == reference);
            if (cell is null)
            {
                cell = new Cell { CellReference = reference };
                target.Append(cell);
            }

            cell.CellValue = null;
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(value));
        }

        return stream.ToArray();
    }
}
