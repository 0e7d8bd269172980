using System.Linq.Expressions;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// Which facts rows a Bộ chỉ số 766 chỉ số counts in a kỳ báo cáo [<paramref name="start"/>, <paramref name="end"/>) (UTC
/// instants of the period's local days), and which of them the stored verdicts already decide (ADR-054). Expressions, so
/// that each is one SQL predicate on both providers.
/// </summary>
internal static class PeriodMembership
{
    /// <summary>
    /// 2.1's mẫu số: received before the period end and not ended before its start — handled or still in hand in the period;
    /// a dossier without an appointment cannot be judged and is left out.
    /// </summary>
    // reporting-control-feedback §E, 2.1: "hồ sơ được tiếp nhận, xử lý trong kỳ", carry-overs and open dossiers included [R].
    public static Expression<Func<MetricDossier, bool>> InHand(DateTime start, DateTime end) =>
        m => m.ReceivedAt != null && m.ReceivedAt < end && m.DueAt != null && (m.EndedAt == null || m.EndedAt >= start);

    /// <summary>3.3, 4.1–4.3, 5.4: Ngày tiếp nhận in the period; a dossier not received is left out.</summary>
    // reporting-control-feedback §E, 3.3 and 4.1–4.4: by Ngày tiếp nhận; no Ngày tiếp nhận → excluded [R].
    public static Expression<Func<MetricDossier, bool>> Received(DateTime start, DateTime end) =>
        m => m.ReceivedAt >= start && m.ReceivedAt < end;

    /// <summary>Ended before the period end and judged on its current capture: the stored statistic class is final.</summary>
    public static Expression<Func<MetricDossier, bool>> EndedAndJudged(DateTime end) =>
        m => m.EndedAt < end && m.JudgedSequence == m.CapturedSequence && m.StatisticClass != null;

    /// <summary>
    /// Still open at the period end with an appointment on the receipt and no supplement asked for by then: the statistic's
    /// due is the printed appointment, so the period end alone decides (late when the end is past it).
    /// </summary>
    // Bộ chỉ số 766, chỉ số 2.1: an open dossier is judged at the period end against NgayHenTra [R, §E].
    public static Expression<Func<MetricDossier, bool>> OpenAndPlain(DateTime end) =>
        m => (m.EndedAt == null || m.EndedAt >= end) && m.OriginalDueAt != null && (m.FirstSupplementAt == null || m.FirstSupplementAt > end);

    /// <summary>Of the rows <see cref="EndedAndJudged"/> or <see cref="OpenAndPlain"/>, those late at the period end.</summary>
    public static Expression<Func<MetricDossier, bool>> DecidedLate(DateTime end) =>
        m => (m.EndedAt < end && m.JudgedSequence == m.CapturedSequence && m.StatisticClass == Calendar.OnTimeClass.Late)
            || ((m.EndedAt == null || m.EndedAt >= end) && m.OriginalDueAt != null && (m.FirstSupplementAt == null || m.FirstSupplementAt > end) && m.OriginalDueAt < end);

    /// <summary>
    /// The rows the stored facts do not decide: ended but not judged yet (the job runs each minute), or open at the period end
    /// after a supplement request or without a printed appointment — those are judged with the agency's calendar at read time.
    /// </summary>
    public static Expression<Func<MetricDossier, bool>> Undecided(DateTime end) =>
        m => !((m.EndedAt < end && m.JudgedSequence == m.CapturedSequence && m.StatisticClass != null)
            || ((m.EndedAt == null || m.EndedAt >= end) && m.OriginalDueAt != null && (m.FirstSupplementAt == null || m.FirstSupplementAt > end)));
}
