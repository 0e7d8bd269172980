using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Organization;

public sealed class AgencyAdminTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    [Fact]
    public async Task Agency_list_reads_as_a_tree_and_searches_and_pages()
    {
        var admin = await factory.ClientAsync("quantri");

        var tree = await admin.GetStringAsync("/admin/agencies");
        var search = await admin.GetStringAsync("/admin/agencies?q=H99.01");
        var byName = await admin.GetStringAsync("/admin/agencies?sort=name&p=99");

        tree.IndexOf("H99.01.01", StringComparison.Ordinal).ShouldBeGreaterThan(tree.IndexOf(">H99.01<", StringComparison.Ordinal));
        tree.ShouldContain("class=\"depth-2\">H99.01.01");
        search.ShouldContain("H99.01.01");
        search.ShouldNotContain("H99.10");
        byName.ShouldContain("Ủy ban nhân dân huyện Đông Sơn");
    }

    [Fact]
    public async Task Malformed_code_is_refused_with_a_Vietnamese_message_and_nothing_is_saved()
    {
        var admin = await factory.ClientAsync("quantri");

        var response = await admin.SubmitFormAsync("/admin/agencies/edit", await FieldsAsync("h99.77", "Sở Thử nghiệm"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("chỉ gồm chữ in hoa A–Z");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.Agencies.AnyAsync(a => a.Name == "Sở Thử nghiệm")).ShouldBeFalse();
    }

    [Fact]
    public async Task Duplicate_code_is_refused_with_a_clear_message_not_a_server_error()
    {
        var admin = await factory.ClientAsync("quantri");

        var response = await admin.SubmitFormAsync("/admin/agencies/edit", await FieldsAsync(DemoProvince.Justice, "Sở Trùng mã"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain($"Mã định danh {DemoProvince.Justice} đã được dùng cho một cơ quan khác.");
    }

    [Fact]
    public async Task Child_code_must_extend_the_parents_code()
    {
        var admin = await factory.ClientAsync("quantri");

        var response = await admin.SubmitFormAsync("/admin/agencies/edit", await FieldsAsync("H99.11.05", "Phòng sai cha", parent: DemoProvince.HomeAffairs));

        (await response.Content.ReadAsStringAsync()).ShouldContain("Mã định danh phải bắt đầu bằng mã của cơ quan chủ quản và dấu chấm (H99.10.…).");
    }

    [Fact]
    public async Task Valid_agency_is_created_edited_deactivated_and_audited()
    {
        var admin = await factory.ClientAsync("quantri");

        var created = await admin.SubmitFormAsync("/admin/agencies/edit", await FieldsAsync("H99.20", "Sở Xây dựng tỉnh Sông Hồng"));

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var editUrl = created.Headers.Location!.OriginalString;
        var fields = await FieldsAsync("H99.20", "Sở Xây dựng tỉnh Sông Hồng (sửa)");
        fields["Input.Version"] = await VersionAsync("H99.20");
        (await admin.SubmitFormAsync(editUrl, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var toggle = await admin.SubmitFormAsync(editUrl, new Dictionary<string, string> { ["Input.Version"] = await VersionAsync("H99.20") }, editUrl + "?handler=Toggle");
        toggle.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var scope = factory.CreateDbScope(out var db);
        var agency = await db.Agencies.SingleAsync(a => a.Code == "H99.20");
        agency.Name.ShouldBe("Sở Xây dựng tỉnh Sông Hồng (sửa)");
        agency.IsActive.ShouldBeFalse();
        var actions = await db.AuditEntries.Where(e => e.EntityId == agency.Id.ToString()).Select(e => e.Action).ToListAsync();
        actions.ShouldBe(["AgencyCreated", "AgencyUpdated", "AgencyDeactivated"], ignoreOrder: true);
        (await db.AuditEntries.FirstAsync(e => e.EntityId == agency.Id.ToString())).UserName.ShouldBe("quantri");
        (await admin.GetStringAsync("/admin")).ShouldContain("Sở Xây dựng tỉnh Sông Hồng (sửa)");
    }

    [Fact]
    public async Task Saving_over_someone_elses_newer_edit_is_refused()
    {
        var admin = await factory.ClientAsync("quantri");
        string id;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            id = (await db.Agencies.SingleAsync(a => a.Code == DemoProvince.Education)).Id.ToString();
        }

        var fields = await FieldsAsync(DemoProvince.Education, "Sở Giáo dục và Đào tạo (bản cũ)");
        fields["Input.Version"] = Guid.NewGuid().ToString();
        var response = await admin.SubmitFormAsync($"/admin/agencies/edit/{id}", fields);

        (await response.Content.ReadAsStringAsync()).ShouldContain("Cơ quan này vừa được người khác sửa.");
        await using var check = factory.CreateDbScope(out var db2);
        (await db2.Agencies.SingleAsync(a => a.Code == DemoProvince.Education)).Name.ShouldBe("Sở Giáo dục và Đào tạo tỉnh Sông Hồng");
    }

    [Fact]
    public async Task Agency_with_active_children_cannot_be_deactivated()
    {
        var admin = await factory.ClientAsync("quantri");
        string id;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            id = (await db.Agencies.SingleAsync(a => a.Code == DemoProvince.ProvincialOffice)).Id.ToString();
        }

        var url = $"/admin/agencies/edit/{id}";
        var response = await admin.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.Version"] = await VersionAsync(DemoProvince.ProvincialOffice) }, url + "?handler=Toggle");

        (await response.Content.ReadAsStringAsync()).ShouldContain("Cơ quan còn cơ quan trực thuộc đang hoạt động");
    }

    [Theory]
    [InlineData("/admin/agencies/edit/0199a1b2-0000-7000-8000-000000000000")]
    [InlineData("/admin/agencies/edit/khong-phai-guid")]
    [InlineData("/admin/agencies/0199a1b2-0000-7000-8000-000000000000/units")]
    [InlineData("/admin/people/edit/0199a1b2-0000-7000-8000-000000000000")]
    [InlineData("/admin/levels/edit/0199a1b2-0000-7000-8000-000000000000")]
    public async Task Unknown_ids_get_the_404_page(string url)
    {
        var admin = await factory.ClientAsync("quantri");

        var response = await admin.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Không tìm thấy trang hoặc dữ liệu được yêu cầu.");
    }

    [Fact]
    public async Task Units_are_added_to_an_agency_and_unit_codes_are_unique_per_agency()
    {
        var admin = await factory.ClientAsync("quantri");
        string agencyId;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            agencyId = (await db.Agencies.SingleAsync(a => a.Code == DemoProvince.Justice)).Id.ToString();
        }

        var url = $"/admin/agencies/{agencyId}/units/edit";
        var created = await admin.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.Code"] = "qlxlvphc", ["Input.Name"] = "Phòng Quản lý xử lý vi phạm hành chính" });
        var duplicate = await admin.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.Code"] = "HCTP", ["Input.Name"] = "Trùng" });

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync($"/admin/agencies/{agencyId}/units")).ShouldContain("QLXLVPHC");
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("Cơ quan đã có phòng ban mã HCTP.");
    }

    [Fact]
    public async Task A_historic_district_level_can_be_added_with_its_end_date()
    {
        var admin = await factory.ClientAsync("quantri");

        var bad = await admin.SubmitFormAsync("/admin/levels/edit", new Dictionary<string, string>
        {
            ["Input.Code"] = "THON", ["Input.Name"] = "Cấp thôn", ["Input.SortOrder"] = "9", ["Input.ValidFrom"] = "2020-01-01", ["Input.ValidTo"] = "2019-01-01",
        });
        var good = await admin.SubmitFormAsync("/admin/levels/edit", new Dictionary<string, string>
        {
            ["Input.Code"] = "THON", ["Input.Name"] = "Cấp thôn", ["Input.SortOrder"] = "9", ["Input.ValidTo"] = "2025-06-30",
        });

        (await bad.Content.ReadAsStringAsync()).ShouldContain("Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực.");
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var scope = factory.CreateDbScope(out var db);
        (await db.AdministrativeLevels.SingleAsync(l => l.Code == "THON")).ValidTo.ShouldBe(new DateOnly(2025, 6, 30));
    }

    private async Task<Dictionary<string, string>> FieldsAsync(string code, string name, string parent = DemoProvince.PeoplesCommittee)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var level = await db.AdministrativeLevels.SingleAsync(l => l.Code == "TINH");
        var parentId = (await db.Agencies.SingleAsync(a => a.Code == parent)).Id;
        return new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.Name"] = name,
            ["Input.Kind"] = "Department",
            ["Input.LevelId"] = level.Id.ToString(),
            ["Input.ParentId"] = parentId.ToString(),
            ["Input.Version"] = Guid.Empty.ToString(),
        };
    }

    private async Task<string> VersionAsync(string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return (await db.Agencies.AsNoTracking().SingleAsync(a => a.Code == code)).Version.ToString();
    }
}
