using MotCua.Modules.Calendar;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Book;
using MotCua.Modules.Feedback.Data;

namespace MotCua.UnitTests.Feedback.Book;

public sealed class FeedbackBookRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_running_processing_limit_is_not_yet_due_before_its_instant_and_overdue_after()
    {
        BookTimelinessRule.Of([Running(PetitionDeadlineKind.Process, Now.AddHours(1))], Now).ShouldBe(BookTimeliness.NotYetDue);
        BookTimelinessRule.Of([Running(PetitionDeadlineKind.Publish, Now.AddHours(-1))], Now).ShouldBe(BookTimeliness.Overdue);
    }

    [Fact]
    public void A_limit_met_late_makes_the_pakn_late_even_when_the_next_round_is_within_its_limit()
    {
        BookTimelinessRule.Of([Met(PetitionDeadlineKind.Process, OnTimeClass.Late), Running(PetitionDeadlineKind.Process, Now.AddDays(3))], Now).ShouldBe(BookTimeliness.Late);
        BookTimelinessRule.Of([Met(PetitionDeadlineKind.Refuse, OnTimeClass.Late), Met(PetitionDeadlineKind.Process, OnTimeClass.Early)], Now).ShouldBe(BookTimeliness.Late);
    }

    [Fact]
    public void Met_limits_give_the_worst_class_and_lapsed_or_optional_running_ones_do_not_count()
    {
        BookTimelinessRule.Of([Met(PetitionDeadlineKind.Process, OnTimeClass.Early), Met(PetitionDeadlineKind.Publish, OnTimeClass.OnTime)], Now).ShouldBe(BookTimeliness.OnTime);
        BookTimelinessRule.Of([Met(PetitionDeadlineKind.Process, OnTimeClass.Early), Running(PetitionDeadlineKind.TransferOut, Now.AddDays(-9))], Now).ShouldBe(BookTimeliness.Early);
        BookTimelinessRule.Of([new BookDeadline(PetitionDeadlineKind.Process, Now.AddDays(-30), Now.AddDays(-9), Now.AddDays(-20), null)], Now).ShouldBe(BookTimeliness.None);
        BookTimelinessRule.Of([], Now).ShouldBe(BookTimeliness.None);
    }

    [Fact]
    public void The_summary_is_the_content_up_to_200_characters_cut_at_a_word_with_an_ellipsis()
    {
        FeedbackBook.Summarise("  Ngắn   gọn\nvà rõ. ").ShouldBe("Ngắn gọn và rõ.");
        var words = string.Concat(Enumerable.Repeat("Thủ tục rườm rà, ", 20));
        var summary = FeedbackBook.Summarise(words[..201]);
        summary.Length.ShouldBeLessThanOrEqualTo(201);
        summary.ShouldEndWith("Thủ tục rườm…");
        FeedbackBook.Summarise(new string('x', 201)).ShouldBe(new string('x', 200) + "…");
    }

    [Theory]
    [InlineData(null, null, "2026-01-01", "2026-12-31")]
    [InlineData("2025-03-01", null, "2025-03-01", "2025-12-31")]
    [InlineData(null, "2024-06-30", "2024-01-01", "2024-06-30")]
    public void The_period_defaults_to_the_year_of_the_date_given_else_this_year(string? from, string? to, string expectedFrom, string expectedTo)
    {
        var (criteria, problems) = FeedbackBookCriteria.Parse(new FeedbackBookQuery(null, from, to, null, null), new DateOnly(2026, 11, 30));

        problems.ShouldBeEmpty();
        criteria!.From.ShouldBe(DateOnly.Parse(expectedFrom, System.Globalization.CultureInfo.InvariantCulture));
        criteria.To.ShouldBe(DateOnly.Parse(expectedTo, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Status_and_category_are_read_by_name_only()
    {
        var (criteria, _) = FeedbackBookCriteria.Parse(new FeedbackBookQuery(null, null, null, "published", "Conduct"), new DateOnly(2026, 11, 30));
        criteria!.Status.ShouldBe(PetitionStatus.Published);
        criteria.Category.ShouldBe(PetitionCategory.Conduct);

        var (bad, problems) = FeedbackBookCriteria.Parse(new FeedbackBookQuery(null, null, null, "3", "9"), new DateOnly(2026, 11, 30));
        bad.ShouldBeNull();
        problems.Select(p => p.Field).ShouldBe(["status", "category"]);
    }

    private static BookDeadline Running(PetitionDeadlineKind kind, DateTime due) => new(kind, Now.AddDays(-30), due, null, null);

    private static BookDeadline Met(PetitionDeadlineKind kind, OnTimeClass @class) => new(kind, Now.AddDays(-30), Now.AddDays(-10), Now.AddDays(-11), @class);
}
