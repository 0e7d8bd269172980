namespace MotCua.Common.Web.Charts;

/// <summary>How a chart draws its values.</summary>
internal enum ChartKind
{
    /// <summary>One bar per value, the series side by side within a label.</summary>
    Bar,

    /// <summary>One line per series through a point per label.</summary>
    Line,
}

/// <summary>One named row of values, one per label of the chart.</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// A small chart drawn on the server as SVG (<see cref="SvgChart"/>) and shown with its data table beside it
/// (<c>_Chart.cshtml</c>): no script, no external asset, readable by screen readers and printable.
/// </summary>
/// <param name="Id">A page-unique id (letters, digits and dashes): the SVG's title and description are referenced by it.</param>
/// <param name="Title">What the chart shows, the accessible name.</param>
/// <param name="Description">The accessible description: what a reader should see in it.</param>
/// <param name="Labels">The categories (x axis), e.g. months.</param>
/// <param name="Series">The values; each series has one value per label.</param>
/// <param name="LabelHeading">The heading of the data table's label column.</param>
/// <param name="AxisLabels">Shorter labels written under the axis (e.g. "03" for "03/2026"), one per label; null writes <paramref name="Labels"/>.</param>
internal sealed record ChartModel(
    string Id,
    string Title,
    string Description,
    ChartKind Kind,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChartSeries> Series,
    string LabelHeading,
    IReadOnlyList<string>? AxisLabels = null)
{
    /// <summary>True when there is nothing to draw.</summary>
    public bool IsEmpty => Labels.Count == 0 || Series.Count == 0;

    /// <summary>A value as the data table and the tooltips show it (vi-VN digits, at most 2 decimals).</summary>
    public static string Format(double value) =>
        value.ToString("#,##0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
