using MotCua.Modules.Dossiers.ReceiveDossier;

namespace MotCua.UnitTests.Dossiers.ReceiveDossier;

/// <summary>What the counter is told for each identifier typed; the formats themselves are tested in IdentifiersTests.</summary>
public sealed class ApplicantRulesTests
{
    [Theory]
    [InlineData(" 037092001234 ", null)]
    [InlineData("", "Nhập số định danh cá nhân (CCCD) gồm 12 chữ số.")]
    [InlineData("03709200123A", "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.")]
    [InlineData("\uff10\uff10\uff11\uff10\uff19\uff10\uff10\uff11\uff12\uff13\uff14\uff15", "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.")]
    [InlineData("097092001234", "Ba chữ số đầu của số định danh cá nhân là mã tỉnh nơi đăng ký khai sinh (001–096).")]
    public void Each_wrong_identity_number_gets_its_own_message(string value, string? message) =>
        (ApplicantRules.CheckIdentityNumber("IdentityNumber", value)?.Message).ShouldBe(message);

    [Theory]
    [InlineData(" 0101234567-001 ", null)]
    [InlineData(" ", "Nhập mã số thuế / mã số doanh nghiệp của tổ chức.")]
    [InlineData("001090012345", "Mã số thuế gồm 10 chữ số, đơn vị phụ thuộc thêm dấu gạch ngang và 3 chữ số (ví dụ 0101234567-001).")]
    public void An_organisation_gives_its_enterprise_tax_code(string value, string? message) =>
        (ApplicantRules.CheckTaxCode("TaxCode", value)?.Message).ShouldBe(message);

    [Theory]
    [InlineData("", true, "Nhập số điện thoại liên hệ.")]
    [InlineData("", false, null)]
    [InlineData("12345", false, "Số điện thoại gồm 10 chữ số bắt đầu bằng 0 (hoặc +84).")]
    [InlineData("\uff10\uff19\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18", true, "Số điện thoại gồm 10 chữ số bắt đầu bằng 0 (hoặc +84).")]
    public void A_phone_number_is_required_only_where_asked(string value, bool required, string? message) =>
        (ApplicantRules.CheckPhone("Phone", value, required)?.Message).ShouldBe(message);

    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("0912 345 678", "0912345678")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("091.234.5678", "0912345678")]
    public void Phone_numbers_grouped_with_spaces_or_dots_are_stored_as_ten_digits(string typed, string stored)
    {
        ApplicantRules.CheckPhone("Phone", typed, required: true).ShouldBeNull();
        ApplicantRules.NormalisePhone(typed).ShouldBe(stored);
    }
}
