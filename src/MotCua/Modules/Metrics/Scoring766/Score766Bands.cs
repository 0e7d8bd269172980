using MotCua.Common.Localization;

namespace MotCua.Modules.Metrics.Scoring766;

/// <summary>The xếp loại of a Bộ chỉ số 766 total (names from MetricsText: Xuất sắc, Tốt, Khá, Trung bình, Yếu).</summary>
internal enum Rating766
{
    Excellent,
    Good,
    Fair,
    Average,
    Weak,
}

/// <summary>One classification band: totals of at least <see cref="MinPoints"/> get <see cref="Rating"/> (setting, [U]).</summary>
internal sealed class Score766Band
{
    public decimal MinPoints { get; set; }

    public Rating766 Rating { get; set; }
}

/// <summary>
/// The 766 classification: the thresholds are not published ([U], reporting-control-feedback §E), so there are no
/// default bands; with none configured no xếp loại is shown (ADR-050).
/// </summary>
internal static class Score766Bands
{
    /// <summary>The band with the highest threshold the exact total reaches, or null (no bands, or below them all).</summary>
    public static Rating766? Classify(decimal total, IEnumerable<Score766Band> bands) =>
        bands.Where(b => total >= b.MinPoints).OrderByDescending(b => b.MinPoints).Select(b => (Rating766?)b.Rating).FirstOrDefault();

    public static string Name(Rating766 rating) => ResourceText.Get<MetricsText>("Score766_Rating_" + rating);
}
