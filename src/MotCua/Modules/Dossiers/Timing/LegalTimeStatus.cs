using System.Linq.Expressions;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>The data of one dossier for its legal time status.</summary>
/// <param name="Due">Ngày hẹn trả kết quả in force: the receipt's appointment, moved by a restart after a supplement or by an approved extension.</param>
/// <param name="Ends">The end statuses reached.</param>
/// <param name="PendingSupplementSince">When the supplement the applicant has not completed yet was requested (null = none pending).</param>
/// <param name="AsOf">The instant of the question; later events are ignored.</param>
/// <param name="Rule">How early / on time / late is read.</param>
internal sealed record LegalTimeInput(DateTimeOffset Due, DossierEndEvents Ends, DateTimeOffset? PendingSupplementSince, DateTimeOffset AsOf, OnTimeRule Rule);

/// <summary>The legal verdict on one dossier's time.</summary>
/// <param name="Class">Trước hạn / đúng hạn / quá hạn against <paramref name="Due"/>, as of <paramref name="End"/>.</param>
/// <param name="IsOpen">No end status reached: the class says "còn trong hạn" (Early, OnTime) or "đã quá hạn" (Late) so far.</param>
/// <param name="WaitingForApplicant">The dossier is with the applicant for a supplement: the clock stands at the request.</param>
/// <param name="End">The instant compared (UTC).</param>
/// <param name="Due">The appointment compared with (UTC).</param>
internal sealed record LegalTimeResult(OnTimeClass Class, bool IsOpen, bool WaitingForApplicant, DateTimeOffset End, DateTimeOffset Due);

/// <summary>
/// The legal time status of a dossier: whether it was (or is being) settled by the date the applicant holds. This is
/// the status shown to the applicant and to officers as "theo thời hạn pháp lý"; the national statistic
/// (<see cref="OnTimeStatistic"/>) is a different notion and is always named as such.
/// </summary>
internal static class LegalTimeStatus
{
    /// <summary>The statuses in which the dossier is with the agency and the legal clock runs.</summary>
    private static readonly DossierStatus[] ClockRuns = [DossierStatus.Received, DossierStatus.Processing, DossierStatus.AwaitingPayment];

    /// <summary>Classifies the dossier as of <see cref="LegalTimeInput.AsOf"/>.</summary>
    public static LegalTimeResult Classify(BusinessCalendar calendar, LegalTimeInput input)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(input);

        // NĐ 61/2018 Điều 19 khoản 4 and 9: the date in force after a restart or an approved extension is the legal appointment; the end is the first end status reached.
        var (end, kind) = input.Ends.FirstBy(input.AsOf);
        var waiting = false;
        if (kind == DossierEndKind.PeriodEnd && input.PendingSupplementSince is { } requested && requested <= input.AsOf)
        {
            // NĐ 61/2018 Điều 19 khoản 4: while the applicant completes the dossier the time limit does not run; it is counted again from the full dossier.
            end = requested;
            waiting = true;
        }

        return new LegalTimeResult(
            OnTimeDefinition.Classify(calendar, end, input.Due, input.Rule),
            kind == DossierEndKind.PeriodEnd,
            waiting,
            end.ToUniversalTime(),
            input.Due.ToUniversalTime());
    }

    /// <summary>
    /// The same definition as a query: dossiers that are (<paramref name="overdue"/> true) or are not legally overdue at
    /// <paramref name="now"/> — overdue means with the agency, the clock running, no result yet and the appointment in force passed.
    /// </summary>
    public static Expression<Func<Dossier, bool>> OverdueAt(DateTime now, bool overdue = true)
    {
        Expression<Func<Dossier, bool>> late = d => ClockRuns.Contains(d.Status) && d.DueAt < now;
        return overdue ? late : Expression.Lambda<Func<Dossier, bool>>(Expression.Not(late.Body), late.Parameters);
    }
}
