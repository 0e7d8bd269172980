using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Metrics.Statistics;

/// <summary>Where a dossier stood at the end of the report period, as the statistics table sorts it.</summary>
internal enum DossierTallyState
{
    /// <summary>Đang xử lý (including waiting for payment).</summary>
    Processing,

    /// <summary>Chờ bổ sung: a supplement was requested and not yet received.</summary>
    AwaitingSupplement,

    /// <summary>Đã xử lý xong or đã trả kết quả.</summary>
    Finished,

    /// <summary>Từ chối giải quyết after appraisal.</summary>
    Refused,

    /// <summary>Dừng xử lý.</summary>
    Stopped,

    /// <summary>Công dân rút hồ sơ (after it had been received).</summary>
    Withdrawn,
}

/// <summary>
/// One received dossier as the statistics tables count it, as of the end of the period.
/// </summary>
/// <param name="State">Where it stood at the period end.</param>
/// <param name="Time">Trước hạn / đúng hạn / quá hạn by the legal notion (legal-rules §4, ADR-028): at its end, or at the period end while open.</param>
/// <param name="Channel">How it was submitted.</param>
/// <param name="CarriedOver">Received before the period and still in hand when it began (từ kỳ trước).</param>
/// <param name="OnlineLevel">For an online dossier, the level of the online service it used (toàn trình / một phần; none: another online form).</param>
/// <param name="ApologyIssued">A letter of apology was issued for its lateness (NĐ 61/2018 Điều 19 khoản 9).</param>
/// <param name="PaidOnline">Its fees were paid online.</param>
internal sealed record DossierTally(
    DossierTallyState State,
    OnTimeClass Time,
    SubmissionChannel Channel,
    bool CarriedOver,
    OnlineServiceLevel OnlineLevel = OnlineServiceLevel.Full,
    bool ApologyIssued = false,
    bool PaidOnline = false)
{
    /// <summary>True when processing ended by the period end (the end statuses of the 766 formula doc, reporting-control-feedback §E 2.1).</summary>
    public bool Ended => State is DossierTallyState.Finished or DossierTallyState.Refused or DossierTallyState.Stopped or DossierTallyState.Withdrawn;
}

/// <summary>Which dossiers the tables count as resolved (đã giải quyết) rather than in hand (đang giải quyết): <c>Metrics:ResolvedRule</c>.</summary>
internal enum ResolvedRule
{
    /// <summary>
    /// The dossiers that reached an end status (finished, returned, refused, stopped, withdrawn), each by its own time class;
    /// one waiting for a supplement is in hand. The end statuses of the 766 formula doc (reporting-control-feedback §E 2.1) [R].
    /// </summary>
    EndStatuses,

    /// <summary>
    /// As <see cref="EndStatuses"/>, and a dossier waiting for a supplement is resolved too; both it and a withdrawn one count
    /// as on time (đúng hạn) whatever their time class — Thanh Hóa's note to Biểu II.06a [R, local].
    /// </summary>
    SupplementAndWithdrawalOnTime,
}

/// <summary>How one dossier is counted: resolved or in hand, and in which time column.</summary>
internal static class DossierTallyRules
{
    /// <summary>True when the dossier counts as resolved under <paramref name="rule"/>.</summary>
    public static bool IsResolved(DossierTally dossier, ResolvedRule rule) =>
        dossier.Ended || (rule == ResolvedRule.SupplementAndWithdrawalOnTime && dossier.State == DossierTallyState.AwaitingSupplement);

    /// <summary>The time class the tables use: the dossier's own, except where <paramref name="rule"/> counts it on time.</summary>
    public static OnTimeClass TimeFor(DossierTally dossier, ResolvedRule rule) =>
        // Thanh Hóa, note to Biểu II.06a [R, local]: "Đúng hạn" includes dossiers awaiting supplement and withdrawn ones.
        rule == ResolvedRule.SupplementAndWithdrawalOnTime && dossier.State is DossierTallyState.AwaitingSupplement or DossierTallyState.Withdrawn
            ? OnTimeClass.OnTime
            : dossier.Time;
}
