using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace MotCua.Common.Web.Charts;

/// <summary>
/// Draws a <see cref="ChartModel"/> as inline SVG: <c>role="img"</c> named by its title and description, a value axis
/// from 0 to a round maximum with grid lines, one bar (or point) per value with its own tooltip, and the labels under the
/// axis. Every text is HTML-encoded; colours come from classes (site.css) so that print and high-contrast styles apply.
/// </summary>
internal static class SvgChart
{
    // A small drawing area, so that its text stays readable when a phone scales it to 320 px.
    public const int Width = 400;
    public const int Height = 220;
    public const int Left = 44;
    public const int Right = 6;
    public const int Top = 10;
    public const int Bottom = 28;

    /// <summary>Grid lines of the value axis above 0.</summary>
    public const int Ticks = 4;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // As the pages' own encoder (PlatformModule): markup characters escaped, Vietnamese letters written as they are.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The SVG markup of <paramref name="chart"/>.</summary>
    public static string Render(ChartModel chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var html = Encoder;
        var id = html.Encode(chart.Id);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart-svg chart-{(chart.Kind == ChartKind.Bar ? "bar" : "line")}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\" preserveAspectRatio=\"xMidYMid meet\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{html.Encode(chart.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{html.Encode(chart.Description)}</desc>");
        if (chart.IsEmpty)
        {
            return svg.Append("</svg>").ToString();
        }

        var values = chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).ToList();
        // Counts (every value whole) get whole grid lines: one dossier is not drawn against an axis of 0,25 steps.
        var max = values.TrueForAll(v => v == Math.Floor(v)) ? WholeMax(values.Max()) : NiceMax(values.Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double Y(double value) => Top + plotHeight - (Math.Max(0, value) / max * plotHeight);

        svg.Append("<g class=\"chart-axis\" aria-hidden=\"true\">");
        for (var i = 0; i <= Ticks; i++)
        {
            var value = max * i / Ticks;
            var y = Y(value);
            svg.Append(Invariant, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(y)}\" y2=\"{N(y)}\"/>");
            svg.Append(Invariant, $"<text x=\"{Left - 6}\" y=\"{N(y + 4)}\" text-anchor=\"end\">{html.Encode(ChartModel.Format(value))}</text>");
        }

        var slot = (double)plotWidth / chart.Labels.Count;
        // Long label lists show every n-th label so that they do not overlap (12 short labels fit).
        var axisLabels = chart.AxisLabels ?? chart.Labels;
        var labelStep = Math.Max(1, (int)Math.Ceiling(chart.Labels.Count / 12.0));
        for (var i = 0; i < chart.Labels.Count; i += labelStep)
        {
            var label = i < axisLabels.Count ? axisLabels[i] : chart.Labels[i];
            svg.Append(Invariant, $"<text x=\"{N(Left + (slot * i) + (slot / 2))}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{html.Encode(label)}</text>");
        }

        svg.Append("</g>");
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            svg.Append(Invariant, $"<g class=\"chart-series s{s}\">");
            if (chart.Kind == ChartKind.Bar)
            {
                var barWidth = slot * 0.8 / chart.Series.Count;
                for (var i = 0; i < chart.Labels.Count; i++)
                {
                    var value = At(series, i);
                    var x = Left + (slot * i) + (slot * 0.1) + (barWidth * s);
                    var y = Y(value);
                    svg.Append(Invariant, $"<rect class=\"chart-bar\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(barWidth)}\" height=\"{N(Top + plotHeight - y)}\">");
                    svg.Append(CultureInfo.InvariantCulture, $"<title>{html.Encode(Tooltip(chart, series, i))}</title></rect>");
                }
            }
            else
            {
                var points = Enumerable.Range(0, chart.Labels.Count).Select(i => $"{N(Left + (slot * i) + (slot / 2))},{N(Y(At(series, i)))}");
                svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"chart-line\" fill=\"none\" points=\"{string.Join(' ', points)}\"/>");
                for (var i = 0; i < chart.Labels.Count; i++)
                {
                    svg.Append(Invariant, $"<circle class=\"chart-point\" cx=\"{N(Left + (slot * i) + (slot / 2))}\" cy=\"{N(Y(At(series, i)))}\" r=\"3.5\">");
                    svg.Append(CultureInfo.InvariantCulture, $"<title>{html.Encode(Tooltip(chart, series, i))}</title></circle>");
                }
            }

            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// The top of the value axis: the smallest 1, 2, 2.5 or 5 × 10ⁿ at or above <paramref name="max"/>, so that the
    /// grid lines fall on round values; 1 when there is nothing above 0.
    /// </summary>
    public static double NiceMax(double max)
    {
        if (max <= 0 || double.IsNaN(max) || double.IsInfinity(max))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var step in (double[])[1, 2, 2.5, 5, 10])
        {
            if (step * magnitude >= max * (1 - 1e-12))
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    /// <summary>
    /// The top of the value axis for whole numbers: <see cref="Ticks"/> times a round whole step (at least 1), so that
    /// every grid line falls on a whole number.
    /// </summary>
    public static double WholeMax(double max) => Ticks * Math.Max(1, Math.Ceiling(NiceMax(max / Ticks)));

    private static double At(ChartSeries series, int index) => index < series.Values.Count ? series.Values[index] : 0;

    private static string Tooltip(ChartModel chart, ChartSeries series, int index) =>
        $"{chart.Labels[index]} · {series.Name}: {ChartModel.Format(At(series, index))}";

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", Invariant);
}
