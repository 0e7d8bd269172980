using MotCua.Modules.Citizens;

namespace MotCua.UnitTests.Citizens;

public sealed class IdentityNumbersTests
{
    [Theory]
    [InlineData("001090012345", null, true)]
    [InlineData("096301012345", null, true)]
    [InlineData("000090012345", null, false)]
    [InlineData("097090012345", null, false)]
    [InlineData("00109001234", null, false)]
    [InlineData("00109001234a", null, false)]
    [InlineData("001090012345", "1990-01-01", true)]
    [InlineData("001190012345", "1990-12-31", true)]
    [InlineData("001205012345", "2005-06-01", true)]
    [InlineData("001305012345", "2005-06-01", true)]
    [InlineData("001205012345", "1905-06-01", false)]
    [InlineData("001090012345", "1991-01-01", false)]
    public void Personal_numbers_have_a_province_code_and_agree_with_the_birth_year(string value, string? born, bool valid) =>
        IdentityNumbers.IsPersonalNumber(value, born is null ? null : DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(valid);

    [Theory]
    [InlineData("0101234567", true, true)]
    [InlineData("0101234567-001", true, true)]
    [InlineData("001090012345", true, false)]
    [InlineData("010123456", false, false)]
    [InlineData("0101234567-01", false, false)]
    [InlineData("0101234567001", false, false)]
    public void Tax_codes_are_ten_digits_ten_dash_three_or_for_a_person_the_identification_number(string value, bool personal, bool enterprise)
    {
        IdentityNumbers.IsTaxCode(value).ShouldBe(personal);
        IdentityNumbers.IsEnterpriseCode(value).ShouldBe(enterprise);
    }

    [Theory]
    [InlineData("\u0660\u0660\u0661\u0660\u0669\u0660\u0660\u0661\u0662\u0663\u0664\u0665")]
    [InlineData("\uff10\uff10\uff11\uff10\uff19\uff10\uff10\uff11\uff12\uff13\uff14\uff15")]
    [InlineData("\u0966\u0966\u0967\u0966\u096f\u0966\u0966\u0967\u0968\u0969\u096a\u096b")]
    public void Numbers_written_with_digits_other_than_0_to_9_are_neither_identification_numbers_nor_tax_codes(string value)
    {
        IdentityNumbers.IsPersonalNumber(value).ShouldBeFalse();
        IdentityNumbers.IsPersonalNumber(value, new DateOnly(1990, 1, 1)).ShouldBeFalse();
        IdentityNumbers.IsTaxCode(value).ShouldBeFalse();
        IdentityNumbers.IsEnterpriseCode(value[..10]).ShouldBeFalse();
    }
}
