using MotCua.Modules.Dossiers;

namespace MotCua.UnitTests.Dossiers;

public sealed class DossierCodeTests
{
    [Fact]
    public void The_current_format_writes_the_agency_identifier_as_issued_then_date_and_four_digit_sequence()
    {
        DossierCode.Create("H99.10", new DateOnly(2026, 11, 23), 7, DossierCodeFormat.Tt03_2025).ToString().ShouldBe("H99.10-261123-0007");
    }

    [Fact]
    public void The_2018_format_puts_the_level_one_group_last()
    {
        DossierCode.Create("H99.01.01", new DateOnly(2026, 1, 5), 12, DossierCodeFormat.Tt01_2018).ToString().ShouldBe("01.01.H99-260105-0012");
    }

    [Fact]
    public void The_sequence_grows_past_four_digits_and_a_central_system_prefix_precedes_it()
    {
        DossierCode.Create("H99", new DateOnly(2026, 11, 23), 12345, DossierCodeFormat.Tt03_2025).ToString().ShouldBe("H99-261123-12345");
        DossierCode.Create("G12.34", new DateOnly(2026, 11, 23), 3, DossierCodeFormat.Tt03_2025, "07").ToString().ShouldBe("G12.34-261123-070003");
    }

    [Theory]
    [InlineData(" h99.01.01-261123-0001 ", "H99.01.01", 2026, 11, 23, "0001")]
    [InlineData("G12.34-260229-12345", null, 0, 0, 0, null)]
    [InlineData("G12.34-240229-12345", "G12.34", 2024, 2, 29, "12345")]
    [InlineData("H99-261123-001", null, 0, 0, 0, null)]
    [InlineData("H99..01-261123-0001", null, 0, 0, 0, null)]
    [InlineData("H99.01-261323-0001", null, 0, 0, 0, null)]
    [InlineData("H99 01-261123-0001", null, 0, 0, 0, null)]
    [InlineData("", null, 0, 0, 0, null)]
    public void Typed_codes_are_parsed_strictly(string text, string? agency, int year, int month, int day, string? tail)
    {
        var ok = DossierCode.TryParse(text, out var code);

        ok.ShouldBe(agency is not null);
        if (ok)
        {
            code!.Value.AgencyPart.ShouldBe(agency);
            code.Value.Date.ShouldBe(new DateOnly(year, month, day));
            code.Value.Tail.ShouldBe(tail);
        }
    }
}
