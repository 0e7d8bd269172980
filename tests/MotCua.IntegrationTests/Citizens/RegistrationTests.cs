using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Organization;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Citizens;

[Collection(SharedHosts.Citizens)]
public sealed class RegistrationTests(MotCuaFactory factory)
{
    [Fact]
    public async Task A_citizen_registers_by_email_enters_the_code_and_signs_in_with_the_address()
    {
        var client = await factory.ClientAsync(null);
        var verifyUrl = await client.StartRegistrationAsync("Trần Thị Bích Ngọc", "Binh.Tran@Example.vn");

        (await client.GetStringAsync(verifyUrl)).ShouldContain("b***@example.vn");
        var code = await factory.LatestCodeAsync("binh.tran@example.vn");
        code.ShouldNotBeNull();
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.Users.AnyAsync(u => u.FullName == "Trần Thị Bích Ngọc")).ShouldBeFalse("no account before the code is entered");
        }

        var verified = await client.SubmitFormAsync(verifyUrl, new Dictionary<string, string> { ["Code"] = code });

        verified.Headers.Location!.OriginalString.ShouldBe("/tai-khoan?chao-mung=true");
        (await client.GetStringAsync("/tai-khoan?chao-mung=true")).ShouldContain("Chào mừng Trần Thị Bích Ngọc");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var user = await db.Users.SingleAsync(u => u.Email == "binh.tran@example.vn");
            user.EmailConfirmed.ShouldBeTrue();
            var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
            roles.ShouldBe([Roles.Citizen]);
            (await db.CitizenProfiles.AnyAsync(p => p.UserId == user.Id)).ShouldBeTrue();
        }

        var again = await factory.ClientAsync(null);
        await again.SignInAsync("BINH.TRAN@example.vn", CitizenAccounts.Password);
        (await again.GetStringAsync("/")).ShouldContain("Trần Thị Bích Ngọc");
    }

    [Fact]
    public async Task A_citizen_registers_by_phone_written_any_way_and_signs_in_with_it()
    {
        var client = await factory.ClientAsync(null);
        var verifyUrl = await client.StartRegistrationAsync("Lê Văn Cường", "+84 983.111.222");
        var code = await factory.LatestCodeAsync("0983111222");
        code.ShouldNotBeNull("the SMS goes to the canonical number");

        (await client.SubmitFormAsync(verifyUrl, new Dictionary<string, string> { ["Code"] = code })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var again = await factory.ClientAsync(null);
        await again.SignInAsync("0983 111 222", CitizenAccounts.Password);
        (await again.GetStringAsync("/tai-khoan")).ShouldContain("0983111222");
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_looks_the_same_but_sends_a_notice_and_creates_nothing()
    {
        await factory.RegisterCitizenAsync("Phạm Thu Dung", "dung.pham@example.vn");
        var stranger = await factory.ClientAsync(null);

        var verifyUrl = await stranger.StartRegistrationAsync("Kẻ Giả Mạo", "dung.pham@example.vn");

        verifyUrl.ShouldStartWith("/tai-khoan/xac-thuc/");
        (await stranger.GetStringAsync(verifyUrl)).ShouldContain("Chúng tôi đã gửi mã gồm 6 chữ số đến d***@example.vn");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var last = await db.OutboxMessages.Where(m => m.Recipient == "dung.pham@example.vn").OrderByDescending(m => m.CreatedAt).FirstAsync();
            last.Body.ShouldContain("đã thuộc tài khoản của bạn");
            last.Body.ShouldNotMatch(@"\d{6}");
        }

        for (var guess = 0; guess < 5; guess++)
        {
            var page = await (await stranger.SubmitFormAsync(verifyUrl, new Dictionary<string, string> { ["Code"] = $"12345{guess}" })).Content.ReadAsStringAsync();
            page.ShouldNotContain("đã được dùng cho một tài khoản");
        }

        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.Users.CountAsync(u => u.Email == "dung.pham@example.vn")).ShouldBe(1);
            (await db.Users.AnyAsync(u => u.FullName == "Kẻ Giả Mạo")).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task Five_wrong_codes_spend_the_code_and_the_right_one_then_creates_nothing()
    {
        var client = await factory.ClientAsync(null);
        var verifyUrl = await client.StartRegistrationAsync("Võ Minh Em", "em.vo@example.vn");
        var code = (await factory.LatestCodeAsync("em.vo@example.vn"))!;
        var wrong = code == "000000" ? "111111" : "000000";

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var page = await (await client.SubmitFormAsync(verifyUrl, new Dictionary<string, string> { ["Code"] = wrong })).Content.ReadAsStringAsync();
            page.ShouldContain(attempt < 5 ? "Mã xác thực không đúng" : "Mã không còn hiệu lực");
        }

        var late = await client.GetStringAsync(verifyUrl);
        late.ShouldContain("Mã không còn hiệu lực");
        late.ShouldNotContain("__RequestVerificationToken\" type=\"hidden\" value=\"\" name");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.Users.AnyAsync(u => u.Email == "em.vo@example.vn")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("", "an@example.vn", "CongDan#2026", "CongDan#2026", "true", "Vui lòng nhập họ và tên")]
    [InlineData("Nguyễn An", "an@", "CongDan#2026", "CongDan#2026", "true", "Vui lòng nhập thư điện tử hợp lệ")]
    [InlineData("Nguyễn An", "0123456789", "CongDan#2026", "CongDan#2026", "true", "Vui lòng nhập thư điện tử hợp lệ")]
    [InlineData("Nguyễn An", "an@example.vn", "ngan", "ngan", "true", "ít nhất 10")]
    [InlineData("Nguyễn An", "an@example.vn", "CongDan#2026", "CongDan#2027", "true", "không khớp")]
    [InlineData("Nguyễn An", "an@example.vn", "CongDan#2026", "CongDan#2026", "false", "Vui lòng đồng ý")]
    public async Task A_broken_registration_form_says_what_is_wrong_and_stores_and_sends_nothing(
        string name, string contact, string password, string confirmation, string consent, string message)
    {
        var client = await factory.ClientAsync(null);
        await using var before = factory.CreateDbScope(out var db0);
        var codesBefore = await db0.VerificationCodes.CountAsync();
        var messagesBefore = await db0.OutboxMessages.CountAsync();

        var response = await client.SubmitFormAsync("/tai-khoan/dang-ky", new Dictionary<string, string>
        {
            ["Input.FullName"] = name,
            ["Input.Contact"] = contact,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirmation,
            ["Input.Consent"] = consent,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        await using var after = factory.CreateDbScope(out var db);
        (await db.VerificationCodes.CountAsync()).ShouldBe(codesBefore);
        (await db.OutboxMessages.CountAsync()).ShouldBe(messagesBefore);
    }

    [Fact]
    public async Task Signing_in_as_a_citizen_opens_the_account_page_but_not_staff_pages_and_staff_cannot_open_citizen_pages()
    {
        var citizen = await factory.RegisterCitizenAsync("Đỗ Hoàng Giang", "giang.do@example.vn");

        (await citizen.GetAsync("/tai-khoan")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await citizen.GetAsync("/worklist")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var officer = await factory.ClientAsync("motcua");
        (await officer.GetAsync("/tai-khoan")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.GetAsync("/tai-khoan")).Headers.Location!.OriginalString.ShouldStartWith("http://localhost/account/denied");
        var anonymous = await factory.ClientAsync(null);
        (await anonymous.GetAsync("/tai-khoan")).Headers.Location!.OriginalString.ShouldContain("/account/login");
    }
}
