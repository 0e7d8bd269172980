namespace MotCua.Modules.Metrics.Scoring766;

/// <summary>
/// How one indicator turns its tử số / mẫu số into points: <c>min(max, max × ratio / FullMarksAt)</c>, computed with one
/// division so that exact inputs give exact points; a zero mẫu số gives 0 (the formula description's "0 hoặc N/A"), or
/// full marks where the rule says "6 if none" (PAKN rows 5.2, 5.3). Informational rows score nothing.
/// </summary>
internal sealed record Formula(string Id, decimal FullMarksAt, bool FullMarksIfNone, bool IsInformational)
{
    /// <summary>points = max × ratio.</summary>
    public static readonly Formula Linear = new("linear", 1m, false, false);

    /// <summary>points = min(max, max × ratio / 80 %).</summary>
    public static readonly Formula FullAt80 = new("full-at-80", 0.8m, false, false);

    /// <summary>points = min(max, max × ratio / 50 %).</summary>
    public static readonly Formula FullAt50 = new("full-at-50", 0.5m, false, false);

    /// <summary>points = min(max, max × ratio / 90 %).</summary>
    public static readonly Formula FullAt90 = new("full-at-90", 0.9m, false, false);

    /// <summary>points = max × ratio; no PAKN in the period (mẫu số 0) → max.</summary>
    public static readonly Formula LinearFullIfNone = new("linear-full-if-none", 1m, true, false);

    /// <summary>Shown, not scored (2.2, 5.1, the 2026 rows without points).</summary>
    public static readonly Formula Informational = new("info", 1m, false, true);

    /// <summary>The ratio numerator / denominator, or null ("N/A") when the denominator is 0.</summary>
    public static decimal? Ratio(decimal numerator, decimal denominator) => denominator == 0 ? null : numerator / denominator;

    public decimal Points(decimal maxPoints, decimal numerator, decimal denominator)
    {
        if (IsInformational || maxPoints == 0)
            return 0m;
        if (denominator == 0)
            return FullMarksIfNone ? maxPoints : 0m;
        // Capped at max: the reverse-engineered payment formula writes 2.5·C uncapped, the formula text says full at 80 %.
        return Math.Clamp(maxPoints * numerator / (denominator * FullMarksAt), 0m, maxPoints);
    }
}
