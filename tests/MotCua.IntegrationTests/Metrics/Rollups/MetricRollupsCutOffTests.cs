using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MotCua.IntegrationTests.Metrics.Live;
using MotCua.IntegrationTests.Organization.ServiceAccounts;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Rollups;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Metrics.Rollups;

/// <summary>
/// The roll-ups record the statutory cut-off day they were counted with (ADR-061, addendum 07/12/2026): when the setting
/// changes, readers stop taking them (their buckets no longer split the periods asked for) and the judging job counts every
/// bucket again with the new cut-off, and says so in the log.
/// </summary>
public sealed class MetricRollupsCutOffTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_changed_statutory_cut_off_has_the_judging_job_count_every_rollup_again_in_the_new_buckets()
    {
        // Received on 07, 12 and 16/12/2026: split on the 15th (cut-off 14) 07 and 12 share a bucket; split on the 11th (cut-off 10), 12 and 16.
        foreach (var day in new[] { 7, 12, 16 })
        {
            factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, day, 1, 0, 0, TimeSpan.Zero));
            await factory.DoneAsync();
        }

        // The figures are read an hour later: on a stopped clock the last dossier would otherwise end at the very instant they are read.
        factory.Clock.Advance(TimeSpan.FromHours(1));

        await factory.SettleFactsAsync();
        await CountedInAsync(new HalfMonthBuckets(14));

        var logs = new CollectingLogger();
        await using var moved = factory.WithWebHostBuilder(b => b
            .UseSetting("Metrics:StatutoryCutOffDay", "10")
            .ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        await SameFiguresAsync(moved, "before the job: the roll-ups of cut-off 14 are not read");
        (await ReadsRollupsAsync(moved, new HalfMonthBuckets(10))).ShouldBeFalse();

        var files = await PartialIndexFilesAsync();
        await using (var scope = moved.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None);
        }

        await CountedInAsync(new HalfMonthBuckets(10));
        logs.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Message.Contains("cut-off day 14", StringComparison.Ordinal) && e.Message.Contains("says 10", StringComparison.Ordinal));
        if (files is not null)
        {
            // PostgreSQL: every row went through the partial indexes of the rows not rolled up; they are built anew (new files).
            (await PartialIndexFilesAsync()).ShouldNotBeNull().Intersect(files).ShouldBeEmpty();
            logs.Entries.ShouldContain(e => e.Message.Contains("3 partial indexes of the facts rows were built again", StringComparison.Ordinal));
        }
        else
        {
            logs.Entries.ShouldNotContain(e => e.Message.Contains("partial indexes", StringComparison.Ordinal), "SQLite's planner does not cost an index by its pages");
        }
        (await ReadsRollupsAsync(moved, new HalfMonthBuckets(10))).ShouldBeTrue();
        (await ReadsRollupsAsync(factory, new HalfMonthBuckets(14))).ShouldBeFalse("a node still on cut-off 14 reads the facts");
        await SameFiguresAsync(moved, "after the job");

        // Back to 14: counted again once, then left alone.
        await factory.SettleFactsAsync();
        await CountedInAsync(new HalfMonthBuckets(14));
        var warnings = logs.Entries.Count(e => e.Level == LogLevel.Warning);
        await using (var scope = moved.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None);
        }

        logs.Entries.Count(e => e.Level == LogLevel.Warning).ShouldBe(warnings + 1, "counted again once for the change, not at every run");
        logs.Entries.Count(e => e.Message.Contains("partial indexes", StringComparison.Ordinal)).ShouldBe(files is null ? 0 : 2, "built again after each full count only");
        await CountedInAsync(new HalfMonthBuckets(10));
    }

    /// <summary>Every roll-up is of a bucket split on <paramref name="buckets"/>' cut-off, every row to roll up is rolled into its bucket, and the stamp says so.</summary>
    private async Task CountedInAsync(HalfMonthBuckets buckets)
    {
        await using var scope = factory.CreateDbScope(out var db);
        (await db.MetricRollupStamps.SingleAsync()).CutOffDay.ShouldBe(buckets.CutOffDay);
        var dossierRollups = await db.MetricDossierRollups.AsNoTracking().ToListAsync();
        var procedureRollups = await db.MetricProcedureRollups.AsNoTracking().ToListAsync();
        var statisticsRollups = await db.MetricStatisticsRollups.AsNoTracking().Select(r => r.ReceivedAt).ToListAsync();
        dossierRollups.ShouldNotBeEmpty();
        statisticsRollups.ShouldNotBeEmpty();
        dossierRollups.Select(r => r.ReceivedAt).Concat(procedureRollups.Select(r => r.ReceivedAt)).Concat(statisticsRollups).Where(at => !buckets.IsBoundary(at))
            .ShouldBeEmpty($"every roll-up is of a bucket split on the {buckets.SplitDay}th");
        (await MetricRollupsWriter.ToRoll(db.MetricDossiers).CountAsync()).ShouldBe(0, "every row to roll up is rolled up");
        var rolled = await db.MetricDossiers.AsNoTracking().Where(m => m.RolledSequence != null).ToListAsync();
        rolled.Where(m => m.RolledAgencyId != m.ResolvingAgencyId || m.RolledBucket != buckets.Start(m.ReceivedAt!.Value)).ShouldBeEmpty();
        dossierRollups.Sum(r => r.Count).ShouldBe(rolled.Count);
        procedureRollups.Sum(r => r.Count).ShouldBe(rolled.Count);
        rolled.Select(m => buckets.Start(m.ReceivedAt!.Value)).Distinct().Count().ShouldBeGreaterThan(1);
    }

    /// <summary>On PostgreSQL, the files of the partial indexes every released row goes through; null on SQLite.</summary>
    private async Task<List<long>?> PartialIndexFilesAsync()
    {
        await using var scope = factory.CreateDbScope(out var db);
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        string[] names = [MetricDossierConfiguration.UnrolledIndex, MetricDossierConfiguration.ToRollIndex, MetricDossierConfiguration.DirtyIndex];
        return await db.Database.SqlQuery<long>($"SELECT pg_relation_filenode(c.oid)::bigint AS \"Value\" FROM pg_class c WHERE c.relname = ANY ({names})").ToListAsync();
    }

    /// <summary>Whether the 766 reader of <paramref name="host"/> takes the clean buckets from the roll-ups.</summary>
    private static async Task<bool> ReadsRollupsAsync(WebApplicationFactory<Program> host, HalfMonthBuckets buckets)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCua.Common.Data.AppDbContext>();
        return (await RolledRows.OfAsync(db, db.MetricDossiers, null, buckets, CancellationToken.None)).FromRollups;
    }

    /// <summary>The province's figures of the statutory months of cut-off 10 around the dossiers, through the roll-ups and from the facts alone.</summary>
    private static async Task SameFiguresAsync(WebApplicationFactory<Program> host, string stage)
    {
        var province = new Scope766(null, null, null, null, null);
        var counted = 0m;
        foreach (var period in new[] { ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Statutory(10)), ReportPeriods.Of(PeriodKind.Month, 2027, 1, PeriodCalendar.Statutory(10)) })
        {
            await using var scope = host.Services.CreateAsyncScope();
            var live = scope.ServiceProvider.GetRequiredService<Live766>();
            var rolled = (await live.ComputeAsync(province, period, fromRollups: true, CancellationToken.None)).ShouldNotBeNull();
            var facts = (await live.ComputeAsync(province, period, fromRollups: false, CancellationToken.None)).ShouldNotBeNull();
            foreach (var (id, indicator) in facts.Indicators)
            {
                (rolled.Indicators[id].Score.Numerator, rolled.Indicators[id].Score.Denominator)
                    .ShouldBe((indicator.Score.Numerator, indicator.Score.Denominator), $"{stage}: {id}, {period.Label}");
            }

            counted += facts.Indicators["2.1"].Score.Denominator;
        }

        counted.ShouldBeGreaterThan(0);
    }
}
