using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Ledger;

namespace MotCua.UnitTests.Dossiers.Ledger;

public sealed class LedgerCriteriaTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Fact]
    public void No_parameters_mean_the_whole_book_of_the_current_year()
    {
        var (criteria, problems) = Parse(new LedgerQuery(null, null, null, null, null, null, null));

        problems.ShouldBeEmpty();
        criteria.ShouldBe(new LedgerCriteria(2026, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, null, null));
        criteria!.IsWholeBook.ShouldBeTrue();
        criteria.FiltersEntries.ShouldBeFalse();
    }

    [Fact]
    public void Filters_are_trimmed_and_a_status_is_read_by_name()
    {
        var (criteria, problems) = Parse(new LedgerQuery(" 2025 ", null, " 1.001193 ", "processing", "2025-03-01", "2025-03-31", "  Nhung "));

        problems.ShouldBeEmpty();
        criteria.ShouldBe(new LedgerCriteria(2025, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), "1.001193", DossierStatus.Processing, "Nhung"));
        criteria!.IsWholeBook.ShouldBeFalse();
        criteria.FiltersEntries.ShouldBeTrue();
    }

    [Fact]
    public void A_date_range_alone_is_an_extract_that_the_counters_can_still_count()
    {
        var (criteria, _) = Parse(new LedgerQuery("2026", null, null, null, "2026-03-01", null, null));

        criteria!.To.ShouldBe(new DateOnly(2026, 12, 31));
        criteria.IsWholeBook.ShouldBeFalse();
        criteria.FiltersEntries.ShouldBeFalse();
    }

    [Theory]
    [InlineData("abc", null, null, null, "year", "Error_Year")]
    [InlineData("1999", null, null, null, "year", "Error_Year")]
    [InlineData("2027", null, null, null, "year", "Error_Year")]
    [InlineData("+2026", null, null, null, "year", "Error_Year")]
    [InlineData("2026", "31/03/2026", null, null, "from", "Error_Date")]
    [InlineData("2026", null, "2026-02-30", null, "to", "Error_Date")]
    [InlineData("2026", "2026-04-01", "2026-03-01", null, "from", "Error_DateOrder")]
    [InlineData("2026", "2025-12-01", null, null, "from", "Error_DateOutsideYear")]
    [InlineData("2026", null, "2027-01-05", null, "to", "Error_DateOutsideYear")]
    [InlineData("2026", null, null, "4", "status", "Error_Status")]
    [InlineData("2026", null, null, "Submitted", "status", "Error_Status")]
    [InlineData("2026", null, null, "Lost", "status", "Error_Status")]
    public void A_bad_value_is_a_problem_of_its_parameter(string year, string? from, string? to, string? status, string parameter, string message)
    {
        var (criteria, problems) = Parse(new LedgerQuery(year, null, null, status, from, to, null));

        criteria.ShouldBeNull();
        problems.ShouldHaveSingleItem();
        problems[0].Field.ShouldBe(parameter);
        ("Error_" + problems[0].Source).ShouldBe(message);
    }

    [Fact]
    public void Overlong_procedure_codes_and_search_texts_are_problems()
    {
        var (_, problems) = Parse(new LedgerQuery(null, null, new string('1', 21), null, null, null, new string('a', 101)));

        problems.Select(p => p.Field).ShouldBe(["procedure", "q"]);
    }

    [Fact]
    public void Decomposed_vietnamese_text_is_searched_in_its_composed_form()
    {
        var (criteria, _) = Parse(new LedgerQuery(null, null, null, null, null, null, "Nguye\u0302\u0303n"));

        criteria!.Text.ShouldBe("Nguyễn");
    }

    private static (LedgerCriteria? Criteria, IReadOnlyList<MotCua.Common.Validation.RuleFailure> Problems) Parse(LedgerQuery query) => LedgerCriteria.Parse(query, Today);
}
