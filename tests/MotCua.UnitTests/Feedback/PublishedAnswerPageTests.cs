using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.PublishedAnswers;

namespace MotCua.UnitTests.Feedback;

/// <summary>What the public search says of its size (ADR-048): counted up to the cap, or, for a text search, only what the page read.</summary>
public sealed class PublishedAnswerPageTests
{
    [Fact]
    public void A_counted_search_under_the_cap_knows_its_total_and_last_page()
    {
        var page = new PublishedAnswerPage<PublishedAnswer>(Answers(20), 1, HasNext: true, Counted: 45);

        page.Total.ShouldBe(45);
        page.MoreThanShown.ShouldBeFalse();
        page.LastPage.ShouldBe(3);
    }

    [Fact]
    public void A_count_past_the_cap_is_more_than_shown_and_the_pager_stops_at_the_last_page_shown()
    {
        var page = new PublishedAnswerPage<PublishedAnswer>(Answers(20), 1, HasNext: true, Counted: PublishedAnswerQuery.MaxResults + 1);

        page.Total.ShouldBeNull();
        page.MoreThanShown.ShouldBeTrue();
        page.LastPage.ShouldBe(PublishedAnswerQuery.MaxPage);
    }

    [Fact]
    public void An_uncounted_search_with_a_next_page_links_one_page_further_and_knows_no_total()
    {
        var page = new PublishedAnswerPage<PublishedAnswer>(Answers(20), 3, HasNext: true, Counted: null);

        page.Total.ShouldBeNull();
        page.LastPage.ShouldBe(4);
    }

    [Fact]
    public void An_uncounted_search_on_its_last_page_knows_its_total()
    {
        new PublishedAnswerPage<PublishedAnswer>(Answers(7), 3, HasNext: false, Counted: null).Total.ShouldBe(47);
        new PublishedAnswerPage<PublishedAnswer>([], 1, HasNext: false, Counted: null).Total.ShouldBe(0);
    }

    [Fact]
    public void A_page_past_the_end_of_an_uncounted_search_knows_no_total()
    {
        var page = new PublishedAnswerPage<PublishedAnswer>([], 9, HasNext: false, Counted: null);

        page.Total.ShouldBeNull();
        page.LastPage.ShouldBe(9);
    }

    private static List<PublishedAnswer> Answers(int count) => [.. Enumerable.Range(0, count).Select(i => new PublishedAnswer(
        $"PAKN.20261207.{i:0000}", PetitionCategory.Other, null, null, null, null, null, "Trả lời.", null, "Sở Tư pháp",
        new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc), null, new DateTime(2026, 12, 7, 2, 0, 0, DateTimeKind.Utc)))];
}
