using MotCua.Modules.Dossiers.Ledger;

namespace MotCua.UnitTests.Dossiers.Ledger;

public sealed class LedgerNumberingTests
{
    private static readonly DateOnly Mar2 = new(2026, 3, 2);
    private static readonly DateOnly Mar3 = new(2026, 3, 3);
    private static readonly DateOnly Mar5 = new(2026, 3, 5);

    // Three days with entries, out of order as a query may return them: 2/3 four, 5/3 two, 3/3 three.
    private readonly LedgerNumbering _numbering = new([(Mar2, 4), (Mar5, 2), (Mar3, 3)]);

    [Fact]
    public void An_entry_is_numbered_after_every_entry_of_the_earlier_days()
    {
        _numbering.Number(Mar2, 1).ShouldBe(1);
        _numbering.Number(Mar2, 4).ShouldBe(4);
        _numbering.Number(Mar3, 1).ShouldBe(5);
        _numbering.Number(Mar5, 2).ShouldBe(9);
    }

    [Fact]
    public void Entries_before_a_date_without_entries_are_those_of_the_earlier_days()
    {
        _numbering.Before(new DateOnly(2026, 1, 1)).ShouldBe(0);
        _numbering.Before(new DateOnly(2026, 3, 4)).ShouldBe(7);
        _numbering.Before(new DateOnly(2026, 12, 31)).ShouldBe(9);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", 9)]
    [InlineData("2026-03-03", "2026-03-04", 3)]
    [InlineData("2026-03-03", "2026-03-05", 5)]
    [InlineData("2026-03-06", "2026-12-31", 0)]
    [InlineData("2026-03-05", "2026-03-02", 0)]
    public void A_date_range_counts_the_entries_received_in_it(string from, string to, int count) =>
        _numbering.Count(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(count);

    [Fact]
    public void Every_number_of_the_book_locates_its_day_and_sequence_and_back()
    {
        for (var n = 1; n <= 9; n++)
        {
            var (date, sequence) = _numbering.Locate(n)!.Value;

            _numbering.Number(date, sequence).ShouldBe(n);
        }

        _numbering.Locate(5).ShouldBe((Mar3, 1));
        _numbering.Locate(0).ShouldBeNull();
        _numbering.Locate(10).ShouldBeNull();
    }

    [Fact]
    public void An_empty_book_has_no_entries()
    {
        var empty = new LedgerNumbering([]);

        empty.Count(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)).ShouldBe(0);
        empty.Locate(1).ShouldBeNull();
    }
}
