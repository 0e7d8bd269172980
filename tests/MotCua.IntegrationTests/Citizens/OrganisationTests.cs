using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Citizens;

[Collection(SharedHosts.Citizens)]
public sealed class OrganisationTests(MotCuaFactory factory)
{
    [Fact]
    public async Task A_manager_registers_an_organisation_invites_a_member_who_joins_with_the_code_and_strangers_see_nothing()
    {
        var manager = await factory.RegisterCitizenAsync("Giám Đốc Công Ty", "giamdoc@congty-a.vn");
        var created = await manager.SubmitFormAsync("/tai-khoan/to-chuc", new Dictionary<string, string>
        {
            ["Input.Name"] = "Công ty TNHH Sông Hồng Xanh", ["Input.TaxCode"] = "0101234567", ["Input.Address"] = "Số 1 Tràng Tiền",
        });
        var orgUrl = created.Headers.Location!.OriginalString;
        orgUrl.ShouldStartWith("/tai-khoan/to-chuc/");
        var member = await factory.RegisterCitizenAsync("Kế Toán Viên", "ketoan@congty-a.vn");
        var stranger = await factory.RegisterCitizenAsync("Người Ngoài", "nguoingoai@example.vn");

        var invited = await manager.SubmitFormAsync(orgUrl, new Dictionary<string, string> { ["contact"] = "ketoan@congty-a.vn" }, orgUrl + "?handler=Invite");
        invited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await manager.GetStringAsync(orgUrl)).ShouldContain("k***@congty-a.vn thuộc một tài khoản đã xác thực");
        var code = (await factory.LatestCodeAsync("ketoan@congty-a.vn"))!;

        (await stranger.GetAsync(orgUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetStringAsync("/tai-khoan/to-chuc/nhan-loi-moi")).ShouldNotContain("Sông Hồng Xanh");
        var invitationId = await InvitationIdAsync("ketoan@congty-a.vn");
        var strangerTry = await stranger.SubmitFormAsync(
            "/tai-khoan/to-chuc/nhan-loi-moi", new Dictionary<string, string> { ["invitation"] = invitationId.ToString(), ["code"] = code });
        strangerTry.StatusCode.ShouldBe(HttpStatusCode.NotFound, "an invitation to someone else's address");

        var pending = await member.GetStringAsync("/tai-khoan/to-chuc/nhan-loi-moi");
        pending.ShouldContain("Công ty TNHH Sông Hồng Xanh");
        var joined = await member.SubmitFormAsync("/tai-khoan/to-chuc/nhan-loi-moi", new Dictionary<string, string> { ["invitation"] = invitationId.ToString(), ["code"] = code });

        joined.Headers.Location!.OriginalString.ShouldBe(orgUrl);
        var page = await member.GetStringAsync(orgUrl);
        page.ShouldContain("Kế Toán Viên");
        page.ShouldContain("Giám Đốc Công Ty");
        page.ShouldNotContain("Gửi lời mời", customMessage: "a member who is not a manager does not invite");
        (await stranger.GetAsync(orgUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_last_manager_cannot_leave_a_member_can_and_a_taken_tax_code_is_refused()
    {
        var manager = await factory.RegisterCitizenAsync("Chủ Hợp Tác Xã", "chu@htx.vn");
        var created = await manager.SubmitFormAsync("/tai-khoan/to-chuc", new Dictionary<string, string> { ["Input.Name"] = "HTX Nông nghiệp Hồng Phong", ["Input.TaxCode"] = "0109876543-001" });
        var orgUrl = created.Headers.Location!.OriginalString;
        var managerId = await UserIdAsync("chu@htx.vn");

        var leave = await manager.SubmitFormAsync(orgUrl, new Dictionary<string, string> { ["member"] = managerId.ToString() }, orgUrl + "?handler=Remove");
        (await leave.Content.ReadAsStringAsync()).ShouldContain("phải còn ít nhất một người quản lý");

        var other = await factory.RegisterCitizenAsync("Xã Viên", "xavien@htx.vn");
        var again = await other.SubmitFormAsync("/tai-khoan/to-chuc", new Dictionary<string, string> { ["Input.Name"] = "Trùng", ["Input.TaxCode"] = "0109876543-001" });
        (await again.Content.ReadAsStringAsync()).ShouldContain("đã được đăng ký");
        var broken = await other.SubmitFormAsync("/tai-khoan/to-chuc", new Dictionary<string, string> { ["Input.Name"] = "Sai mã", ["Input.TaxCode"] = "01-23" });
        (await broken.Content.ReadAsStringAsync()).ShouldContain("Mã số doanh nghiệp gồm 10 chữ số");
        var otherId = await UserIdAsync("xavien@htx.vn");
        var removeFromOutside = await other.SubmitFormAsync("/tai-khoan/to-chuc", [], orgUrl + "?handler=Remove");
        removeFromOutside.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var scope = factory.CreateDbScope(out var db);
        var organisation = await db.CitizenOrganisations.Include(o => o.Members).SingleAsync(o => o.TaxCode == "0109876543-001");
        organisation.Members.Select(m => m.UserId).ShouldBe([managerId]);
        organisation.Members.ShouldNotContain(m => m.UserId == otherId);
    }

    private async Task<Guid> InvitationIdAsync(string contact)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.VerificationCodes.Where(c => c.Contact == contact && c.Purpose == MotCua.Modules.Citizens.Data.VerificationPurpose.OrganisationInvitation)
            .OrderByDescending(c => c.CreatedAt).Select(c => c.Id).FirstAsync();
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
