using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.IntegrationTests.Dossiers;
using MotCua.IntegrationTests.Metrics.Live;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Statistics;
using MotCua.Modules.Reports.Statistics;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Metrics.Rollups;

/// <summary>
/// The statistics roll-up (ADR-065) on randomised histories from 07/12/2026 across Tết 2027 — supplements requested and
/// completed after period ends, refusals, withdrawals, returns, rows captured again after they were rolled up: every
/// statistics table read through the roll-up equals the one counted from the facts rows alone, for calendar and statutory
/// months, a quarter, a year, the running periods and a custom range, both layouts, both groupings, for the province and an
/// agency — before the job recounts the changed buckets and after.
/// </summary>
public sealed class StatisticsRollupsTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task Every_statistics_table_from_the_rollup_equals_the_facts_alone_and_a_row_changed_after_rolling_is_counted_once()
    {
        var (open, done) = await factory.ArrangeRolledHistoriesAsync(new Random(65));
        await factory.SettleFactsAsync();
        var agency = (await factory.LoadAsync(open.Concat(done).First())).Dossier.ResolvingAgencyId;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.MetricStatisticsRollups.CountAsync()).ShouldBeGreaterThan(0);
            (await db.MetricStatisticsRollups.SumAsync(r => r.Count))
                .ShouldBe(await db.MetricDossiers.CountAsync(m => m.RolledBucket != null && m.RolledSequence == m.CapturedSequence), "the roll-up holds every rolled row once");
            (await db.MetricStatisticsRollups.CountAsync(r => r.EndedAt > r.ReceivedAt)).ShouldBeGreaterThan(0, "some rows were open across a bucket boundary");
        }

        Guid?[] scopes = [null, agency];
        await SameTablesAsync(scopes, "settled");
        await Clean_buckets_are_read_from_the_rollup(agency);

        // Rows counted in clean buckets are captured again: returned after the job counted them.
        foreach (var id in done.ToList())
        {
            await factory.ActAsync(await factory.ClientAsync("motcua"), id, "Return", null, null, ("ReturnVia", "Counter"), ("Fees", "Paid"));
        }

        await SameTablesAsync(scopes, "dirty");
        await using (var services = factory.Services.CreateAsyncScope())
        {
            await services.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None);
        }

        await SameTablesAsync(scopes, "recounted");
        await The_dossiers_behind_a_cell_are_paged_by_key_newest_first();
    }

    /// <summary>
    /// The dossiers behind the year's received total, 7 a page: walked forward by key they are the whole cell once, newest
    /// reception first, as the .xlsx lists them; walked back from the last page they come again in the same pages.
    /// </summary>
    private async Task The_dossiers_behind_a_cell_are_paged_by_key_newest_first()
    {
        var criteria = Criteria(ReportPeriods.Of(PeriodKind.Year, 2026, 0, PeriodCalendar.Calendar), StatisticsLayout.Form06a, StatisticsGrouping.Field, null);
        await using var scope = factory.Services.CreateAsyncScope();
        var statistics = scope.ServiceProvider.GetRequiredService<DossierStatistics>();
        var whole = (await statistics.CellExportAsync(criteria, null, 3, CancellationToken.None)).Page.ShouldNotBeNull();
        whole.Rows.Count.ShouldBe((int)whole.Total);
        whole.Rows.Count.ShouldBeGreaterThan(14);
        whole.Rows.Select(r => r.ReceivedAt).ShouldBeInOrder(SortDirection.Descending);

        var pages = new List<List<Guid>>();
        var cursor = StatisticsCursor.First;
        while (true)
        {
            var page = (await statistics.CellAsync(criteria, null, 3, cursor, CancellationToken.None, pageSize: 7)).Page.ShouldNotBeNull();
            page.Total.ShouldBe(whole.Total);
            page.PageNumber.ShouldBe(pages.Count + 1);
            page.HasPrevious.ShouldBe(pages.Count > 0);
            pages.Add([.. page.Rows.Select(r => r.DossierId)]);
            if (!page.HasNext)
            {
                break;
            }

            cursor = new StatisticsCursor(KeyStep.After, page.LastId, page.PageNumber + 1);
        }

        pages.SelectMany(p => p).ShouldBe(whole.Rows.Select(r => r.DossierId));
        for (var number = pages.Count - 1; number >= 1; number--)
        {
            var before = new StatisticsCursor(KeyStep.Before, pages[number][0], number);
            var page = (await statistics.CellAsync(criteria, null, 3, before, CancellationToken.None, pageSize: 7)).Page.ShouldNotBeNull();
            page.Rows.Select(r => r.DossierId).ShouldBe(pages[number - 1], $"page {number} read back");
            page.HasPrevious.ShouldBe(number > 1);
        }
    }

    /// <summary>
    /// A facts row of a clean bucket altered behind the roll-up's back (no capture, so its bucket stays clean) moves the
    /// online column from the facts but not through the roll-up: the clean buckets are read from the roll-up. The row is put back.
    /// </summary>
    private async Task Clean_buckets_are_read_from_the_rollup(Guid agency)
    {
        var december = ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar);
        var criteria = Criteria(december, StatisticsLayout.Form06a, StatisticsGrouping.Unit, agency);
        Guid id;
        SubmissionChannel channel;
        await using (var arranged = factory.CreateDbScope(out var db))
        {
            // Ended within the month, so not a row changed after its end, which the table reads from the facts either way.
            var row = await db.MetricDossiers.Where(m => m.ResolvingAgencyId == agency && m.RolledSequence == m.CapturedSequence && m.ReceivedAt >= december.StartUtc && m.ReceivedAt < december.EndUtc)
                .Where(m => m.EndedAt < december.EndUtc).OrderBy(m => m.DossierId).Select(m => new { m.DossierId, m.Channel }).FirstAsync();
            (id, channel) = (row.DossierId, row.Channel);
            var other = channel == SubmissionChannel.Online ? SubmissionChannel.Direct : SubmissionChannel.Online;
            await db.MetricDossiers.Where(m => m.DossierId == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Channel, other));
        }

        var rolled = await ReportAsync(criteria, fromRollups: true);
        var facts = await ReportAsync(criteria, fromRollups: false);
        // Column 4 of Biểu 06a: received online.
        Math.Abs(rolled.Table.Total[4] - facts.Table.Total[4]).ShouldBe(1);
        await using (var restored = factory.CreateDbScope(out var db))
        {
            await db.MetricDossiers.Where(m => m.DossierId == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Channel, channel));
        }
    }

    /// <summary>Every table of each scope, period, layout and grouping, through the roll-up and from the facts alone.</summary>
    private async Task SameTablesAsync(Guid?[] scopes, string stage)
    {
        var now = MotCua.Common.Time.VietnamTime.LocalDate(factory.Clock.GetUtcNow());
        ReportPeriod[] periods =
        [
            ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar),
            ReportPeriods.Of(PeriodKind.Month, 2027, 1, PeriodCalendar.Calendar),
            ReportPeriods.Of(PeriodKind.Month, 2027, 1, PeriodCalendar.Statutory(14)),
            ReportPeriods.Of(PeriodKind.Month, 2027, 2, PeriodCalendar.Statutory(14)),
            ReportPeriods.Of(PeriodKind.Quarter, 2026, 4, PeriodCalendar.Calendar),
            ReportPeriods.Of(PeriodKind.Year, 2026, 0, PeriodCalendar.Calendar),
            ReportPeriods.Containing(PeriodKind.Month, now, PeriodCalendar.Calendar),
            ReportPeriods.Containing(PeriodKind.Quarter, now, PeriodCalendar.Calendar),
            ReportPeriods.Containing(PeriodKind.Year, now, PeriodCalendar.Statutory(14)),
            ReportPeriods.Custom(new DateOnly(2026, 12, 20), new DateOnly(2027, 1, 9), PeriodCalendar.Calendar),
        ];
        var counted = 0L;
        foreach (var period in periods)
        {
            foreach (var agency in scopes)
            {
                foreach (var layout in new[] { StatisticsLayout.Form06a, StatisticsLayout.Detailed })
                {
                    foreach (var grouping in new[] { StatisticsGrouping.Field, StatisticsGrouping.Unit })
                    {
                        var criteria = Criteria(period, layout, grouping, agency);
                        var rolled = await ReportAsync(criteria, fromRollups: true);
                        var facts = await ReportAsync(criteria, fromRollups: false);
                        var because = $"{stage}: {period.Key} {period.CalendarName} {layout.Key} {grouping} {agency?.ToString() ?? "province"}";
                        Rows(rolled.Table).ShouldBe(Rows(facts.Table), because);
                        rolled.Table.Total.Values.ToArray().ShouldBe(facts.Table.Total.Values.ToArray(), because);
                        rolled.RowKeys.ShouldBe(facts.RowKeys, because);
                        counted += facts.Table.Total[3];
                    }
                }
            }
        }

        counted.ShouldBeGreaterThan(0);
    }

    private async Task<StatisticsReport> ReportAsync(StatisticsCriteria criteria, bool fromRollups)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DossierStatistics>().ReportAsync(criteria, fromRollups, CancellationToken.None);
    }

    private static StatisticsCriteria Criteria(ReportPeriod period, StatisticsLayout layout, StatisticsGrouping grouping, Guid? agency) =>
        new(period, layout, grouping, agency, agency is null ? "Toàn tỉnh" : "Cơ quan", null, new StatisticsQuery(null, null, null, null, null, null, null, null));

    private static List<string> Rows(StatisticsTable table) => [.. table.Rows.Select(r => r.Label + ": " + string.Join(',', r.Values)).Order(StringComparer.Ordinal)];
}
