namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>The readings of TT 01/2018 Chương III the text leaves open ([U], ADR-051); section <c>Metrics:Evaluation</c>.</summary>
internal sealed class EvaluationOptions
{
    /// <summary>How the steps one unit handled on a dossier give its chỉ số 2 point (default: its worst step).</summary>
    public UnitTimeReading UnitTimeReading { get; set; } = UnitTimeReading.WorstStep;

    /// <summary>Chỉ số 3 when more than one contact was the applicant's fault (default: the dossier gives no point).</summary>
    public ApplicantFaultContacts ApplicantFaultContacts { get; set; } = ApplicantFaultContacts.Excluded;

    /// <summary>How a total with indicators excluded for missing data meets the bands (default: as it is).</summary>
    public ExcludedIndicatorBands ExcludedIndicatorBands { get; set; } = ExcludedIndicatorBands.CompareAsIs;

    /// <summary>
    /// Chỉ số 6: whether the province posts (niêm yết) at the one-stop desks every procedure the catalogue publishes. MotCua
    /// records the electronic publication only; by default posting is not recorded and gives no point (ADR-058).
    /// </summary>
    public bool PublishedMeansPosted { get; set; }

    /// <summary>Chỉ số 5, 2 points: the share of a ministry's or province-level agency's listed procedures decided at the one-stop unit, in % (TT 01/2018 Điều 13 khoản 5: 20).</summary>
    public int OneStopPercentProvince { get; set; } = 20;

    /// <summary>Chỉ số 5, 2 points: the share for a district-level agency, in % (TT 01/2018 Điều 13 khoản 5: 50).</summary>
    public int OneStopPercentDistrict { get; set; } = 50;

    /// <summary>Chỉ số 5, 2 points: the share for a commune-level agency, in % (TT 01/2018 Điều 13 khoản 5: 100).</summary>
    public int OneStopPercentCommune { get; set; } = 100;

    /// <summary>The chỉ số 5 thresholds as the rule takes them.</summary>
    public OneStopThresholds OneStopThresholds => new(OneStopPercentProvince, OneStopPercentDistrict, OneStopPercentCommune);

    /// <summary>
    /// Chỉ số 5 and 6: the day of the period whose one-stop list a period is evaluated with (ADR-066). TT 01/2018 Điều 13–14
    /// do not say; by default the list in force at the period's end (its last instant, or now while it runs).
    /// </summary>
    public OneStopListDay OneStopListDay { get; set; } = OneStopListDay.PeriodEnd;
}

/// <summary>Which day's one-stop list a period's chỉ số 5 and 6 read (<see cref="EvaluationOptions.OneStopListDay"/>).</summary>
internal enum OneStopListDay
{
    /// <summary>The list in force at the period's end (its last instant; now while it runs).</summary>
    PeriodEnd,

    /// <summary>The list in force at the period's start.</summary>
    PeriodStart,
}

/// <summary>The share of listed procedures decided at the one-stop unit that gives chỉ số 5 its 2 points, per level, in %.</summary>
internal sealed record OneStopThresholds(int MinistryOrProvince, int District, int Commune)
{
    // TT 01/2018/TT-VPCP Điều 13 khoản 5 điểm a: từ 20 % (bộ, ngành, tỉnh), từ 50 % (huyện), 100 % (xã).
    public static readonly OneStopThresholds Statutory = new(20, 50, 100);

    public int For(OneStopLevel level) => level switch
    {
        OneStopLevel.MinistryOrProvince => MinistryOrProvince,
        OneStopLevel.District => District,
        _ => Commune,
    };
}

/// <summary>The dossier-level reading of chỉ số 2 when a unit handled several steps of one dossier.</summary>
internal enum UnitTimeReading
{
    /// <summary>The unit's worst step: one late step is 0, all early 2, otherwise 1.</summary>
    WorstStep,

    /// <summary>The mean of the unit's step points (each step weighs the same; the dossier's point may be fractional).</summary>
    MeanOfSteps,
}

/// <summary>Chỉ số 3 when the applicant caused more than one contact ("trừ trường hợp do lỗi của tổ chức, cá nhân").</summary>
internal enum ApplicantFaultContacts
{
    /// <summary>The dossier gives no point on chỉ số 3 and leaves the indicator's average, like missing data.</summary>
    Excluded,

    /// <summary>The dossier scores 1 point, as for a single contact.</summary>
    OnePoint,
}

/// <summary>How a total meets the fixed bands of Điều 15 when indicators were excluded for missing data.</summary>
internal enum ExcludedIndicatorBands
{
    /// <summary>The total of the indicators with data is compared with the bands unchanged.</summary>
    CompareAsIs,

    /// <summary>The total is scaled to the full maximum (10 for an officer, 18 for a unit) before the comparison.</summary>
    ScaleToMaximum,
}
