using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Citizens;

[Collection(SharedHosts.Citizens)]
public sealed class ProfileTests(MotCuaFactory factory)
{
    [Theory]
    [InlineData("00109001234", "", "", "3 chữ số đầu là mã tỉnh")]
    [InlineData("099090012345", "", "", "3 chữ số đầu là mã tỉnh")]
    [InlineData("001090012345", "1985-04-02", "", "không khớp với năm sinh")]
    [InlineData("001290012345", "1990-04-02", "", "không khớp với năm sinh")]
    [InlineData("", "2999-01-01", "", "Ngày sinh không hợp lệ")]
    [InlineData("", "02/04/1990", "", "Ngày sinh không hợp lệ")]
    [InlineData("", "", "12345", "Mã số thuế gồm 10 chữ số")]
    public async Task Wrong_numbers_are_refused_with_the_reason_and_nothing_is_saved(string identityNumber, string born, string taxCode, string message)
    {
        var email = $"phuc.{Guid.NewGuid():N}@example.vn";
        var client = await factory.RegisterCitizenAsync("Kiều Văn Phúc", email);

        var response = await client.SubmitFormAsync("/tai-khoan", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Kiều Văn Phúc Mới",
            ["Input.IdentityNumber"] = identityNumber,
            ["Input.DateOfBirth"] = born,
            ["Input.TaxCode"] = taxCode,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        await using var scope = factory.CreateDbScope(out var db);
        (await db.Users.SingleAsync(u => u.Email == email)).FullName.ShouldBe("Kiều Văn Phúc");
    }

    [Fact]
    public async Task A_citizen_saves_the_identity_number_birth_date_tax_code_and_address()
    {
        var client = await factory.RegisterCitizenAsync("Lương Thị Quỳnh", "quynh.luong@example.vn");

        var saved = await client.SubmitFormAsync("/tai-khoan", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Lương Thị Quỳnh",
            ["Input.IdentityNumber"] = "037192001234",
            ["Input.DateOfBirth"] = "1992-03-15",
            ["Input.TaxCode"] = "8012345678",
            ["Input.Address"] = "Số 5, đường Lê Lợi, phường Hồng Hà",
        });

        saved.Headers.Location!.OriginalString.ShouldBe("/tai-khoan");
        var page = await client.GetStringAsync("/tai-khoan");
        page.ShouldContain("Đã lưu thông tin cá nhân.");
        page.ShouldContain("value=\"037192001234\"");
        page.ShouldContain("value=\"1992-03-15\"");
        await using var scope = factory.CreateDbScope(out var db);
        var user = await db.Users.SingleAsync(u => u.Email == "quynh.luong@example.vn");
        var profile = await db.CitizenProfiles.SingleAsync(p => p.UserId == user.Id);
        profile.IdentityNumber.ShouldBe("037192001234");
        profile.DateOfBirth.ShouldBe(new DateOnly(1992, 3, 15));
        profile.TaxCode.ShouldBe("8012345678");
        profile.IdentityVerifiedBy.ShouldBeNull();
        (await db.AuditEntries.AnyAsync(a => a.Action == "CitizenProfileChanged" && a.EntityId == user.Id.ToString())).ShouldBeTrue();
    }

    [Fact]
    public async Task A_citizen_adds_a_phone_number_after_entering_the_code_sent_to_it_and_signs_in_with_it()
    {
        var client = await factory.RegisterCitizenAsync("Mạc Đăng Sơn", "son.mac@example.vn");

        var ask = await client.SubmitFormAsync("/tai-khoan/lien-he", new Dictionary<string, string> { ["Contact"] = "0966 777 888" });
        var confirmUrl = ask.Headers.Location!.OriginalString;
        var code = await factory.LatestCodeAsync("0966777888");
        code.ShouldNotBeNull();
        (await client.GetStringAsync("/tai-khoan")).ShouldNotContain("0966777888", customMessage: "not added before the code");

        var confirmed = await client.SubmitFormAsync(confirmUrl, new Dictionary<string, string> { ["Code"] = code });

        confirmed.Headers.Location!.OriginalString.ShouldBe("/tai-khoan");
        (await client.GetStringAsync("/tai-khoan")).ShouldContain("0966777888");
        var phone = await factory.ClientAsync(null);
        await phone.SignInAsync("0966777888", CitizenAccounts.Password);
    }

    [Fact]
    public async Task An_address_of_another_account_cannot_be_taken_over_and_its_owner_is_told()
    {
        (await factory.RegisterCitizenAsync("Chủ Địa Chỉ", "chu.dia.chi@example.vn")).Dispose();
        var other = await factory.RegisterCitizenAsync("Người Khác", "nguoi.khac@example.vn");

        var ask = await other.SubmitFormAsync("/tai-khoan/lien-he", new Dictionary<string, string> { ["Contact"] = "chu.dia.chi@example.vn" });
        ask.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the page reads as for a free address");
        var answer = await other.SubmitFormAsync(ask.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = "123456" });

        (await answer.Content.ReadAsStringAsync()).ShouldContain("Mã xác thực không đúng");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.Users.CountAsync(u => u.Email == "chu.dia.chi@example.vn")).ShouldBe(1);
        (await db.OutboxMessages.Where(m => m.Recipient == "chu.dia.chi@example.vn").OrderByDescending(m => m.CreatedAt).Select(m => m.Body).FirstAsync())
            .ShouldContain("đã thuộc tài khoản của bạn");
    }

    [Fact]
    public async Task Another_citizens_contact_change_code_page_is_not_theirs_to_use()
    {
        var owner = await factory.RegisterCitizenAsync("Chủ Mã", "chu.ma@example.vn");
        var ask = await owner.SubmitFormAsync("/tai-khoan/lien-he", new Dictionary<string, string> { ["Contact"] = "0955 123 456" });
        var url = ask.Headers.Location!.OriginalString;
        var code = (await factory.LatestCodeAsync("0955123456"))!;
        var thief = await factory.RegisterCitizenAsync("Kẻ Lấy Mã", "ke.lay.ma@example.vn");

        (await thief.GetStringAsync(url)).ShouldContain("Mã không còn hiệu lực");
        await thief.SubmitFormAsync("/tai-khoan/lien-he", new Dictionary<string, string> { ["Contact"] = "0944 000 000" });
        var form = await thief.GetStringAsync("/tai-khoan/lien-he");
        await thief.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = code, ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form) }));

        await using var scope = factory.CreateDbScope(out var db);
        (await db.Users.AnyAsync(u => u.PhoneNumber == "0955123456")).ShouldBeFalse();
    }
}
