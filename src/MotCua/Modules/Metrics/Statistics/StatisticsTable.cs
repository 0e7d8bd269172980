using System.Collections.Immutable;
using MotCua.Common.Localization;
using MotCua.Common.Validation;

namespace MotCua.Modules.Metrics.Statistics;

/// <summary>What the rows of a statistics table are (column (2)): levels, fields or units (reporting-control-feedback §A3).</summary>
internal enum StatisticsGrouping
{
    /// <summary>Cấp giải quyết: province agencies, communes (no district level after 1/7/2025).</summary>
    Level,

    /// <summary>Lĩnh vực.</summary>
    Field,

    /// <summary>Đơn vị.</summary>
    Unit,
}

/// <summary>A row: its label (column (2)) and the values of the layout's numeric columns, (3) onwards, in order.</summary>
internal sealed record StatisticsRow(string Label, ImmutableArray<long> Values)
{
    /// <summary>The value of column (<paramref name="number"/>).</summary>
    public long this[int number] => Values[number - StatisticsLayout.FirstNumericColumn];
}

/// <summary>
/// A statistics table: rows in the order given and the total row computed from them (never typed). Built from dossiers
/// (<see cref="Count"/>) or from figures an agency reported (<see cref="Of"/>), which <see cref="StatisticsIdentities"/> checks.
/// </summary>
internal sealed class StatisticsTable
{
    private StatisticsTable(StatisticsLayout layout, StatisticsGrouping grouping, IReadOnlyList<StatisticsRow> rows)
    {
        Layout = layout;
        Grouping = grouping;
        Rows = rows;
        var total = new long[layout.Columns.Count];
        foreach (var row in rows)
        {
            for (var i = 0; i < total.Length; i++)
            {
                total[i] += row.Values[i];
            }
        }

        Total = new StatisticsRow(ResourceText.Get<MetricsText>("Row_Total"), [.. total]);
    }

    public StatisticsLayout Layout { get; }

    public StatisticsGrouping Grouping { get; }

    public IReadOnlyList<StatisticsRow> Rows { get; }

    /// <summary>Tổng cộng: each column the sum of the rows.</summary>
    public StatisticsRow Total { get; }

    /// <summary>A table of figures already counted; each row must have one value per numeric column of <paramref name="layout"/>.</summary>
    public static StatisticsTable Of(StatisticsLayout layout, StatisticsGrouping grouping, IReadOnlyList<StatisticsRow> rows)
    {
        var wrong = rows.FirstOrDefault(r => r.Values.Length != layout.Columns.Count);
        if (wrong is not null)
        {
            throw new ArgumentException($"Row '{wrong.Label}' has {wrong.Values.Length} values; {layout.Key} has {layout.Columns.Count} numeric columns.", nameof(rows));
        }

        return new StatisticsTable(layout, grouping, rows);
    }

    /// <summary>
    /// Counts each dossier in the row named by its label under <paramref name="rule"/>; rows appear in the order of
    /// <paramref name="rowLabels"/> (rows with no dossier stay, at zero), then any other label in the order first met.
    /// </summary>
    public static StatisticsTable Count(StatisticsLayout layout, StatisticsGrouping grouping, ResolvedRule rule,
        IEnumerable<string> rowLabels, IEnumerable<(string Row, DossierTally Dossier)> dossiers)
    {
        var counts = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var label in rowLabels.Concat(dossiers.Select(d => d.Row)))
        {
            if (counts.TryAdd(label, new long[layout.Columns.Count]))
            {
                order.Add(label);
            }
        }

        foreach (var (row, dossier) in dossiers)
        {
            foreach (var column in layout.Classify(dossier, rule))
            {
                counts[row][column - StatisticsLayout.FirstNumericColumn]++;
            }
        }

        return new StatisticsTable(layout, grouping, [.. order.Select(label => new StatisticsRow(label, [.. counts[label]]))]);
    }
}

/// <summary>The sums a statistics table must keep (Biểu 06a: (3)=(4)+(5)+(6), (7)=(8)+(9)+(10), (11)=(12)+(13), (3)=(7)+(11) [R]).</summary>
internal static class StatisticsIdentities
{
    /// <summary>
    /// A failure per row (and for the total) and per identity broken or negative value, naming both; <c>[]</c> when the
    /// table holds. <see cref="RuleFailure.Field"/> is <c>Rows[i]</c> or <c>Total</c>; the source is the identity.
    /// </summary>
    public static IReadOnlyList<RuleFailure> Check(StatisticsTable table)
    {
        var failures = new List<RuleFailure>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            Check(table.Layout, table.Rows[i], $"Rows[{i}]", i + 1, failures);
        }

        Check(table.Layout, table.Total, "Total", null, failures);
        return failures.AsResult();
    }

    private static void Check(StatisticsLayout layout, StatisticsRow row, string field, int? number, List<RuleFailure> failures)
    {
        var name = number is { } n ? ResourceText.Get<MetricsText>("Row_Numbered", n, row.Label) : row.Label;
        foreach (var column in layout.Columns.Where(c => row[c.Number] < 0))
        {
            failures.Add(new(field, ResourceText.Get<MetricsText>("Error_StatisticsNegative", name, column.Number), "NonNegative"));
        }

        foreach (var identity in layout.Identities)
        {
            var sum = identity.Parts.Sum(p => row[p]);
            if (row[identity.Total] != sum)
            {
                failures.Add(new(field,
                    ResourceText.Get<MetricsText>("Error_StatisticsIdentity", name, identity.Name, identity.Total, row[identity.Total], sum),
                    identity.Name));
            }
        }
    }
}
