using MotCua.Modules.Dossiers.ReceiveDossier;

namespace MotCua.UnitTests.Dossiers.ReceiveDossier;

public sealed class ApplicantRulesTests
{
    [Theory]
    [InlineData("001090012345", true)]
    [InlineData("\u0660\u0660\u0661\u0660\u0669\u0660\u0660\u0661\u0662\u0663\u0664\u0665", false)]
    [InlineData("\uff10\uff10\uff11\uff10\uff19\uff10\uff10\uff11\uff12\uff13\uff14\uff15", false)]
    public void Identity_numbers_are_twelve_digits_0_to_9(string value, bool valid) =>
        (ApplicantRules.CheckIdentityNumber(value) is null).ShouldBe(valid);

    [Theory]
    [InlineData("0101234567-001", true)]
    [InlineData("\u0660\u0661\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667", false)]
    [InlineData("0101234567-\uff10\uff10\uff11", false)]
    public void Tax_codes_are_digits_0_to_9(string value, bool valid) =>
        (ApplicantRules.CheckTaxCode(value) is null).ShouldBe(valid);

    [Theory]
    [InlineData("0912 345 678", true)]
    [InlineData("+84912345678", true)]
    [InlineData("\uff10\uff19\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18", false)]
    [InlineData("+84\u0669\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668", false)]
    public void Phone_numbers_are_digits_0_to_9(string value, bool valid) =>
        (ApplicantRules.CheckPhone(value, required: true) is null).ShouldBe(valid);
}
