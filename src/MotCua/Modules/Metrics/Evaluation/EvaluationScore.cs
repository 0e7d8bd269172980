namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>The completion an officer's total means (TT 01/2018/TT-VPCP Điều 15).</summary>
internal enum CompletionBand
{
    /// <summary>Hoàn thành 100 %: 5 points or more.</summary>
    Full,

    /// <summary>Hoàn thành từ 70 % đến dưới 100 %: 3.5 to under 5 points.</summary>
    SeventyToFull,

    /// <summary>Hoàn thành dưới 70 %: under 3.5 points.</summary>
    BelowSeventy,
}

/// <summary>The rating a unit's total means (TT 01/2018/TT-VPCP Điều 15).</summary>
internal enum UnitRating
{
    /// <summary>Xuất sắc: 15 points or more.</summary>
    Excellent,

    /// <summary>Tốt: 12 to under 15.</summary>
    Good,

    /// <summary>Khá: 9 to under 12.</summary>
    Fair,

    /// <summary>Trung bình: 6 to under 9.</summary>
    Average,

    /// <summary>Yếu: under 6.</summary>
    Weak,
}

/// <summary>
/// A total of Điều 15: the sum of the indicator scores with data, the most those indicators could give, the value the
/// bands were compared with, and the indicators left out for missing data.
/// </summary>
internal sealed record EvaluationTotal(decimal Total, decimal Maximum, decimal Compared, IReadOnlyList<EvaluationIndicator> Excluded);

/// <summary>An officer's total and completion band.</summary>
internal sealed record OfficerEvaluation(EvaluationTotal Total, CompletionBand Band);

/// <summary>A unit's total (for one field: lĩnh vực) and rating.</summary>
internal sealed record UnitEvaluation(EvaluationTotal Total, UnitRating Rating);

/// <summary>The aggregation of TT 01/2018/TT-VPCP Điều 15 (ADR-051): indicator scores, the officer's and the unit's totals.</summary>
internal static class EvaluationScore
{
    /// <summary>Điều 15 rounds each indicator score to one decimal.</summary>
    public const int Decimals = 1;

    /// <summary>
    /// [R] The text says "làm tròn" without a mode; half away from zero is the rounding taught in Vietnamese schools
    /// (1.25 → 1.3), not .NET's default banker's rounding (1.25 → 1.2). ADR-051.
    /// </summary>
    public const MidpointRounding Rounding = MidpointRounding.AwayFromZero;

    // TT 01/2018/TT-VPCP Điều 15: điểm chỉ số = tổng điểm các hồ sơ theo chỉ số / tổng số hồ sơ, làm tròn một chữ số thập phân.
    public static decimal? Indicator(IEnumerable<decimal?> dossierPoints)
    {
        ArgumentNullException.ThrowIfNull(dossierPoints);
        var points = Checked(dossierPoints.OfType<decimal>().ToList(), nameof(dossierPoints));

        return points.Count == 0 ? null : Math.Round(points.Sum() / points.Count, Decimals, Rounding);
    }

    // TT 01/2018/TT-VPCP Điều 15: officer = chỉ số 1, 2, 3, 4, 7 (tối đa 10); ≥5 hoàn thành 100 %, 3.5–<5 70–<100 %, <3.5 dưới 70 %.
    public static OfficerEvaluation? Officer(IReadOnlyDictionary<EvaluationIndicator, decimal?> scores, ExcludedIndicatorBands bands) =>
        Sum(scores, EvaluatedParty.Officer, bands) is { } total ? new OfficerEvaluation(total, Completion(total.Compared)) : null;

    // TT 01/2018/TT-VPCP Điều 15: unit = chỉ số 1, 2, 3, 4, 7 (theo lĩnh vực) + 5, 6, 8, 9 ("tối đa 20"; nine give 18, ADR-051); ≥15 Xuất sắc, 12–<15 Tốt, 9–<12 Khá, 6–<9 Trung bình, <6 Yếu.
    public static UnitEvaluation? Unit(IReadOnlyDictionary<EvaluationIndicator, decimal?> scores, ExcludedIndicatorBands bands) =>
        HasDossierData(scores) && Sum(scores, EvaluatedParty.Unit, bands) is { } total ? new UnitEvaluation(total, Rating(total.Compared)) : null;

    // TT 01/2018/TT-VPCP Điều 15 khoản 3 [R, ADR-063]: a unit is evaluated on the dossiers it settled; one without any per-dossier indicator data is not evaluated.
    public static bool HasDossierData(IReadOnlyDictionary<EvaluationIndicator, decimal?> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return EvaluationIndicators.All.Any(d => d.Subject == IndicatorSubject.Dossier && scores.GetValueOrDefault(d.Indicator) is not null);
    }

    private static CompletionBand Completion(decimal total) => total switch
    {
        >= 5m => CompletionBand.Full,
        >= 3.5m => CompletionBand.SeventyToFull,
        _ => CompletionBand.BelowSeventy,
    };

    private static UnitRating Rating(decimal total) => total switch
    {
        >= 15m => UnitRating.Excellent,
        >= 12m => UnitRating.Good,
        >= 9m => UnitRating.Fair,
        >= 6m => UnitRating.Average,
        _ => UnitRating.Weak,
    };

    /// <summary>The party's total, or <c>null</c> when none of its indicators has data (nothing to evaluate).</summary>
    private static EvaluationTotal? Sum(IReadOnlyDictionary<EvaluationIndicator, decimal?> scores, EvaluatedParty party, ExcludedIndicatorBands bands)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var counted = EvaluationIndicators.CountingFor(party);
        var present = counted.Where(i => scores.GetValueOrDefault(i) is not null).ToList();
        if (present.Count == 0)
        {
            return null;
        }

        var values = Checked(present.Select(i => scores[i]!.Value).ToList(), nameof(scores));

        var total = values.Sum();
        var maximum = present.Count * IndicatorDefinition.MaximumPoints;
        var fullMaximum = counted.Count * IndicatorDefinition.MaximumPoints;

        // [U] Điều 15 excludes indicators without data but does not say how the fixed bands then apply (ADR-051).
        var compared = bands == ExcludedIndicatorBands.ScaleToMaximum ? total * fullMaximum / maximum : total;
        return new EvaluationTotal(total, maximum, compared, [.. counted.Except(present)]);
    }

    private static List<decimal> Checked(List<decimal> points, string parameter) =>
        points.Any(p => p is < 0m or > IndicatorDefinition.MaximumPoints)
            ? throw new ArgumentOutOfRangeException(parameter, "Points on an indicator are between 0 and 2.")
            : points;
}
