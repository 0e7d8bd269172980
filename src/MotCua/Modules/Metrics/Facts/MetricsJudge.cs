using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>
/// Fills the verdicts of the facts rows (ADR-049, "Judging") with each agency's calendar and the dossiers' own time rules
/// (<see cref="DossierFacts.Judge"/>): the rows captured since they were last judged (<see cref="MetricDossier.IsUnjudged"/>,
/// read through its partial index), an ended dossier as of its end (final until its calendar changes), an open one as of
/// now (its statistic's due only). First, each agency whose calendar no longer has the fingerprint its rows were judged
/// with (<see cref="MetricCalendarStamp"/>) has the rows the change reaches sent back to be judged. Pages through the rows
/// by dossier id; each batch is one transaction, and a row is written only when a verdict changed and its capture is still
/// the one judged. A row that cannot be judged is logged and left for the next run; the others are judged. Last, the
/// roll-up buckets the run's verdicts (and the captures since the last run) reach are recounted (ADR-061).
/// </summary>
internal sealed partial class MetricsJudge(
    AppDbContext db, DossierFacts dossiers, CalendarProvider calendars, Rollups.MetricRollupsWriter rollups, TimeProvider clock, ILogger<MetricsJudge> logger)
{
    public const int BatchSize = 500;

    /// <summary>Judges every row that needs it; returns how many rows were written.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stamps = await SendBackChangedCalendarsAsync(cancellationToken);
        var seen = new Dictionary<Guid, string>();
        var written = 0;
        var after = Guid.Empty;
        while (true)
        {
            var batch = await db.MetricDossiers.AsNoTracking()
                .Where(m => m.DossierId > after).Where(MetricDossier.IsUnjudged)
                .OrderBy(m => m.DossierId).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            after = batch[^1].DossierId;
            var changed = new List<MetricDossier>();
            foreach (var row in batch)
            {
                try
                {
                    var calendar = await calendars.GetAsync(row.AgencyId, cancellationToken);
                    var asOf = row.EndedAt is { } ended ? ended.AsInstant() : now;
                    if (row.Judge(dossiers.Judge(row.Figures(), calendar, asOf)))
                    {
                        changed.Add(row);
                    }

                    seen.TryAdd(row.AgencyId, CalendarFingerprint.Of(calendar));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The row keeps its sequence, so the next run tries it again; the row holds no personal data.
                    LogNotJudged(logger, e, row.DossierId, row.CapturedSequence);
                }
            }

            written += await WriteAsync(changed, cancellationToken);
            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        await StampNewAgenciesAsync([.. seen.Where(s => !stamps.ContainsKey(s.Key))], cancellationToken);
        await rollups.RunAsync(cancellationToken);
        return written;
    }

    /// <summary>
    /// For each agency whose calendar changed since its rows were judged, un-judges the rows the change reaches and keeps
    /// the new fingerprint, in one transaction; returns the agencies' stamps.
    /// </summary>
    private async Task<Dictionary<Guid, string>> SendBackChangedCalendarsAsync(CancellationToken cancellationToken)
    {
        var stamps = await db.MetricCalendarStamps.AsNoTracking().ToDictionaryAsync(s => s.AgencyId, s => s.Fingerprint, cancellationToken);
        foreach (var (agencyId, before) in stamps.ToList())
        {
            var fingerprint = CalendarFingerprint.Of(await calendars.GetAsync(agencyId, cancellationToken));
            if (CalendarFingerprint.Changes(before, fingerprint) is not { } change)
            {
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = db.MetricDossiers.Where(m => m.AgencyId == agencyId && m.JudgedSequence != null);
            if (!change.Schedule)
            {
                // Every verdict is counted from the reception; one whose dossier ended, and whose dues passed, before the
                // first changed year is not reached. A day or two either side covers the year's edges in UTC.
                var (from, to) = (YearStart(change.FirstYear).AddDays(-2), YearStart(change.LastYear + 1).AddDays(2));
                rows = rows.Where(m => m.ReceivedAt < to
                    && (m.EndedAt == null || m.EndedAt >= from || m.StatisticDueAt == null || m.StatisticDueAt >= from || m.DueAt >= from));
            }

            // The verdicts will change: the roll-up buckets holding these rows read dirty until the job counts them again (ADR-061).
            await rows.ExecuteUpdateAsync(s => s.SetProperty(m => m.JudgedSequence, (int?)null).SetProperty(m => m.RolledSequence, (int?)null), cancellationToken);
            await db.MetricCalendarStamps.Where(s => s.AgencyId == agencyId && s.Fingerprint == before)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Fingerprint, fingerprint), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            stamps[agencyId] = fingerprint;
        }

        return stamps;
    }

    /// <summary>Keeps the fingerprint of the calendar each newly seen agency's rows were judged with.</summary>
    private async Task StampNewAgenciesAsync(List<KeyValuePair<Guid, string>> agencies, CancellationToken cancellationToken)
    {
        if (agencies.Count == 0)
        {
            return;
        }

        var ids = agencies.Select(a => a.Key).ToList();
        var stamped = await db.MetricCalendarStamps.AsNoTracking().Where(s => ids.Contains(s.AgencyId)).Select(s => s.AgencyId).ToListAsync(cancellationToken);
        db.MetricCalendarStamps.AddRange(agencies.Where(a => !stamped.Contains(a.Key)).Select(a => MetricCalendarStamp.Of(a.Key, a.Value)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTime YearStart(int year) => new DateTimeOffset(year, 1, 1, 0, 0, 0, VietnamTime.Offset).UtcDateTime;

    /// <summary>Writes the verdicts only: a row captured again meanwhile keeps its newer sequence and waits for the next run.</summary>
    private async Task<int> WriteAsync(List<MetricDossier> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var written = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in rows)
        {
            var (id, sequence, due, statistic, legal) = (row.DossierId, row.JudgedSequence, row.StatisticDueAt, row.StatisticClass, row.LegalClass);
            written += await db.MetricDossiers.Where(m => m.DossierId == id && m.CapturedSequence == sequence)
                .ExecuteUpdateAsync(
                    // A verdict changes what a roll-up counts: the row is no longer held as it is (ADR-061; unjudged rows are never
                    // stamped, this keeps it so if two runs overlap).
                    s => s.SetProperty(m => m.StatisticDueAt, due).SetProperty(m => m.StatisticClass, statistic)
                        .SetProperty(m => m.LegalClass, legal).SetProperty(m => m.JudgedSequence, sequence).SetProperty(m => m.RolledSequence, (int?)null),
                    cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The facts of dossier {DossierId} (capture {Sequence}) could not be judged; the next run tries again")]
    private static partial void LogNotJudged(ILogger logger, Exception exception, Guid dossierId, int sequence);
}
