using System.Globalization;
using MotCua.Common.Localization;

namespace MotCua.Modules.Metrics.Scoring766;

/// <summary>
/// The one place where Bộ chỉ số 766 figures are rounded: ratios as percentages and points, both with 2 decimals,
/// half away from zero ("Làm tròn: 2 chữ số thập phân", Mô tả công thức 766 [V2]; ADR-050).
/// </summary>
internal static class Score766Display
{
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>0.9 → "90,00 %" (vi); null (mẫu số 0) → the "N/A" text.</summary>
    public static string Percent(decimal? ratio, IFormatProvider? format = null) =>
        ratio is { } r
            ? Round(r * 100m).ToString("0.00", format ?? CultureInfo.CurrentCulture) + " %"
            : ResourceText.Get<MetricsText>("Score766_NotApplicable");

    /// <summary>17.5 → "17,50" (vi).</summary>
    public static string Points(decimal points, IFormatProvider? format = null) =>
        Round(points).ToString("0.00", format ?? CultureInfo.CurrentCulture);
}
