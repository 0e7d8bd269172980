using MotCua.Common.Validation;
using MotCua.Modules.Feedback;

namespace MotCua.UnitTests.Common.Validation;

public sealed class TypedValuesTests
{
    [Theory]
    [InlineData("Processing", "Processing")]
    [InlineData("processing", "Processing")]
    [InlineData("  PUBLISHED ", "Published")]
    public void An_enum_value_is_read_by_its_name_in_any_case(string text, string expected) =>
        TypedValues.Named<PetitionStatus>(text).ToString().ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("-1")]
    [InlineData("99")]
    [InlineData("New,Received")]
    [InlineData("Received, Processing")]
    [InlineData("Procesing")]
    [InlineData("Processing\0")]
    [InlineData("２")]
    public void Numbers_flag_sets_and_unknown_names_are_refused(string? text)
    {
        TypedValues.TryNamed<PetitionStatus>(text, out _).ShouldBeFalse();
        TypedValues.Named<PetitionStatus>(text).ShouldBeNull();
    }

    [Theory]
    [InlineData("2026-12-07", 2026, 12, 7)]
    [InlineData(" 2000-01-01 ", 2000, 1, 1)]
    [InlineData("2199-12-31", 2199, 12, 31)]
    public void A_date_is_read_as_year_month_day(string text, int year, int month, int day) =>
        TypedValues.IsoDate(text).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData(null)]
    [InlineData("07/12/2026")]
    [InlineData("2026-02-30")]
    [InlineData("1999-12-31")]
    [InlineData("2200-01-01")]
    [InlineData("２０２６-12-07")]
    [InlineData("2026-12-07T00:00")]
    public void Other_forms_impossible_days_and_years_outside_the_calendars_are_refused(string? text) =>
        TypedValues.IsoDate(text).ShouldBeNull();

    [Fact]
    public void Any_year_is_read_where_the_caller_sets_its_own_bounds()
    {
        TypedValues.TryIsoDate("1950-02-28", out var birth).ShouldBeTrue();
        birth.ShouldBe(new DateOnly(1950, 2, 28));
        TypedValues.IsoDate("1950-02-28").ShouldBeNull();
        TypedValues.TryIsoDate("1950-02-30", out _).ShouldBeFalse();
    }
}
