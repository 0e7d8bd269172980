using System.ComponentModel.DataAnnotations;
using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Scoring766;

namespace MotCua.UnitTests.Metrics;

public sealed class MetricsOptionsTests
{
    [Fact]
    public void Defaults_are_valid() => Errors(new MetricsOptions()).ShouldBeEmpty();

    [Fact]
    public void Configured_bands_within_the_hundred_points_are_accepted() =>
        Errors(Bands((85, Rating766.Excellent), (70, Rating766.Good), (50, Rating766.Fair))).ShouldBeEmpty();

    [Theory]
    [InlineData(-1)]
    [InlineData(100.01)]
    public void A_band_outside_the_hundred_points_stops_the_start(double minPoints) =>
        Errors(Bands(((decimal)minPoints, Rating766.Good))).ShouldHaveSingleItem().ShouldStartWith("Metrics:Score766Bands: each band");

    [Fact]
    public void A_band_naming_no_rating_stops_the_start() =>
        Errors(Bands((50, (Rating766)9))).ShouldHaveSingleItem().ShouldStartWith("Metrics:Score766Bands: each band");

    [Fact]
    public void A_repeated_threshold_or_rating_stops_the_start()
    {
        Errors(Bands((50, Rating766.Good), (50, Rating766.Fair))).ShouldBe(["Metrics:Score766Bands: a threshold or a rating appears twice."]);
        Errors(Bands((60, Rating766.Good), (50, Rating766.Good))).ShouldBe(["Metrics:Score766Bands: a threshold or a rating appears twice."]);
    }

    [Fact]
    public void A_2026_set_date_outside_the_calendars_years_stops_the_start() =>
        Errors(new MetricsOptions { Score766Set2026From = new DateOnly(1999, 12, 31) }).ShouldBe(["Metrics:Score766Set2026From must be a date from 2000 to 2199."]);

    private static MetricsOptions Bands(params (decimal MinPoints, Rating766 Rating)[] bands) =>
        new() { Score766Bands = [.. bands.Select(b => new Score766Band { MinPoints = b.MinPoints, Rating = b.Rating })] };

    private static List<string> Errors(MetricsOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
