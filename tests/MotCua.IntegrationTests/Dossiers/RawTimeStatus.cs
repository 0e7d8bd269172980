using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>
/// A dossier's time status at a past instant computed from scratch from its raw history: its events replayed up to the
/// instant give the appointment in force then (the receipt's, then each completed supplement's and approved extension's, as
/// the dossier recorded them) and the supplement awaited then; the dossiers' own rule (<see cref="DossierTimeStatus.Classify"/>)
/// judges them. What a report of a past period end must agree with (ADR-064).
/// </summary>
internal static class RawTimeStatus
{
    public static DossierTimeStatus? At(Dossier dossier, IReadOnlyList<DossierEvent> history, BusinessCalendar calendar, DateTimeOffset at, OnTimeGranularity granularity)
    {
        if (dossier.ReceivedAt is not { } received || dossier.OriginalDueAt is not { } due)
        {
            return null;
        }

        var completed = dossier.Supplements.Where(s => s.CompletedAt is not null).ToList();
        var approved = dossier.Extensions.Where(e => e.Decision == ExtensionDecision.Approved).OrderBy(e => e.Number).ToList();
        var (completions, approvals) = (0, 0);
        DateTime? pending = null;
        foreach (var e in history.Where(e => e.At <= at.UtcDateTime).OrderBy(e => e.Sequence))
        {
            switch (e.Action)
            {
                case Modules.Dossiers.DossierAction.RequestSupplement:
                    pending = e.At;
                    break;
                case Modules.Dossiers.DossierAction.CompleteSupplement:
                    pending = null;
                    due = completed[completions++].DueAfter!.Value;
                    break;
                case Modules.Dossiers.DossierAction.ApproveExtension:
                    due = approved[approvals++].ProposedDueAt;
                    break;
            }
        }

        return DossierTimeStatus.Classify(
            calendar, at, new OnTimeRule(dossier.ProcessingTimeUnit, granularity), received.AsInstant(), due.AsInstant(), dossier.OriginalDueAt.AsInstant(),
            dossier.ProcessingTime, dossier.EndEvents(), pending.AsInstant(), dossier.SupplementIntervals());
    }
}
