using MotCua.Modules.Reports.Obligations;

namespace MotCua.UnitTests.Reports.Obligations;

public sealed class ReportedFiguresTests
{
    // (3)=(4)+(5)+(6), (7)=(8)+(9)+(10), (11)=(12)+(13), (3)=(7)+(11).
    private static readonly string?[] Consistent = ["10", "4", "5", "1", "7", "2", "4", "1", "3", "2", "1"];

    [Fact]
    public void Figures_typed_with_thousands_dots_are_stored_as_reported()
    {
        var (rows, failures) = ReportedFigures.Read([Row("LV01", "Hộ tịch", "1.250", "1.000", "200", "50", "1.000", "100", "800", "100", "250", "200", "50")]);

        failures.ShouldBeEmpty();
        rows.Single().Values.ShouldBe([1250, 1000, 200, 50, 1000, 100, 800, 100, 250, 200, 50]);
        rows.Single().RowKey.ShouldBe("LV01");
    }

    [Theory]
    [InlineData("-3", "không được âm")]
    [InlineData("12a", "số nguyên")]
    [InlineData("1,5", "số nguyên")]
    [InlineData("１２", "số nguyên")]
    [InlineData("99999999999999999999", "lớn quá")]
    [InlineData("1000000001", "lớn quá")]
    public void A_figure_that_is_not_a_whole_number_within_bounds_is_refused_naming_the_row_and_column(string typed, string message)
    {
        var values = (string?[])Consistent.Clone();
        values[1] = typed;

        var (rows, failures) = ReportedFigures.Read([Row("LV01", "Hộ tịch", values)]);

        rows.ShouldBeEmpty();
        failures.Single().Message.ShouldContain(message);
        failures.Single().Message.ShouldContain("\"Hộ tịch\", cột (4)");
    }

    [Fact]
    public void A_row_breaking_the_forms_sums_is_refused_and_blank_rows_are_dropped()
    {
        var broken = (string?[])Consistent.Clone();
        broken[0] = "11";

        var (rows, failures) = ReportedFigures.Read([Row("LV01", "Hộ tịch", broken), new ReportedRowInput()]);

        rows.ShouldBeEmpty();
        failures.ShouldContain(f => f.Message.Contains("(3)=(4)+(5)+(6)", StringComparison.Ordinal));
        ReportedFigures.Read([Row("LV01", "Hộ tịch", Consistent), new ReportedRowInput { V = ["", " "] }]).Rows.Count.ShouldBe(1);
    }

    [Fact]
    public void A_row_with_figures_needs_a_label()
    {
        var (_, failures) = ReportedFigures.Read([Row("", "  ", Consistent)]);

        failures.Single().Message.ShouldContain("chưa ghi tên lĩnh vực");
    }

    private static ReportedRowInput Row(string key, string label, params string?[] values) => new() { Key = key, Label = label, V = [.. values] };
}
