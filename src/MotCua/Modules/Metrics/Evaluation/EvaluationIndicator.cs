namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>The nine indicators (chỉ số) of TT 01/2018/TT-VPCP Điều 13, each scored 0, 1 or 2 points; numbered as the text.</summary>
internal enum EvaluationIndicator
{
    /// <summary>Chỉ số 1: tổng thời gian giải quyết so với thời gian cho phép.</summary>
    TotalTime = 1,

    /// <summary>Chỉ số 2: thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết.</summary>
    UnitTime = 2,

    /// <summary>Chỉ số 3: số lần phải liên hệ với nơi tiếp nhận để hoàn thiện hồ sơ.</summary>
    Contacts = 3,

    /// <summary>Chỉ số 4: số cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ.</summary>
    AgenciesContacted = 4,

    /// <summary>Chỉ số 5: thủ tục hành chính giải quyết tại Bộ phận Một cửa.</summary>
    DecidedAtOneStop = 5,

    /// <summary>Chỉ số 6: công khai thủ tục hành chính.</summary>
    Publication = 6,

    /// <summary>Chỉ số 7: thái độ của cán bộ, công chức, viên chức.</summary>
    Attitude = 7,

    /// <summary>Chỉ số 8: tiếp nhận, xử lý phản ánh, kiến nghị.</summary>
    Petitions = 8,

    /// <summary>Chỉ số 9: cung cấp dịch vụ công trực tuyến.</summary>
    OnlineService = 9,
}

/// <summary>What an indicator is evaluated on (TT 01/2018 Điều 14): each dossier, the unit, or both (chỉ số 6).</summary>
[Flags]
internal enum IndicatorSubject
{
    Dossier = 1,
    Unit = 2,
}

/// <summary>Where an indicator's points come from (TT 01/2018 Điều 14).</summary>
internal enum IndicatorSource
{
    /// <summary>The applicant's rating: paper form, kiosk or online rating (chỉ số 1, 3, 4, 7).</summary>
    Rating,

    /// <summary>The one-stop software (chỉ số 2, 6, 8, 9).</summary>
    System,

    /// <summary>Art 14 names no source (chỉ số 5): the unit's own count of its procedures, checked by the evaluator ([U], ADR-051).</summary>
    NotStated,
}

/// <summary>Which totals of TT 01/2018 Điều 15 an indicator counts in.</summary>
[Flags]
internal enum EvaluatedParty
{
    /// <summary>Cán bộ, công chức, viên chức: chỉ số 1, 2, 3, 4, 7 (tối đa 10 điểm).</summary>
    Officer = 1,

    /// <summary>Cơ quan, đơn vị: chỉ số 1, 2, 3, 4, 7 theo lĩnh vực và 5, 6, 8, 9 (18 điểm; the text says 20, ADR-051).</summary>
    Unit = 2,
}

/// <summary>One indicator with what Art 14 and Art 15 say about it.</summary>
internal sealed record IndicatorDefinition(EvaluationIndicator Indicator, IndicatorSubject Subject, IndicatorSource Source, EvaluatedParty CountsFor)
{
    /// <summary>Every indicator scores at most 2 points (Điều 13).</summary>
    public const decimal MaximumPoints = 2m;
}

/// <summary>The nine indicators as data (TT 01/2018/TT-VPCP Điều 13–15; ADR-051).</summary>
internal static class EvaluationIndicators
{
    private const EvaluatedParty Both = EvaluatedParty.Officer | EvaluatedParty.Unit;

    // TT 01/2018/TT-VPCP Điều 14: 1,2,3,4,6,7 per dossier, 5,6,8,9 per unit; 1,3,4,7 from ratings, 2,6,8,9 from the system; Điều 15: officer 1,2,3,4,7.
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new(EvaluationIndicator.TotalTime, IndicatorSubject.Dossier, IndicatorSource.Rating, Both),
        new(EvaluationIndicator.UnitTime, IndicatorSubject.Dossier, IndicatorSource.System, Both),
        new(EvaluationIndicator.Contacts, IndicatorSubject.Dossier, IndicatorSource.Rating, Both),
        new(EvaluationIndicator.AgenciesContacted, IndicatorSubject.Dossier, IndicatorSource.Rating, Both),
        new(EvaluationIndicator.DecidedAtOneStop, IndicatorSubject.Unit, IndicatorSource.NotStated, EvaluatedParty.Unit),
        new(EvaluationIndicator.Publication, IndicatorSubject.Dossier | IndicatorSubject.Unit, IndicatorSource.System, EvaluatedParty.Unit),
        new(EvaluationIndicator.Attitude, IndicatorSubject.Dossier, IndicatorSource.Rating, Both),
        new(EvaluationIndicator.Petitions, IndicatorSubject.Unit, IndicatorSource.System, EvaluatedParty.Unit),
        new(EvaluationIndicator.OnlineService, IndicatorSubject.Unit, IndicatorSource.System, EvaluatedParty.Unit),
    ];

    public static IndicatorDefinition Of(EvaluationIndicator indicator) => All[(int)indicator - 1];

    /// <summary>The indicators a party's total adds up, in the text's order.</summary>
    public static IReadOnlyList<EvaluationIndicator> CountingFor(EvaluatedParty party) =>
        [.. All.Where(d => d.CountsFor.HasFlag(party)).Select(d => d.Indicator)];
}
