using Microsoft.OpenApi;
using MotCua.Common.Time;
using MotCua.Common.Web;
using MotCua.Modules.Calendar;

namespace MotCua.UnitTests.Common.Web;

/// <summary>A declared API parameter reads text exactly as its OpenAPI schema describes it.</summary>
public sealed class ApiParameterTests
{
    private static readonly IntegerParameter PageSize = new("pageSize", 1, 100) { Default = 20 };

    [Theory]
    [InlineData(null, "Valid", 20)]
    [InlineData("  ", "Valid", 20)]
    [InlineData("1", "Valid", 1)]
    [InlineData(" 100 ", "Valid", 100)]
    [InlineData("0", "OutOfRange", 20)]
    [InlineData("101", "OutOfRange", 20)]
    [InlineData("99999999999999", "OutOfRange", 20)]
    [InlineData("-1", "Malformed", 20)]
    [InlineData("+5", "Malformed", 20)]
    [InlineData("1.5", "Malformed", 20)]
    [InlineData("\u0665", "Malformed", 20)]
    [InlineData("\uff15", "Malformed", 20)]
    public void An_integer_takes_ASCII_digits_within_its_limits_and_its_default_when_blank(string? raw, string expected, int value)
    {
        PageSize.Read(raw, out var read).ToString().ShouldBe(expected);
        read.ShouldBe(value);
    }

    [Fact]
    public void A_required_parameter_left_blank_is_missing()
    {
        new IntegerParameter("year", 1900, 2199) { Required = true }.Read("", out var year).ShouldBe(ParameterReading.Missing);
        year.ShouldBeNull();
    }

    [Fact]
    public void An_integer_is_declared_with_its_limits_and_default()
    {
        var schema = PageSize.Schema();

        schema.Type.ShouldBe(JsonSchemaType.Integer);
        (schema.Minimum, schema.Maximum).ShouldBe(("1", "100"));
        schema.Default!.GetValue<int>().ShouldBe(20);
    }

    [Theory]
    [InlineData("2026-02-13", "Valid")]
    [InlineData("2026-02-30", "Malformed")]
    [InlineData("13/02/2026", "Malformed")]
    [InlineData("1999-12-31", "OutOfRange")]
    [InlineData("2200-01-01", "OutOfRange")]
    public void A_date_is_a_real_yyyy_MM_dd_day_within_its_limits(string raw, string expected) =>
        new DateParameter("from", new DateOnly(2000, 1, 1), new DateOnly(2199, 12, 31)).Read(raw, out _).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("2026-02-13T16:10:00+07:00", "2026-02-13T09:10:00Z")]
    [InlineData("2026-02-13T16:10:00 07:00", "2026-02-13T09:10:00Z")]
    [InlineData("2026-02-13T09:10Z", "2026-02-13T09:10:00Z")]
    [InlineData("2026-02-13T16:10", "2026-02-13T09:10:00Z")]
    [InlineData("2026-02-13", "2026-02-12T17:00:00Z")]
    public void An_instant_without_an_offset_is_local_time(string raw, string utc)
    {
        var parameter = new DateTimeParameter("start", VietnamTime.Offset, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

        parameter.Read(raw, out var instant).ShouldBe(ParameterReading.Valid);
        instant!.Value.UtcDateTime.ShouldBe(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
    }

    [Theory]
    [InlineData("hom-nay", "Malformed")]
    [InlineData("9999-12-31T23:59:59Z", "Malformed")]
    [InlineData("1899-12-31T23:59", "OutOfRange")]
    public void An_instant_out_of_its_limits_or_representable_time_is_refused(string raw, string expected)
    {
        var earliest = new DateTimeOffset(1900, 1, 1, 0, 0, 0, VietnamTime.Offset);
        new DateTimeParameter("start", VietnamTime.Offset, earliest, earliest.AddYears(300)).Read(raw, out _).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("WorkingDays", "Valid")]
    [InlineData(" workingdays ", "Valid")]
    [InlineData("0", "Malformed")]
    [InlineData("Weeks", "Malformed")]
    public void An_enum_takes_its_names_in_any_case_and_never_its_numbers(string raw, string expected) =>
        new EnumParameter<DeadlineUnit>("unit").Read(raw, out _).ToString().ShouldBe(expected);

    [Fact]
    public void An_enum_is_declared_with_its_names()
    {
        var schema = new EnumParameter<DeadlineUnit>("unit").Schema();

        schema.Enum!.Select(v => v.GetValue<string>()).ShouldBe(Enum.GetNames<DeadlineUnit>());
    }

    [Theory]
    [InlineData("true", "Valid")]
    [InlineData("False", "Valid")]
    [InlineData("1", "Malformed")]
    [InlineData("maybe", "Malformed")]
    public void A_boolean_is_true_or_false(string raw, string expected) =>
        new BooleanParameter("overdue").Read(raw, out _).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("16:45", "Valid")]
    [InlineData("9:05", "Valid")]
    [InlineData("none", "Valid")]
    [InlineData("25:61", "Malformed")]
    [InlineData("\u0661\u0666:45", "Malformed")]
    [InlineData("16:455", "OutOfRange")]
    public void Text_matches_its_declared_pattern_and_length(string raw, string expected) =>
        new TextParameter("cutoff") { MaxLength = 5, Pattern = "^(none|([01]?[0-9]|2[0-3]):[0-5][0-9])$" }.Read(raw, out _).ToString().ShouldBe(expected);
}
