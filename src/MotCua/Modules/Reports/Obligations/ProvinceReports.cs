using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Statistics;
using MotCua.Modules.Organization;
using MotCua.Modules.Reports.Obligations.Data;
using MotCua.Modules.Reports.Statistics;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>A cell of a reported row beside the live figure: flagged when they differ.</summary>
internal sealed record ComparedCell(int Column, long Reported, long Live)
{
    public long Difference => Reported - Live;

    public bool Differs => Reported != Live;
}

/// <summary>A row matched between the report and the live table (by field code, else label); a side without it counts 0.</summary>
internal sealed record ComparedRow(string? LiveKey, string Label, bool Reported, bool Live, IReadOnlyList<ComparedCell> Cells);

/// <summary>An agency's reported Biểu 06a beside the live one of the same agency and period (ADR-060; the seed 004 lesson).</summary>
internal sealed record Comparison(ObligationSummary Obligation, ReportSubmission Submission, StatisticsReport Live, IReadOnlyList<ComparedRow> Rows, ComparedRow Total)
{
    public int DifferingCells => Rows.Sum(r => r.Cells.Count(c => c.Differs));
}

/// <summary>One agency's line in the province's view of a period: its obligation and, once submitted, how its figures compare.</summary>
internal sealed record AgencyLine(ObligationSummary Obligation, ReportSubmission? Submission, long? ReportedReceived, long? LiveReceived, int? DifferingCells);

/// <summary>The province's consolidated Biểu 06a for a period: the agencies' submitted tables summed, and who is in it.</summary>
internal sealed record Consolidation(StatisticsReport Report, IReadOnlyList<AgencyLine> Agencies);

/// <summary>
/// The province's side of the Biểu 06a obligations (ADR-060): the consolidated table of what the agencies submitted (the
/// version in force of each), and each agency's reported figures against the live figures DossierStatistics counts from
/// the facts for the same agency and period — legal status, not Bộ chỉ số 766 (ADR-028).
/// </summary>
internal sealed class ProvinceReports(AppDbContext db, ReportObligations obligations, DossierStatistics statistics)
{
    /// <summary>The reported table of <paramref name="obligation"/>'s version in force beside the live one, or null when nothing is submitted.</summary>
    public async Task<Comparison?> CompareAsync(ObligationFile obligation, Guid? submissionId, CancellationToken cancellationToken)
    {
        var submission = submissionId is { } id
            ? obligation.Submissions.FirstOrDefault(s => s.Id == id && s.State != SubmissionState.Draft)
            : obligation.InForce;
        if (submission is null || obligation.Summary.Kind != ReportKind.DossierStatistics)
        {
            return null;
        }

        var live = await obligations.LiveAsync(obligation.Summary, statistics, cancellationToken);
        return Compare(obligation.Summary, submission, live);
    }

    public static Comparison Compare(ObligationSummary obligation, ReportSubmission submission, StatisticsReport live)
    {
        var liveRows = live.Table.Rows.Select((row, i) => (Key: live.RowKeys[i].Key, Row: row)).ToList();
        var reported = submission.Rows.OrderBy(r => r.Position).ToList();
        var rows = new List<ComparedRow>();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in reported)
        {
            var key = ReportedFigures.MatchKey(row.RowKey, row.Label);
            var twin = liveRows.FirstOrDefault(l => ReportedFigures.MatchKey(l.Key, l.Row.Label) == key || (row.RowKey.Length == 0 && l.Row.Label == row.Label));
            if (twin.Row is not null)
            {
                matched.Add(twin.Key);
            }

            rows.Add(new ComparedRow(twin.Row is null ? null : twin.Key, row.Label, true, twin.Row is not null, Cells(row.Values, twin.Row?.Values.ToArray())));
        }

        foreach (var (key, row) in liveRows.Where(l => !matched.Contains(l.Key)))
        {
            rows.Add(new ComparedRow(key, row.Label, false, true, Cells(null, [.. row.Values])));
        }

        var total = new ComparedRow(
            null, live.Table.Total.Label, true, true,
            Cells([.. Enumerable.Range(0, ReportSubmissionRow.ValueCount).Select(c => reported.Sum(r => r.Values[c]))], [.. live.Table.Total.Values]));
        return new Comparison(obligation, submission, live, rows, total);
    }

    /// <summary>
    /// The consolidated table of the period named by <paramref name="query"/> (<c>ky</c>, <c>lich</c>, <c>group</c>: field or
    /// agency): the version in force of every agency's submitted Biểu 06a, summed; and every agency owing one for the period.
    /// </summary>
    public async Task<(Consolidation? Result, IReadOnlyList<RuleFailure> Failures)> ConsolidateAsync(StatisticsQuery query, bool compare, CancellationToken cancellationToken)
    {
        var failures = new List<RuleFailure>();
        var calendar = StatisticsQueryReading.Calendar(query.Lich, obligations.CutOffDay, failures);
        var period = calendar is null ? null : StatisticsQueryReading.Period(query, calendar.Value, Common.Time.VietnamTime.LocalDate(obligations.Now), failures);
        var grouping = StatisticsQueryReading.Grouping(query.Group, failures);
        if (period is null || grouping is null || failures.Count > 0)
        {
            return (null, failures);
        }

        var owed = await (from o in obligations.Visible()
                          join a in OrganizationDirectory.Of(db).Agencies on o.AgencyId equals a.Id
                          where o.Kind == ReportKind.DossierStatistics && o.PeriodFirst == period.First && o.PeriodLast == period.Last
                          orderby a.Code
                          select new { o, a.Name }).ToListAsync(cancellationToken);
        var ids = owed.Select(x => x.o.Id).ToList();
        var inForce = (await db.ReportSubmissions.AsNoTracking().Include(s => s.Rows)
                .Where(s => ids.Contains(s.ObligationId) && s.State == SubmissionState.Submitted).ToListAsync(cancellationToken))
            .ToDictionary(s => s.ObligationId);

        var lines = new List<AgencyLine>();
        var rows = new List<(string Key, string Label, long[] Values)>();
        foreach (var item in owed)
        {
            var summary = obligations.Summarise(item.o, item.Name);
            if (!inForce.TryGetValue(item.o.Id, out var submission))
            {
                lines.Add(new AgencyLine(summary, null, null, null, null));
                continue;
            }

            var reported = submission.Rows.OrderBy(r => r.Position).ToList();
            Comparison? comparison = compare ? Compare(summary, submission, await obligations.LiveAsync(summary, statistics, cancellationToken)) : null;
            lines.Add(new AgencyLine(summary, submission, reported.Sum(r => r.Value3), comparison?.Total.Cells[0].Live, comparison?.DifferingCells));
            if (grouping == StatisticsGrouping.Unit)
            {
                rows.Add((item.o.AgencyId.ToString(), item.Name, [.. Enumerable.Range(0, ReportSubmissionRow.ValueCount).Select(c => reported.Sum(r => r.Values[c]))]));
            }
            else
            {
                rows.AddRange(reported.Select(r => (ReportedFigures.MatchKey(r.RowKey, r.Label), r.Label, r.Values)));
            }
        }

        var summed = rows.GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Label, Values: Enumerable.Range(0, ReportSubmissionRow.ValueCount).Select(c => g.Sum(r => r.Values[c])).ToArray()))
            .OrderBy(r => r.Label, StringComparer.CurrentCulture)
            .ToList();
        var table = StatisticsTable.Of(StatisticsLayout.Form06a, grouping.Value, [.. summed.Select(r => new StatisticsRow(r.Label, [.. r.Values]))]);
        var criteria = new StatisticsCriteria(period, StatisticsLayout.Form06a, grouping.Value, null, ResourceText.Get<ObligationsText>("Consolidated_Scope"), null, query);
        return (new Consolidation(new StatisticsReport(criteria, obligations.Rule, table, [.. summed.Select(r => new StatisticsRowKey(r.Key, r.Label))]), lines), []);
    }

    private static IReadOnlyList<ComparedCell> Cells(long[]? reported, long[]? live) =>
        [.. Enumerable.Range(0, ReportSubmissionRow.ValueCount).Select(c => new ComparedCell(c + StatisticsLayout.FirstNumericColumn, reported?[c] ?? 0, live?[c] ?? 0))];
}
