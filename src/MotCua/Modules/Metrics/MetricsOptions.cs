using MotCua.Modules.Metrics.Evaluation;

namespace MotCua.Modules.Metrics;

/// <summary>Settings of the Metrics module (configuration section <c>Metrics</c>, docs/operations.md); validated at start.</summary>
internal sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>
    /// First day of the kỳ báo cáo scored with the 2026 Bộ chỉ số 766 sheet instead of the 2022 set ([U]: the sheet
    /// carries no date; default 1/1/2026, the start of the year it was transcribed in; ADR-050).
    /// </summary>
    public DateOnly Score766Set2026From { get; set; } = new(2026, 1, 1);

    /// <summary>Bộ chỉ số 766 classification bands ([U]); empty by default: no xếp loại shown until configured (ADR-050).</summary>
    public List<Scoring766.Score766Band> Score766Bands { get; set; } = [];

    /// <summary>The readings of the TT 01/2018 evaluation the text leaves open (<c>Metrics:Evaluation</c>, ADR-051).</summary>
    public EvaluationOptions Evaluation { get; set; } = new();
}
