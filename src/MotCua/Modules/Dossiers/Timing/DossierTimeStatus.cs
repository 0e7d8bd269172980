using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>
/// The two time notions of one dossier, never mixed on one label: the legal status against the date the applicant
/// holds, and the national statistic (Bộ chỉ số 766, chỉ số 2.1) against the original appointment with supplement
/// time paused (docs/glossary.md, "Dossiers: time rules"; ADR-028).
/// </summary>
internal sealed record DossierTimeStatus(LegalTimeResult Legal, OnTimeResult Statistic)
{
    /// <summary>
    /// Both notions for a received dossier as of <paramref name="asOf"/>: the one place the dossier page
    /// (<c>Dossier.TimeStatus</c>) and the metrics' judging (<c>DossierFigures.Judge</c>) classify a dossier's time.
    /// </summary>
    /// <param name="due">The appointment in force (ngày hẹn trả).</param>
    /// <param name="originalDue">The appointment printed on the receipt; null when the dossier has none.</param>
    /// <param name="maxTime">The procedure's time allowed, read only when <paramref name="originalDue"/> is null.</param>
    public static DossierTimeStatus Classify(
        BusinessCalendar calendar,
        DateTimeOffset asOf,
        OnTimeRule rule,
        DateTimeOffset receivedAt,
        DateTimeOffset due,
        DateTimeOffset? originalDue,
        ProcessingTime maxTime,
        DossierEndEvents ends,
        DateTimeOffset? pendingSupplementSince,
        IReadOnlyList<SupplementInterval> supplements)
    {
        var legal = LegalTimeStatus.Classify(calendar, new LegalTimeInput(due, ends, pendingSupplementSince, asOf, rule));
        var statistic = OnTimeStatistic.Classify(calendar, new OnTimeInput(receivedAt, originalDue, maxTime, ends, supplements, asOf, rule));
        return new DossierTimeStatus(legal, statistic);
    }
}
