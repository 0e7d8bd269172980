using MotCua.Common.Validation;

namespace MotCua.UnitTests.Common.Validation;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("001090012345", null, true)]
    [InlineData("037092001234", null, true)]
    [InlineData("096301012345", null, true)]
    [InlineData("000090012345", null, false)]
    [InlineData("097090012345", null, false)]
    [InlineData("00109001234", null, false)]
    [InlineData("0370920012345", null, false)]
    [InlineData("00109001234a", null, false)]
    [InlineData("001090012345\n", null, false)]
    [InlineData("001090012345", "1990-01-01", true)]
    [InlineData("001190012345", "1990-12-31", true)]
    [InlineData("001205012345", "2005-06-01", true)]
    [InlineData("001305012345", "2005-06-01", true)]
    [InlineData("001205012345", "1905-06-01", false)]
    [InlineData("001090012345", "1991-01-01", false)]
    public void Personal_numbers_have_a_province_code_and_agree_with_the_birth_year(string value, string? born, bool valid) =>
        Identifiers.IsPersonalNumber(value, born is null ? null : DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(valid);

    [Theory]
    [InlineData("000090012345", true)]
    [InlineData("00109001234", false)]
    [InlineData("0370920012345", false)]
    [InlineData(null, false)]
    public void The_length_of_a_personal_number_is_checked_before_its_province_code(string? value, bool twelveDigits) =>
        Identifiers.HasPersonalNumberLength(value).ShouldBe(twelveDigits);

    [Theory]
    [InlineData("0101234567", true, true)]
    [InlineData("0101234567-001", true, true)]
    [InlineData("001090012345", true, false)]
    [InlineData("010123456", false, false)]
    [InlineData("0101234567-01", false, false)]
    [InlineData("0101234567001", false, false)]
    [InlineData("0101234567\n", false, false)]
    public void Tax_codes_are_ten_digits_ten_dash_three_or_for_a_person_the_identification_number(string value, bool personal, bool enterprise)
    {
        Identifiers.IsTaxCode(value).ShouldBe(personal);
        Identifiers.IsEnterpriseCode(value).ShouldBe(enterprise);
    }

    [Theory]
    [InlineData("\u0660\u0660\u0661\u0660\u0669\u0660\u0660\u0661\u0662\u0663\u0664\u0665")]
    [InlineData("\uff10\uff10\uff11\uff10\uff19\uff10\uff10\uff11\uff12\uff13\uff14\uff15")]
    [InlineData("\u0966\u0966\u0967\u0966\u096f\u0966\u0966\u0967\u0968\u0969\u096a\u096b")]
    public void Numbers_written_with_digits_other_than_0_to_9_are_neither_identification_numbers_nor_tax_codes(string value)
    {
        Identifiers.HasPersonalNumberLength(value).ShouldBeFalse();
        Identifiers.IsPersonalNumber(value).ShouldBeFalse();
        Identifiers.IsPersonalNumber(value, new DateOnly(1990, 1, 1)).ShouldBeFalse();
        Identifiers.IsTaxCode(value).ShouldBeFalse();
        Identifiers.IsEnterpriseCode(value[..10]).ShouldBeFalse();
    }

    [Fact]
    public void A_dependent_unit_suffix_written_with_full_width_digits_is_not_a_tax_code() =>
        Identifiers.IsEnterpriseCode("0101234567-\uff10\uff10\uff11").ShouldBeFalse();

    [Theory]
    [InlineData("0912345678", true)]
    [InlineData("+84912345678", true)]
    [InlineData("0212345678", true)]
    [InlineData("091234567", false)]
    [InlineData("09123456789", false)]
    [InlineData("84912345678", false)]
    [InlineData("0912345678\n", false)]
    [InlineData("\uff10\uff19\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18", false)]
    [InlineData("+84\u0669\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668", false)]
    public void Phone_numbers_are_0_or_plus_84_then_nine_digits_0_to_9(string compact, bool valid) =>
        Identifiers.IsPhoneNumber(compact).ShouldBe(valid);

    [Theory]
    [InlineData("0312345678", true)]
    [InlineData("0512345678", true)]
    [InlineData("0712345678", true)]
    [InlineData("0812345678", true)]
    [InlineData("0912345678", true)]
    [InlineData("0212345678", false)]
    [InlineData("0412345678", false)]
    [InlineData("+84912345678", false)]
    [InlineData("09\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18", false)]
    [InlineData("09\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668", false)]
    public void Mobile_numbers_are_ten_digits_in_the_mobile_ranges(string national, bool mobile) =>
        Identifiers.IsMobileNumber(national).ShouldBe(mobile);

    [Theory]
    [InlineData("+84912345678", "0912345678")]
    [InlineData("0912345678", "0912345678")]
    [InlineData("84912345678", "84912345678")]
    public void The_country_code_is_written_as_the_national_0(string compact, string national) =>
        Identifiers.NationalPhone(compact).ShouldBe(national);
}
