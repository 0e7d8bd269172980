using System.ComponentModel.DataAnnotations;
using MotCua.Common.Validation;
using MotCua.Modules.Metrics.Evaluation;
using MotCua.Modules.Metrics.Statistics;

namespace MotCua.Modules.Metrics;

/// <summary>Settings of the Metrics module (configuration section <c>Metrics</c>, docs/operations.md); validated at start.</summary>
internal sealed class MetricsOptions : IValidatableObject
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

    /// <summary>
    /// The last day of a statutory report period in its last month; the period starts the day after, a month, quarter,
    /// half-year or year earlier (ADR-052). At most 27 so that the day after exists in every month.
    /// </summary>
    // NĐ 09/2019/NĐ-CP Điều 12 [R]: số liệu từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ (reporting-control-feedback §A4).
    [Range(1, 27, ErrorMessage = "Metrics:StatutoryCutOffDay must be between 1 and 27.")]
    public int StatutoryCutOffDay { get; set; } = 14;

    /// <summary>
    /// Which dossiers the statistics tables count as resolved (đã giải quyết): default the end statuses of the 766 formula
    /// doc (reporting-control-feedback §E 2.1 [R]); <c>SupplementAndWithdrawalOnTime</c> follows Thanh Hóa's note to Biểu
    /// II.06a [R, local] (ADR-052).
    /// </summary>
    [EnumDataType(typeof(ResolvedRule), ErrorMessage = "Metrics:ResolvedRule must be EndStatuses or SupplementAndWithdrawalOnTime.")]
    public ResolvedRule ResolvedRule { get; set; } = ResolvedRule.EndStatuses;

    /// <summary>How often the dossiers' facts rows are checked and rebuilt where missing or behind (ADR-049); the first run is at the first start.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Metrics:FactsRebuildInterval must be between 1 minute and 30 days.")]
    public TimeSpan FactsRebuildInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often the facts rows captured since the last run are judged with the agencies' calendars (ADR-049, "Judging").</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "Metrics:JudgeInterval must be between 10 seconds and 1 day.")]
    public TimeSpan JudgeInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long the home pages' figures (staff homes and the public home page) are kept before they are read again from
    /// the facts (ADR-055); zero reads them at every request.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Metrics:HomeFiguresCacheDuration must be between 0 and 1 hour.")]
    public TimeSpan HomeFiguresCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The folder of the evidence files of the entered Bộ chỉ số 766 figures (ADR-054); relative to the content root.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Metrics:Score766EvidencePath must name a folder.")]
    public string Score766EvidencePath { get; set; } = "data/metrics";

    /// <summary>The largest evidence file accepted (10 MB).</summary>
    [Range(1L, 1024L * 1024 * 1024, ErrorMessage = "Metrics:Score766EvidenceMaxBytes must be between 1 and 1073741824 (1 GB).")]
    public long Score766EvidenceMaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>What one attribute cannot say: the 766 bands are each within 0–100 points, name a rating, and no threshold or rating repeats.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Score766Set2026From.Year is < TypedValues.FirstYear or > TypedValues.LastYear)
        {
            yield return new ValidationResult("Metrics:Score766Set2026From must be a date from 2000 to 2199.");
        }

        if (Score766Bands.Any(b => b.MinPoints is < 0 or > 100 || !Enum.IsDefined(b.Rating)))
        {
            yield return new ValidationResult("Metrics:Score766Bands: each band needs MinPoints from 0 to 100 and a Rating of Excellent, Good, Fair, Average or Weak.");
        }

        if (Score766Bands.DistinctBy(b => b.MinPoints).Count() != Score766Bands.Count || Score766Bands.DistinctBy(b => b.Rating).Count() != Score766Bands.Count)
        {
            yield return new ValidationResult("Metrics:Score766Bands: a threshold or a rating appears twice.");
        }

        if (new[] { Evaluation.OneStopPercentProvince, Evaluation.OneStopPercentDistrict, Evaluation.OneStopPercentCommune }.Any(p => p is < 0 or > 100))
        {
            yield return new ValidationResult("Metrics:Evaluation:OneStopPercentProvince, OneStopPercentDistrict and OneStopPercentCommune must be between 0 and 100.");
        }
    }
}
