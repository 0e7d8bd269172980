using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>
/// Fills the verdicts of the facts rows (ADR-049, "Judging") with each agency's calendar and the dossiers' own time rules
/// (<see cref="DossierFacts.Judge"/>): the rows captured since they were last judged, an ended dossier as of its end
/// (final), an open one as of now (its statistic's due only). Open rows whose statistic's due is still ahead and depends on
/// the calendar — time paused for a supplement, or no appointment on the receipt (the due is then counted from the
/// maximum time) — are judged again at every run, so that an edit of the calendar reaches them; the printed appointment of
/// every other open dossier does not move with the calendar, so those are not read again. Pages through the rows by dossier id; each batch is
/// one transaction, and a row is written only when a verdict changed and its capture is still the one judged.
/// </summary>
internal sealed class MetricsJudge(AppDbContext db, DossierFacts dossiers, CalendarProvider calendars, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>Judges every row that needs it; returns how many rows were written.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var utcNow = now.UtcDateTime;
        var written = 0;
        var after = Guid.Empty;
        while (true)
        {
            var batch = await db.MetricDossiers.AsNoTracking()
                .Where(m => m.DossierId > after)
                .Where(m => m.JudgedSequence == null || m.JudgedSequence < m.CapturedSequence
                    || (m.EndedAt == null && m.StatisticDueAt > utcNow && (m.OriginalDueAt == null || m.SupplementCount > 0)))
                .OrderBy(m => m.DossierId).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            after = batch[^1].DossierId;
            var changed = new List<MetricDossier>();
            foreach (var row in batch)
            {
                var calendar = await calendars.GetAsync(row.AgencyId, cancellationToken);
                var asOf = row.EndedAt is { } ended ? ended.AsInstant() : now;
                if (row.Judge(dossiers.Judge(row.Figures(), calendar, asOf)))
                {
                    changed.Add(row);
                }
            }

            written += await WriteAsync(changed, cancellationToken);
            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        return written;
    }

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
                    s => s.SetProperty(m => m.StatisticDueAt, due).SetProperty(m => m.StatisticClass, statistic)
                        .SetProperty(m => m.LegalClass, legal).SetProperty(m => m.JudgedSequence, sequence),
                    cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }
}
