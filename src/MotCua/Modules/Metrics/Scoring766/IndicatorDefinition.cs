using MotCua.Common.Localization;

namespace MotCua.Modules.Metrics.Scoring766;

/// <summary>
/// One chỉ số of Bộ chỉ số 766: its id as in "Mô tả công thức tính chỉ số 766" (or ours where the 2026 sheet gives none),
/// its nhóm chỉ số (1–6), điểm tối đa and formula. <see cref="IsEntered"/>: the data lives outside MotCua (DVCQG sync,
/// personal data store, population database, electronic certification), so the control officer enters tử số and mẫu số.
/// <see cref="IsProvisional"/>: the published sources do not reproduce this formula; the score is an estimate.
/// </summary>
internal sealed record IndicatorDefinition(
    string Id, int Group, decimal MaxPoints, Formula Formula, bool IsEntered = false, bool IsProvisional = false)
{
    public bool IsInformational => Formula.IsInformational;

    /// <summary>Resource key of the Vietnamese name (MetricsText): <c>Score766_</c> + the id with dots and dashes as underscores.</summary>
    public string NameKey => "Score766_" + Id.Replace('.', '_').Replace('-', '_');

    public string Name => ResourceText.Get<MetricsText>(NameKey);

    public static string GroupName(int group) => ResourceText.Get<MetricsText>("Score766_Group_" + group);
}

/// <summary>The tử số and mẫu số of one chỉ số for one kỳ báo cáo (counts, or for 2.2 a total time and a count).</summary>
internal sealed record IndicatorInput(string Id, decimal Numerator, decimal Denominator)
{
    /// <summary>
    /// 5.4: ratio = 100 % − (% hồ sơ quá hạn + % hồ sơ có PAKN hoặc đánh giá không hài lòng), i.e.
    /// (dossiers − overdue − with PAKN/dislike) / dossiers, not below 0 when a dossier is in both shares.
    /// // Mô tả công thức 766, 5.4 [V2]
    /// </summary>
    public static IndicatorInput Satisfaction54(decimal dossiers, decimal overdue, decimal withFeedbackOrDislike) =>
        new("5.4", Math.Max(0m, dossiers - overdue - withFeedbackOrDislike), dossiers);

    /// <summary>
    /// 1.4's mẫu số: the larger of the national reporting system's and DVCQG's received counts; when both are 0, the
    /// previous year's total × months in the period / 12 (month ÷12, quarter ÷4, year whole); no previous year → 0.
    /// // Mô tả công thức 766, 1.4 [R]
    /// </summary>
    public static decimal SyncDenominator(decimal nationalReported, decimal portalReported, decimal? previousYearTotal, int monthsInPeriod)
    {
        var larger = Math.Max(nationalReported, portalReported);
        if (larger > 0)
            return larger;
        return previousYearTotal is > 0 ? previousYearTotal.Value * monthsInPeriod / 12m : 0m;
    }
}
