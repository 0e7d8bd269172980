using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Organization.Scoping;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Organization;

public sealed class PeopleAdminTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    private const string StrongPassword = "Kiem#Tra2026";

    [Fact]
    public async Task People_list_searches_by_name_and_filters_by_agency()
    {
        var admin = await factory.ClientAsync("quantri");
        var homeAffairs = await AgencyIdAsync(DemoProvince.HomeAffairs);

        var byName = await admin.GetStringAsync("/admin/people?q=cường");
        var byAgency = await admin.GetStringAsync($"/admin/people?agency={homeAffairs}");

        byName.ShouldContain("chuyenvien");
        byName.ShouldNotContain("truongphong");
        byAgency.ShouldContain("giamdoc");
        byAgency.ShouldNotContain("<td>motcua</td>");
        byAgency.ShouldContain("Lãnh đạo cơ quan");
    }

    [Fact]
    public async Task New_staff_member_with_a_role_signs_in_and_carries_agency_and_unit_claims()
    {
        var admin = await factory.ClientAsync("quantri");
        var fields = await PersonAsync("nv.tuphap", DemoProvince.Justice, "HCTP", Roles.Specialist);

        var response = await admin.SubmitFormAsync("/admin/people/edit", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var client = await factory.ClientAsync(null);
        await client.SignInAsync("nv.tuphap", StrongPassword);
        var home = await client.GetStringAsync("/");
        home.ShouldContain("Người Thử Nghiệm");
        home.ShouldContain("Chuyên viên");
        var principal = await PrincipalAsync("nv.tuphap");
        principal.FindFirst(StaffClaims.AgencyId)!.Value.ShouldBe((await AgencyIdAsync(DemoProvince.Justice)).ToString());
        AgencyScope.From(principal).CanAccessAgency(await AgencyIdAsync(DemoProvince.Justice)).ShouldBeTrue();
        AgencyScope.From(principal).CanAccessAgency(await AgencyIdAsync(DemoProvince.HomeAffairs)).ShouldBeFalse();
    }

    [Fact]
    public async Task The_administration_log_records_a_new_person_in_Vietnamese_with_named_roles_even_from_the_English_page()
    {
        var admin = await factory.ClientAsync("quantri");
        var fields = await PersonAsync("nv.nhatky", DemoProvince.Justice, "HCTP", Roles.Specialist);

        (await admin.SubmitFormAsync("/admin/people/edit?culture=en", fields, "/admin/people/edit?culture=en")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var scope = factory.CreateDbScope(out var db);
        var summary = await db.AuditEntries.AsNoTracking().Where(e => e.Action == "PersonCreated" && e.Summary.Contains("nv.nhatky")).Select(e => e.Summary).SingleAsync();
        summary.ShouldContain("tài khoản nv.nhatky; họ tên Người Thử Nghiệm");
        summary.ShouldContain("vai trò: Chuyên viên");
        summary.ShouldNotContain(Roles.Specialist);
        (await admin.GetStringAsync("/admin")).ShouldContain("vai trò: Chuyên viên");
    }

    [Theory]
    [InlineData("ngan1!A", "Mật khẩu phải có ít nhất 10 ký tự.")]
    [InlineData("chuthuong123!", "Mật khẩu phải có ít nhất một chữ in hoa.")]
    [InlineData("CHUHOA123!X", "Mật khẩu phải có ít nhất một chữ thường.")]
    [InlineData("KhongCoSo!!", "Mật khẩu phải có ít nhất một chữ số.")]
    [InlineData("KhongKyTu123", "Mật khẩu phải có ít nhất một ký tự đặc biệt")]
    public async Task Weak_initial_password_is_refused_in_Vietnamese(string password, string message)
    {
        var admin = await factory.ClientAsync("quantri");
        var fields = await PersonAsync("nv.yeu", DemoProvince.Justice, null, Roles.Specialist);
        fields["Input.Password"] = password;

        var response = await admin.SubmitFormAsync("/admin/people/edit", fields);

        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        await using var scope = factory.CreateDbScope(out var db);
        (await db.Users.AnyAsync(u => u.UserName == "nv.yeu")).ShouldBeFalse();
    }

    [Fact]
    public async Task Staff_without_agency_and_unit_of_another_agency_are_refused()
    {
        var admin = await factory.ClientAsync("quantri");
        var noAgency = await PersonAsync("nv.khongcq", null, null, Roles.CounterOfficer);
        var wrongUnit = await PersonAsync("nv.saiphong", DemoProvince.Justice, null, Roles.Specialist);
        wrongUnit["Input.UnitId"] = (await UnitIdAsync(DemoProvince.HomeAffairs, "LDVL")).ToString();

        var first = await (await admin.SubmitFormAsync("/admin/people/edit", noAgency)).Content.ReadAsStringAsync();
        var second = await (await admin.SubmitFormAsync("/admin/people/edit", wrongUnit)).Content.ReadAsStringAsync();

        first.ShouldContain("Cán bộ phải thuộc một cơ quan");
        second.ShouldContain("Phòng ban đã chọn không thuộc cơ quan đã chọn.");
    }

    [Fact]
    public async Task Province_wide_account_needs_no_agency()
    {
        var admin = await factory.ClientAsync("quantri");

        var response = await admin.SubmitFormAsync("/admin/people/edit", await PersonAsync("qt.phu", null, null, Roles.SystemAdmin));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Editing_changes_roles_and_a_stale_form_is_refused()
    {
        var admin = await factory.ClientAsync("quantri");
        (await admin.SubmitFormAsync("/admin/people/edit", await PersonAsync("nv.doivaitro", DemoProvince.HomeAffairs, "NCC", Roles.Specialist))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (id, stamp) = await UserAsync("nv.doivaitro");
        var url = $"/admin/people/edit/{id}";

        var edit = await PersonAsync("nv.doivaitro", DemoProvince.HomeAffairs, "NCC", Roles.UnitLeader);
        edit["Input.ConcurrencyStamp"] = stamp;
        (await admin.SubmitFormAsync(url, edit)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await PersonAsync("nv.doivaitro", DemoProvince.HomeAffairs, "NCC", Roles.AgencyLeader);
        stale["Input.ConcurrencyStamp"] = stamp;
        var refused = await admin.SubmitFormAsync(url, stale);

        (await refused.Content.ReadAsStringAsync()).ShouldContain("Tài khoản này vừa được người khác sửa.");
        await using var scope = factory.CreateAsyncScopeWithUsers(out var users);
        var user = await users.FindByNameAsync("nv.doivaitro");
        (await users.GetRolesAsync(user!)).ShouldBe([Roles.UnitLeader]);
    }

    [Fact]
    public async Task Locked_person_cannot_sign_in_until_unlocked_and_a_reset_password_works()
    {
        var admin = await factory.ClientAsync("quantri");
        (await admin.SubmitFormAsync("/admin/people/edit", await PersonAsync("nv.khoa", DemoProvince.Education, null, Roles.Specialist))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (id, _) = await UserAsync("nv.khoa");
        var url = $"/admin/people/edit/{id}";

        (await admin.SubmitFormAsync(url, [], url + "?handler=Lock")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var whileLocked = await TrySignInAsync("nv.khoa", StrongPassword);
        (await admin.SubmitFormAsync(url, [], url + "?handler=Unlock")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var weakReset = await admin.SubmitFormAsync(url, new Dictionary<string, string> { ["newPassword"] = "abc" }, url + "?handler=Password");
        (await admin.SubmitFormAsync(url, new Dictionary<string, string> { ["newPassword"] = "Moi#MatKhau99" }, url + "?handler=Password")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        whileLocked.ShouldContain("Tài khoản đã bị khóa. Vui lòng liên hệ quản trị hệ thống.");
        (await weakReset.Content.ReadAsStringAsync()).ShouldContain("Mật khẩu phải có ít nhất 10 ký tự.");
        var client = await factory.ClientAsync(null);
        await client.SignInAsync("nv.khoa", "Moi#MatKhau99");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.AuditEntries.Where(e => e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync())
            .ShouldBe(["PersonCreated", "PersonLocked", "PersonUnlocked", "PasswordReset"], ignoreOrder: true);
    }

    [Fact]
    public async Task Administrator_cannot_lock_themselves_or_drop_their_own_admin_role()
    {
        var admin = await factory.ClientAsync("quantri");
        var (id, stamp) = await UserAsync("quantri");
        var url = $"/admin/people/edit/{id}";
        var edit = await PersonAsync("quantri", null, null, Roles.ProvinceOfficer);
        edit["Input.ConcurrencyStamp"] = stamp;

        var locked = await admin.SubmitFormAsync(url, [], url + "?handler=Lock");
        var demoted = await admin.SubmitFormAsync(url, edit);

        (await locked.Content.ReadAsStringAsync()).ShouldContain("Bạn không thể tự khóa tài khoản của mình.");
        (await demoted.Content.ReadAsStringAsync()).ShouldContain("Bạn không thể tự bỏ vai trò Quản trị hệ thống của mình.");
    }

    private async Task<string> TrySignInAsync(string userName, string password)
    {
        var client = await factory.ClientAsync(null);
        var response = await client.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<Dictionary<string, string>> PersonAsync(string userName, string? agency, string? unit, string role)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.FullName"] = "Người Thử Nghiệm",
            ["Input.Position"] = "Chuyên viên",
            ["Input.Password"] = StrongPassword,
            ["Input.Roles"] = role,
            ["Input.AgencyId"] = agency is null ? "" : (await AgencyIdAsync(agency)).ToString(),
            ["Input.UnitId"] = agency is null || unit is null ? "" : (await UnitIdAsync(agency, unit)).ToString(),
        };
        return fields;
    }

    private async Task<Guid> AgencyIdAsync(string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return (await db.Agencies.SingleAsync(a => a.Code == code)).Id;
    }

    private async Task<Guid> UnitIdAsync(string agency, string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return (await db.Units.SingleAsync(u => u.Agency!.Code == agency && u.Code == code)).Id;
    }

    private async Task<(Guid Id, string Stamp)> UserAsync(string userName)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return (user.Id, user.ConcurrencyStamp!);
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        return await principals.CreateAsync((await users.FindByNameAsync(userName))!);
    }
}

internal static class UserScope
{
    public static AsyncServiceScope CreateAsyncScopeWithUsers(this MotCuaFactory factory, out UserManager<AppUser> users)
    {
        var scope = factory.Services.CreateAsyncScope();
        users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return scope;
    }
}
