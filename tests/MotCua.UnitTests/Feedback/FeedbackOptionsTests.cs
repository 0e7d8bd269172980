using System.ComponentModel.DataAnnotations;
using MotCua.Modules.Feedback;

namespace MotCua.UnitTests.Feedback;

public sealed class FeedbackOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_remind_once_an_hour()
    {
        var options = new FeedbackOptions();

        Errors(options).ShouldBeEmpty();
        options.ReminderInterval.ShouldBe(TimeSpan.FromHours(1));
    }

    [Theory]
    [InlineData("00:00:59")]
    [InlineData("1.00:00:01")]
    [InlineData("-01:00:00")]
    public void A_reminder_interval_outside_one_minute_to_one_day_stops_the_start(string interval)
    {
        Errors(new FeedbackOptions { ReminderInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) })
            .ShouldBe(["Feedback:ReminderInterval must be between 1 minute and 1 day."]);
    }

    [Theory]
    [InlineData("00:01:00")]
    [InlineData("1.00:00:00")]
    public void The_bounds_of_the_reminder_interval_are_accepted(string interval)
    {
        Errors(new FeedbackOptions { ReminderInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) }).ShouldBeEmpty();
    }

    private static List<string> Errors(FeedbackOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
