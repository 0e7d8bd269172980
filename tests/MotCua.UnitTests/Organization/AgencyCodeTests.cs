using MotCua.Modules.Organization;

namespace MotCua.UnitTests.Organization;

public sealed class AgencyCodeTests
{
    [Theory]
    [InlineData("H99")]
    [InlineData("H99.10")]
    [InlineData("H99.01.01")]
    [InlineData("A00")]
    [InlineData("Y99.ABC.12")]
    [InlineData("G22.1.2.3.4")]
    [InlineData("H99.01.01.01.01.01.01.01.01.01.01.0")] // 35 characters
    public void Well_formed_codes_are_accepted(string code)
    {
        AgencyCode.Validate(code).ShouldBeNull();
    }

    [Theory]
    [InlineData("H99.01.01.01.01.01.01.01.01.01.01.01", "tối đa 35 ký tự")] // 36 characters
    [InlineData("h99.10", "chữ in hoa")]
    [InlineData("H99.1a", "chữ in hoa")]
    [InlineData("H99 10", "chữ in hoa")]
    [InlineData("H99-10", "chữ in hoa")]
    [InlineData("H99..1", "nhóm rỗng")]
    [InlineData(".H99", "nhóm rỗng")]
    [InlineData("H99.", "nhóm rỗng")]
    [InlineData("Z99", "MX1X2")]
    [InlineData("H9", "MX1X2")]
    [InlineData("H999", "MX1X2")]
    [InlineData("999", "MX1X2")]
    [InlineData("", "không được để trống")]
    [InlineData("   ", "không được để trống")]
    [InlineData(null, "không được để trống")]
    public void Malformed_codes_are_refused_with_the_reason_in_Vietnamese(string? code, string reason)
    {
        var failure = AgencyCode.Validate(code);

        failure.ShouldNotBeNull();
        failure.Field.ShouldBe("Code");
        failure.Source.ShouldBe("AgencyIdentifierFormat");
        failure.Message.ShouldContain(reason);
    }

    [Fact]
    public void The_36_character_case_really_is_36_characters_long()
    {
        "H99.01.01.01.01.01.01.01.01.01.01.01".Length.ShouldBe(36);
        "H99.01.01.01.01.01.01.01.01.01.01.0".Length.ShouldBe(AgencyCode.MaxLength);
    }
}
