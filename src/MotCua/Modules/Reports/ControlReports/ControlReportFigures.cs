using System.Globalization;
using System.Text.Json;
using MotCua.Modules.Feedback;
using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Reports.Statistics;

namespace MotCua.Modules.Reports.ControlReports;

/// <summary>
/// The figures of a control report as taken at <see cref="TakenAt"/> (ADR-059): the dossier statistics table (Biểu 06a by
/// lĩnh vực, legal status), the Bộ chỉ số 766 chỉ số each section quotes, and the PAKN counts. Stored as JSON in the report.
/// </summary>
internal sealed record ControlReportFigures(
    string PeriodLabel, string CalendarName, DateTime TakenAt, DateTime JudgedAt, FrozenTable Statistics, IReadOnlyList<FrozenIndicator> Indicators, FrozenPetitions Petitions)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ControlReportFigures FromJson(string json) => JsonSerializer.Deserialize<ControlReportFigures>(json, Json)!;

    /// <summary>The chỉ số of one section (<c>b</c>, <c>c</c>, <c>e</c>), in the section's order.</summary>
    public IEnumerable<FrozenIndicator> In(string section) => Indicators.Where(i => i.Section == section);
}

/// <summary>The statistics table as taken: its name, headers (STT, label, figures), rows with their keys, total, notes; and the query of its live page.</summary>
internal sealed record FrozenTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<FrozenRow> Rows, FrozenRow Total, IReadOnlyList<string> Notes, string Query);

internal sealed record FrozenRow(string? Key, string Label, IReadOnlyList<long> Values);

/// <summary>A Bộ chỉ số 766 chỉ số as taken, in the report section that quotes it.</summary>
internal sealed record FrozenIndicator(string Section, string Id, string Name, decimal Numerator, decimal Denominator, decimal? Ratio, bool IsMissing, string? MissingReason)
{
    /// <summary>The ratio in per cent with 2 decimals (vi-VN), "không phát sinh" when the mẫu số is 0, or the reason it is missing.</summary>
    public string RatioText => IsMissing
        ? MissingReason ?? ""
        : Ratio is { } r ? (r * 100).ToString("N2", ControlReportFiguresReader.Vi) + " %" : Common.Localization.ResourceText.Get<ControlReportText>("Ratio_None");
}

/// <summary>The PAKN first received in the period (counted once, ADR-046 §7), judged at the period end.</summary>
internal sealed record FrozenPetitions(int Received, int Answered, int Refused, int StillOpen, int OnTime, int Late, int RatedSatisfied, int RatedUnsatisfied);

/// <summary>Takes a report's figures from the live sources: the statistics table, the live Bộ chỉ số 766, Feedback's statistics.</summary>
internal sealed class ControlReportFiguresReader(DossierStatistics statistics, ReportIndicators indicators, PetitionStatistics petitions, TimeProvider clock)
{
    public static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// The chỉ số quoted per section: b) publication (1.1–1.3, 3.1, 3.2); c) handling (2.1, online 3.3 and full-online,
    /// payments 3.6, electronic results 4.1, digitisation 4.2, reuse 4.3, ratings 5.4); e) PAKN (5.2, 5.3).
    /// </summary>
    public static readonly IReadOnlyList<(string Section, string Id)> Quoted =
    [
        ("b", "1.1"), ("b", "1.2"), ("b", "1.3"), ("b", "3.1"), ("b", "3.2"),
        ("c", "2.1"), ("c", "3.3"), ("c", "3.toan-trinh"), ("c", "3.6"), ("c", "4.1"), ("c", "4.2"), ("c", "4.3"), ("c", "5.4"),
        ("e", "5.2"), ("e", "5.3"),
    ];

    /// <summary>The figures of <paramref name="agencyId"/> (null: the province) for <paramref name="period"/>, or the statistics' failures.</summary>
    public async Task<(ControlReportFigures? Figures, IReadOnlyList<string> Problems)> TakeAsync(
        Guid? agencyId, string scopeName, ReportPeriod period, CancellationToken cancellationToken)
    {
        var query = new StatisticsQuery(period.Key, null, null, StatisticsQuery.StatutoryCalendar, agencyId?.ToString(), null, StatisticsQuery.Form06a, StatisticsQuery.ByField);
        var (criteria, failures) = await statistics.OpenAsync(query, cancellationToken);
        if (criteria is null)
        {
            return (null, [.. failures.Select(f => f.Message)]);
        }

        var report = await statistics.ReportAsync(criteria, cancellationToken);
        var table = report.Table;
        var frozen = new FrozenTable(
            table.Layout.Name,
            table.Layout.Headers(table.Grouping),
            [.. table.Rows.Select((row, i) => new FrozenRow(report.RowKeys[i].Key, row.Label, row.Values))],
            new FrozenRow(null, table.Total.Label, table.Total.Values),
            [.. StatisticsDocuments.Notes(report)],
            query.QueryString());
        var ids = Quoted.Select(q => q.Id).ToList();
        var live = await indicators.ForAsync(agencyId, scopeName, period, ids, cancellationToken);
        var quoted = Quoted.Join(live, q => q.Id, l => l.Id, (q, l) => new FrozenIndicator(q.Section, l.Id, l.Name, l.Numerator, l.Denominator, l.Ratio, l.IsMissing, l.MissingReason)).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = await petitions.CountsAsync(agencyId is { } id ? [id] : null, period.StartUtc, period.EndUtc, now, cancellationToken);
        var pakn = new FrozenPetitions(counts.Received, counts.Answered, counts.Refused, counts.StillOpen, counts.OnTime, counts.Late, counts.RatedSatisfied, counts.RatedUnsatisfied);
        var judgedAt = period.EndUtc < now ? period.EndUtc : now;
        return (new ControlReportFigures(period.Label, period.CalendarName, now, judgedAt, frozen, quoted, pakn), []);
    }
}
