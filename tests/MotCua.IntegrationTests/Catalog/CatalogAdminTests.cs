using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Catalog.CatalogAdminArrange;

namespace MotCua.IntegrationTests.Catalog;

[Collection(SharedHosts.Catalogue)]
public sealed class CatalogAdminTests(MotCuaFactory factory)
{
    [Theory]
    [InlineData("/catalog")]
    [InlineData("/catalog/new")]
    [InlineData("/catalog/posting-list")]
    [InlineData("/catalog/import")]
    [InlineData("/catalog/procedures/X/edit")]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string url)
    {
        var client = await factory.ClientAsync(null);

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Theory]
    [InlineData("congdan")]
    [InlineData("chuyenvien")]
    [InlineData("motcua")]
    public async Task Accounts_without_the_catalogue_role_are_denied(string user)
    {
        var client = await factory.ClientAsync(user);

        foreach (var url in new[] { "/catalog", "/catalog/new", "/catalog/import", "/catalog/posting-list" })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/account/denied", Case.Insensitive, url);
        }

        (await client.GetAsync("/api/v1/catalog/export?format=xlsx")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anonymous_api_calls_are_unauthorized()
    {
        var client = await factory.ClientAsync(null);

        (await client.GetAsync("/api/v1/catalog/export?format=json")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("kiemsoat")]
    [InlineData("quantri")]
    public async Task Control_officer_and_system_admin_see_drafts_and_abolished_procedures_in_the_list(string user)
    {
        var field = await FieldAsync(factory);
        var draft = await ProcedureAsync(factory, field, "Đăng ký khai sinh thử nghiệm", publish: false);
        var client = await factory.ClientAsync(user);

        var html = await client.GetStringAsync("/catalog?q=dang+ky+khai+sinh+thu");

        html.ShouldContain(draft);
        html.ShouldContain("Dự thảo");
    }

    [Fact]
    public async Task List_filters_by_status()
    {
        var field = await FieldAsync(factory);
        var draft = await ProcedureAsync(factory, field, "Thủ tục lọc trạng thái", publish: false);
        var published = await ProcedureAsync(factory, field, "Thủ tục lọc trạng thái", publish: true);
        var client = await factory.ClientAsync("kiemsoat");

        var html = await client.GetStringAsync("/catalog?q=loc+trang+thai&status=Published");

        html.ShouldContain(published);
        html.ShouldNotContain(draft);
    }

    [Fact]
    public async Task List_pages_twenty_at_a_time_and_sorts_by_name()
    {
        var field = await FieldAsync(factory);
        var token = "Phân trang " + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 22; i++)
        {
            await ProcedureAsync(factory, field, $"{token} {(char)('A' + (21 - i))}", publish: false);
        }

        var client = await factory.ClientAsync("kiemsoat");
        var query = "/catalog?q=" + Uri.EscapeDataString(SearchTextOf(token)) + "&sort=name";

        var first = WebUtility.HtmlDecode(await client.GetStringAsync(query));
        var second = WebUtility.HtmlDecode(await client.GetStringAsync(query + "&p=2"));

        first.ShouldContain("22 thủ tục");
        first.ShouldContain($"{token} A");
        first.ShouldNotContain($"{token} V");
        second.ShouldContain($"{token} U");
        second.ShouldContain($"{token} V");
        second.ShouldNotContain($"{token} A<");
    }

    [Fact]
    public async Task Editing_a_published_procedure_without_a_draft_leads_to_its_page()
    {
        var field = await FieldAsync(factory);
        var code = await ProcedureAsync(factory, field, "Đã công bố, chưa sửa đổi", publish: true);
        var client = await factory.ClientAsync("kiemsoat");

        var response = await client.GetAsync($"/catalog/procedures/{code}/edit");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/catalog/procedures/{code}");
    }

    private static string SearchTextOf(string text) => MotCua.Modules.Catalog.SearchText.Normalize(text);

    [Fact]
    public async Task Creating_a_procedure_with_missing_components_saves_nothing_and_says_what_is_missing()
    {
        var field = await FieldAsync(factory);
        var client = await factory.ClientAsync("kiemsoat");
        var before = await CountsAsync(factory);
        var form = NewProcedureForm("1.000 BAD", "Thủ tục thiếu thành phần", field)
            .Where(p => !p.Key.StartsWith("Input.DossierComponents", StringComparison.Ordinal) && p.Key != "Input.LegalBases[0].Number" && p.Key != "Input.Subjects")
            .ToList();
        form.Add(new("Input.Fees[1].Name", "Phí âm"));
        form.Add(new("Input.Fees[1].AmountVnd", "-5"));

        var response = await PostFormAsync(client, "/catalog/new", "/catalog/new", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Chưa lưu: hãy sửa các lỗi dưới đây.");
        html.ShouldContain("Mã thủ tục dài tối đa 20 ký tự và không chứa khoảng trắng.");
        html.ShouldContain("Hãy nêu ít nhất một thành phần hồ sơ.");
        html.ShouldContain("Hãy nhập đối tượng thực hiện.");
        html.ShouldContain("Hãy nhập số, ký hiệu văn bản.");
        html.ShouldContain("Số tiền phí, lệ phí không được âm.");
        html.ShouldContain("Thủ tục thiếu thành phần</textarea>", Case.Sensitive, "the form keeps what was typed");
        (await CountsAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task Adding_a_row_re_renders_the_form_without_saving()
    {
        var field = await FieldAsync(factory);
        var client = await factory.ClientAsync("kiemsoat");
        var before = await CountsAsync(factory);

        var response = await PostFormAsync(client, "/catalog/new", "/catalog/new?handler=AddRow",
            [.. NewProcedureForm(UniqueCode("R."), "Thêm dòng", field), new("list", "DossierComponents")]);

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("name=\"Input.DossierComponents[1].Name\"");
        html.ShouldContain("value=\"Tờ khai đăng ký\"");
        (await CountsAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task The_procedure_s_own_cut_off_rule_is_saved_from_the_form_shown_again_and_can_go_back_to_the_general_setting()
    {
        var field = await FieldAsync(factory);
        var client = await factory.ClientAsync("kiemsoat");
        var code = UniqueCode("C.");
        var edit = $"/catalog/procedures/{code}/edit";

        var repeated = await PostFormAsync(client, "/catalog/new", "/catalog/new",
            [.. NewProcedureForm(code, "Giờ chốt riêng", field), new("CutOffFollowsAgency", "false"), new("Input.CutOffChannels", "Online"), new("Input.CutOffChannels", "Online")]);
        WebUtility.HtmlDecode(await repeated.Content.ReadAsStringAsync()).ShouldContain("Mỗi cách thức nộp chỉ được chọn một lần cho giờ chốt.");
        var created = await PostFormAsync(client, "/catalog/new", "/catalog/new",
            [.. NewProcedureForm(code, "Giờ chốt riêng", field), new("CutOffFollowsAgency", "false"), new("Input.CutOffChannels", "Online"), new("Input.CutOffSource", "Nghị định 23/2015/NĐ-CP")]);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await VersionAsync(code)).ShouldBe((SubmissionChannels.Online, "Nghị định 23/2015/NĐ-CP"));
        var form = await client.GetStringAsync(edit);
        form.ShouldContain("name=\"CutOffFollowsAgency\" value=\"false\" checked=\"checked\"");
        form.ShouldContain("name=\"Input.CutOffChannels\" value=\"Online\" checked=\"checked\"");
        WebUtility.HtmlDecode(await client.GetStringAsync($"/catalog/procedures/{code}/versions/1")).ShouldContain("Nghị định 23/2015/NĐ-CP");

        (await PostFormAsync(client, edit, edit, [.. NewProcedureForm(code, "Giờ chốt riêng", field), new("Revision", "0"), new("CutOffFollowsAgency", "false")]))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await VersionAsync(code)).ShouldBe((SubmissionChannels.None, null));
        (await PostFormAsync(client, edit, edit, [.. NewProcedureForm(code, "Giờ chốt riêng", field), new("Revision", "1"), new("CutOffFollowsAgency", "true"), new("Input.CutOffChannels", "Direct")]))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await VersionAsync(code)).ShouldBe((null, null));

        async Task<(SubmissionChannels? Channels, string? Source)> VersionAsync(string procedureCode)
        {
            await using var scope = factory.CreateDbScope(out var db);
            var version = await db.ProcedureVersions.AsNoTracking().SingleAsync(v => v.Procedure!.Code == procedureCode);
            return (version.CutOffChannels, version.CutOffSource);
        }
    }

    [Fact]
    public async Task Duplicate_code_is_refused_with_a_clear_message()
    {
        var field = await FieldAsync(factory);
        var existing = await ProcedureAsync(factory, field, "Đã có", publish: false);
        var client = await factory.ClientAsync("kiemsoat");
        var before = await CountsAsync(factory);

        var response = await PostFormAsync(client, "/catalog/new", "/catalog/new", NewProcedureForm(existing, "Trùng mã", field));

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain($"Mã thủ tục {existing} đã có trong danh mục.");
        (await CountsAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task Create_publish_amend_and_abolish_keep_every_version_with_its_decision()
    {
        var field = await FieldAsync(factory);
        var client = await factory.ClientAsync("kiemsoat");
        var code = UniqueCode("L.");

        var created = await PostFormAsync(client, "/catalog/new", "/catalog/new", NewProcedureForm(code, "Thủ tục vòng đời", field));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        created.Headers.Location!.ToString().ShouldBe($"/catalog/procedures/{code}");
        var details = $"/catalog/procedures/{code}";

        var publish = await PostFormAsync(client, details, details + "?handler=Publish",
            [new("Revision", "0"), new("Decision.Number", "15/QĐ-UBND"), new("Decision.SignedOn", "2026-11-02"), new("Decision.EffectiveOn", "2026-11-10")]);
        publish.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await PostFormAsync(client, details, details + "?handler=Amend", [new("Revision", "1")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var editForm = await client.GetStringAsync(details + "/edit");
        editForm.ShouldContain("Thủ tục vòng đời</textarea>");
        var revised = NewProcedureForm(code, "Thủ tục vòng đời (sửa đổi)", field).Append(new("Revision", "2")).ToList();
        (await PostFormAsync(client, details + "/edit", details + "/edit", revised)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var earlier = await PostFormAsync(client, details, details + "?handler=Publish",
            [new("Revision", "3"), new("Decision.Number", "16/QĐ-UBND"), new("Decision.SignedOn", "2026-10-01"), new("Decision.EffectiveOn", "2026-10-01")]);
        WebUtility.HtmlDecode(await earlier.Content.ReadAsStringAsync()).ShouldContain(CatalogRules.DecisionOlderThanCurrent);

        (await PostFormAsync(client, details, details + "?handler=Publish",
            [new("Revision", "3"), new("Decision.Number", "20/QĐ-UBND"), new("Decision.SignedOn", "2026-11-20"), new("Decision.EffectiveOn", "2026-12-01")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostFormAsync(client, details, details + "?handler=Abolish",
            [new("Revision", "4"), new("Decision.Number", "30/QĐ-UBND"), new("Decision.SignedOn", "2026-11-22"), new("Decision.EffectiveOn", "2026-11-30")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var history = WebUtility.HtmlDecode(await client.GetStringAsync(details));
        history.ShouldContain("QĐ số 15/QĐ-UBND, ký ngày 02/11/2026, hiệu lực từ 10/11/2026");
        history.ShouldContain("QĐ số 20/QĐ-UBND, ký ngày 20/11/2026, hiệu lực từ 01/12/2026");
        history.ShouldContain("QĐ số 30/QĐ-UBND, ký ngày 22/11/2026, hiệu lực từ 30/11/2026");
        history.ShouldContain("Đã được thay thế");
        WebUtility.HtmlDecode(await client.GetStringAsync(details + "/versions/1")).ShouldContain("Thủ tục vòng đời");
        WebUtility.HtmlDecode(await client.GetStringAsync(details + "/versions/2")).ShouldContain("Thủ tục vòng đời (sửa đổi)");

        await using var scope = factory.CreateDbScope(out var db);
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == code);
        procedure.Status.ShouldBe(ProcedureStatus.Abolished);
        procedure.Versions.OrderBy(v => v.Number).Select(v => v.Status).ShouldBe([VersionStatus.Superseded, VersionStatus.Abolished]);
    }

    [Fact]
    public async Task Discarding_an_amendment_keeps_the_version_in_force()
    {
        var field = await FieldAsync(factory);
        var code = await ProcedureAsync(factory, field, "Hủy sửa đổi", publish: true);
        var client = await factory.ClientAsync("kiemsoat");
        var details = $"/catalog/procedures/{code}";

        (await PostFormAsync(client, details, details + "?handler=Amend", [new("Revision", "1")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostFormAsync(client, details, details + "?handler=Discard", [new("Revision", "2")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var scope = factory.CreateDbScope(out var db);
        var versions = await db.ProcedureVersions.Where(v => v.Procedure!.Code == code).ToListAsync();
        versions.Select(v => v.Status).ShouldBe([VersionStatus.Published]);
    }

    [Fact]
    public async Task Publishing_without_a_decision_number_shows_the_problem_and_changes_nothing()
    {
        var field = await FieldAsync(factory);
        var code = await ProcedureAsync(factory, field, "Thiếu số quyết định", publish: false);
        var client = await factory.ClientAsync("kiemsoat");
        var details = $"/catalog/procedures/{code}";

        var response = await PostFormAsync(client, details, details + "?handler=Publish",
            [new("Revision", "0"), new("Decision.Number", ""), new("Decision.SignedOn", "2026-11-02"), new("Decision.EffectiveOn", "2026-11-01")]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Hãy nhập số quyết định");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.Procedures.SingleAsync(p => p.Code == code)).Status.ShouldBe(ProcedureStatus.Draft);
    }

    [Fact]
    public async Task A_stale_form_does_not_overwrite_a_newer_save()
    {
        var field = await FieldAsync(factory);
        var code = await ProcedureAsync(factory, field, "Hai người cùng sửa", publish: false);
        var first = await factory.ClientAsync("kiemsoat");
        var second = await factory.ClientAsync("quantri");
        var edit = $"/catalog/procedures/{code}/edit";

        var saved = await PostFormAsync(first, edit, edit, [.. NewProcedureForm(code, "Bản của người thứ nhất", field), new("Revision", "0")]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await PostFormAsync(second, edit, edit, [.. NewProcedureForm(code, "Bản của người thứ hai", field), new("Revision", "0")]);

        WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()).ShouldContain("vừa được người khác thay đổi");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.ProcedureVersions.SingleAsync(v => v.Procedure!.Code == code)).Name.ShouldBe("Bản của người thứ nhất");
    }

    [Fact]
    public async Task Posting_list_shows_the_agencys_published_procedures_grouped_by_field()
    {
        var field = await FieldAsync(factory, "Lĩnh vực niêm yết " + Guid.NewGuid().ToString("N")[..4]);
        var published = await ProcedureAsync(factory, field, "Thủ tục niêm yết tại xã", publish: true, agencyCode: DemoProvince.WardHoaLac);
        var draft = await ProcedureAsync(factory, field, "Thủ tục chưa công bố", publish: false, agencyCode: DemoProvince.WardHoaLac);
        var elsewhere = await ProcedureAsync(factory, field, "Thủ tục của xã khác", publish: true, agencyCode: DemoProvince.CommuneAnBinh);
        var client = await factory.ClientAsync("kiemsoat");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/catalog/posting-list?agency=" + DemoProvince.WardHoaLac));

        html.ShouldContain("ỦY BAN NHÂN DÂN PHƯỜNG HÒA LẠC");
        html.ShouldContain("Lĩnh vực: " + field.Name);
        html.ShouldContain(published);
        html.ShouldContain("3 ngày làm việc");
        html.ShouldContain("Lệ phí: 50.000 đ");
        html.ShouldContain("Một phần");
        html.ShouldContain("123/2015/NĐ-CP");
        html.ShouldNotContain(draft);
        html.ShouldNotContain(elsewhere);
    }

    [Fact]
    public async Task Posting_list_for_an_unknown_agency_is_not_found()
    {
        var client = await factory.ClientAsync("kiemsoat");

        (await client.GetAsync("/catalog/posting-list?agency=X00")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
