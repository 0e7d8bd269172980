using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Catalog.SearchProcedures;

namespace MotCua.UnitTests.Catalog;

public sealed class PublishedCatalogTests
{
    private static readonly PublishedCatalog Catalog = new(
        Guid.NewGuid(),
        [
            Procedure("1.000003", "Cấp bản sao trích lục kết hôn", "HOTICH", ["H99.50"], ["XA"], OnlineServiceLevel.Full, "ket hon"),
            Procedure("1.000001", "Đăng ký kết hôn", "HOTICH", ["H99.50", "H99.51"], ["XA"], OnlineServiceLevel.Partial),
            Procedure("1.000002", "Đăng ký khai sinh", "HOTICH", ["H99.51"], ["XA"], OnlineServiceLevel.Full),
            Procedure("2.000001", "Chứng thực chữ ký", "CHUNGTHUC", ["H99.11"], ["TINH"], OnlineServiceLevel.None, "dung cho ho so ket hon"),
            Procedure("1.000004", "Kết hôn có yếu tố nước ngoài", "HOTICH", ["H99.52"], ["XA"], OnlineServiceLevel.Partial),
            Procedure("2.010001", "Xác nhận thông tin", "CHUNGTHUC", ["H99.11"], ["TINH"], OnlineServiceLevel.None),
        ],
        [],
        [],
        []);

    [Fact]
    public void Without_text_every_procedure_is_listed_in_name_order()
    {
        var page = Catalog.Search(Query());

        page.Total.ShouldBe(6);
        page.Items.Select(i => i.Code).ShouldBe(["1.000003", "2.000001", "1.000001", "1.000002", "1.000004", "2.010001"]);
    }

    [Fact]
    public void Every_word_must_occur_and_diacritics_and_case_are_ignored()
    {
        var page = Catalog.Search(Query("ĐĂNG KY hôn"));

        page.Items.Select(i => i.Code).ShouldBe(["1.000001"]);
    }

    [Fact]
    public void Names_starting_with_the_phrase_rank_before_names_containing_it_and_before_other_text()
    {
        var page = Catalog.Search(Query("ket hon"));

        // "Kết hôn có yếu tố nước ngoài" starts with the phrase; "Cấp bản sao trích lục kết hôn" and "Đăng ký kết hôn"
        // contain it (in name order); "Chứng thực chữ ký" has it only in its other text.
        page.Items.Select(i => i.Code).ShouldBe(["1.000004", "1.000003", "1.000001", "2.000001"]);
    }

    [Fact]
    public void A_code_match_ranks_after_name_matches_and_before_other_text()
    {
        var page = Catalog.Search(Query("2.0"));

        page.Items.Select(i => i.Code).ShouldBe(["2.000001", "2.010001"]);
    }

    [Fact]
    public void Filters_combine_with_each_other_and_with_text()
    {
        Catalog.Search(Query(field: "HOTICH", online: OnlineServiceLevel.Full)).Items.Select(i => i.Code).ShouldBe(["1.000003", "1.000002"]);
        Catalog.Search(Query(agency: "H99.51")).Items.Select(i => i.Code).ShouldBe(["1.000001", "1.000002"]);
        Catalog.Search(Query("ket hon", level: "TINH")).Items.Select(i => i.Code).ShouldBe(["2.000001"]);
        Catalog.Search(Query(agency: "h99.51")).Total.ShouldBe(0);
    }

    [Fact]
    public void Pages_split_the_matches_and_a_page_past_the_end_is_empty_with_the_total()
    {
        var second = Catalog.Search(Query(page: 2, pageSize: 2));
        var past = Catalog.Search(Query(page: int.MaxValue, pageSize: 100));

        second.Items.Select(i => i.Code).ShouldBe(["1.000001", "1.000002"]);
        second.PageCount.ShouldBe(3);
        past.Items.ShouldBeEmpty();
        past.Total.ShouldBe(6);
    }

    private static ProcedureQuery Query(
        string? text = null, string? field = null, string? agency = null, string? level = null, OnlineServiceLevel? online = null,
        int page = 1, int pageSize = 20) =>
        new(text, field, agency, level, online, page, pageSize);

    private static IndexedProcedure Procedure(
        string code, string name, string field, string[] agencies, string[] levels, OnlineServiceLevel online, string otherText = "") =>
        new(
            new ProcedureSummary(code, name, field, field, online, 5, DeadlineUnit.WorkingDays, agencies),
            SearchText.Normalize(name),
            SearchText.Combine(name, code, otherText),
            agencies,
            levels);
}
