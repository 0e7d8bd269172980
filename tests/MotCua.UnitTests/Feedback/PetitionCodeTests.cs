using MotCua.Modules.Feedback;

namespace MotCua.UnitTests.Feedback;

public sealed class PetitionCodeTests
{
    [Theory]
    [InlineData("PAKN.20200812.0012", 2020, 8, 12, 12)]
    [InlineData(" pakn.20261207.0001 ", 2026, 12, 7, 1)]
    [InlineData("PAKN.20261207.12345", 2026, 12, 7, 12345)]
    public void A_code_of_the_national_portal_reads_back(string text, int year, int month, int day, int sequence)
    {
        PetitionCode.TryParse(text, out var code).ShouldBeTrue();
        code.ShouldBe(new PetitionCode(new DateOnly(year, month, day), sequence));
    }

    [Fact]
    public void A_code_is_written_with_at_least_four_digits_and_more_past_9999()
    {
        new PetitionCode(new DateOnly(2026, 12, 7), 7).ToString().ShouldBe("PAKN.20261207.0007");
        new PetitionCode(new DateOnly(2026, 12, 7), 10000).ToString().ShouldBe("PAKN.20261207.10000");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PAKN.20261207.000")]
    [InlineData("PAKN.20261207.0000")]
    [InlineData("PAKN.20261307.0001")]
    [InlineData("PAKN.2026120٧.0001")]
    [InlineData("PAKN.20261207.０００１")]
    [InlineData("PAKN.20261207.012345")]
    [InlineData("HS.20261207.0001")]
    [InlineData("PAKN.20261207-0001")]
    [InlineData("PAKN.20261207.00012")]
    public void Anything_else_is_not_a_code(string? text) => PetitionCode.TryParse(text, out _).ShouldBeFalse();
}
