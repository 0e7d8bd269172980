using System.Text.RegularExpressions;
using MotCua.Common.Web.Charts;

namespace MotCua.UnitTests.Common.Web.Charts;

/// <summary>The server-rendered SVG chart: accessible, one mark per value, on a round scale, every text encoded.</summary>
public sealed partial class SvgChartTests
{
    private const double PlotHeight = SvgChart.Height - SvgChart.Top - SvgChart.Bottom;

    private static ChartModel Chart(ChartKind kind, IReadOnlyList<string> labels, params ChartSeries[] series) =>
        new("c1", "Hồ sơ theo tháng", "Số hồ sơ tiếp nhận mỗi tháng", kind, labels, series, "Tháng");

    [Fact]
    public void A_bar_chart_draws_one_bar_per_value_of_every_series()
    {
        var svg = SvgChart.Render(Chart(ChartKind.Bar, ["01", "02", "03"], new ChartSeries("Tiếp nhận", [3, 5, 8]), new ChartSeries("Đúng hạn", [2, 4, 7])));

        Bars(svg).Count.ShouldBe(6);
        Regex.Matches(svg, "<g class=\"chart-series s\\d\">").Count.ShouldBe(2);
    }

    [Fact]
    public void A_line_chart_draws_one_line_per_series_and_one_point_per_value()
    {
        var svg = SvgChart.Render(Chart(ChartKind.Line, ["01", "02", "03", "04"], new ChartSeries("Tiếp nhận", [1, 2, 3, 4])));

        Regex.Matches(svg, "<polyline ").Count.ShouldBe(1);
        Regex.Matches(svg, "<circle ").Count.ShouldBe(4);
        Bars(svg).ShouldBeEmpty();
    }

    [Fact]
    public void The_svg_is_an_image_named_by_its_title_and_description()
    {
        var svg = SvgChart.Render(Chart(ChartKind.Bar, ["01"], new ChartSeries("Tiếp nhận", [1])));

        svg.ShouldStartWith("<svg ");
        svg.ShouldContain("role=\"img\"");
        svg.ShouldContain("aria-labelledby=\"c1-title c1-desc\"");
        svg.ShouldContain("<title id=\"c1-title\">");
        svg.ShouldContain("<desc id=\"c1-desc\">");
        svg.ShouldNotContain("<script", Case.Insensitive);
        svg.ShouldNotContain("href", Case.Insensitive);
    }

    [Fact]
    public void Bar_heights_are_proportional_to_the_values_on_a_round_scale()
    {
        var svg = SvgChart.Render(Chart(ChartKind.Bar, ["a", "b", "c"], new ChartSeries("x", [87, 43.5, 0])));

        // 87 rounds the axis up to 100: the bars are 87 %, 43.5 % and 0 % of the plot's height.
        var heights = Bars(svg).Select(b => double.Parse(b.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        heights[0].ShouldBe(PlotHeight * 0.87, 0.1);
        heights[1].ShouldBe(PlotHeight * 0.435, 0.1);
        heights[2].ShouldBe(0);
        svg.ShouldContain(">100</text>");
    }

    [Fact]
    public void Counts_are_drawn_against_whole_numbers_on_the_axis()
    {
        var svg = SvgChart.Render(Chart(ChartKind.Bar, ["11", "12"], new ChartSeries("Tiếp nhận", [0, 1])));

        AxisValues(svg).ShouldBe(["0", "1", "2", "3", "4"]);
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(3, 4)]
    [InlineData(5, 8)]
    [InlineData(9, 12)]
    [InlineData(87, 100)]
    [InlineData(1200, 2000)]
    public void The_axis_of_whole_numbers_ends_on_four_whole_steps(double max, double expected) =>
        SvgChart.WholeMax(max).ShouldBe(expected);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 5)]
    [InlineData(87, 100)]
    [InlineData(101, 200)]
    [InlineData(1200, 2000)]
    [InlineData(2400, 2500)]
    [InlineData(0.3, 0.5)]
    public void The_axis_ends_at_the_next_round_value(double max, double expected) =>
        SvgChart.NiceMax(max).ShouldBe(expected, 1e-9);

    [Fact]
    public void Labels_titles_and_series_names_are_encoded()
    {
        var chart = new ChartModel("c2", "A & B <b>", "\"quoted\"", ChartKind.Bar, ["<script>alert(1)</script>"], [new ChartSeries("x<y", [1])], "L");

        var svg = SvgChart.Render(chart);

        svg.ShouldNotContain("<script>");
        svg.ShouldNotContain("<b>");
        svg.ShouldContain("&lt;script&gt;");
        svg.ShouldContain("A &amp; B &lt;b&gt;");
        svg.ShouldContain("x&lt;y");
    }

    [Fact]
    public void Short_axis_labels_are_written_under_the_axis_and_the_full_labels_in_the_tooltips()
    {
        var chart = Chart(ChartKind.Bar, ["03/2026", "04/2026"], new ChartSeries("x", [1, 2])) with { AxisLabels = ["03", "04"] };

        var svg = SvgChart.Render(chart);

        svg.ShouldContain(">03</text>");
        svg.ShouldContain("<title>03/2026 · x: 1</title>");
        svg.ShouldNotContain(">03/2026</text>");
    }

    [Fact]
    public void An_empty_chart_still_has_its_accessible_name_and_no_marks()
    {
        var svg = SvgChart.Render(Chart(ChartKind.Bar, [], new ChartSeries("x", [])));

        svg.ShouldContain("role=\"img\"");
        Bars(svg).ShouldBeEmpty();
    }

    [Fact]
    public void Values_are_shown_with_Vietnamese_digits_and_at_most_two_decimals() =>
        ChartModel.Format(1234.567).ShouldBe("1.234,57");

    private static List<Match> Bars(string svg) => BarPattern().Matches(svg).ToList();

    private static List<string> AxisValues(string svg) => [.. AxisValuePattern().Matches(svg).Select(m => m.Groups["v"].Value)];

    [GeneratedRegex("<text [^>]*text-anchor=\"end\">(?<v>[^<]*)</text>")]
    private static partial Regex AxisValuePattern();

    [GeneratedRegex("<rect class=\"chart-bar\" x=\"[^\"]+\" y=\"[^\"]+\" width=\"[^\"]+\" height=\"(?<h>[^\"]+)\">")]
    private static partial Regex BarPattern();
}
