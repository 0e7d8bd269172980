using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.IntegrationTests.Dossiers;
using MotCua.IntegrationTests.Metrics.Live;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Rollups;
using MotCua.Modules.Metrics.Rollups.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Metrics.Rollups;

/// <summary>
/// The roll-ups (ADR-061) on randomised histories from 07/12/2026 across Tết 2027 — supplements, refusals, withdrawals,
/// returns, ratings arriving after the period end, rows captured again after they were rolled up: every figure of the live
/// Bộ chỉ số 766 read through the roll-ups equals the one counted from the facts rows alone, for calendar and statutory
/// months, a quarter, a year and the running periods, for the province, a cấp and an agency; a dossier rated after its
/// bucket was counted is counted once, with its rating, before the job recounts the bucket and after.
/// </summary>
public sealed class MetricRollupsTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task Every_766_figure_from_the_rollups_equals_the_facts_alone_and_a_row_changed_after_rolling_is_counted_once()
    {
        var (open, done) = await factory.ArrangeRolledHistoriesAsync(new Random(61));

        await RateAsync(3, satisfied: false);
        await RateAsync(1, satisfied: true);
        await factory.SettleFactsAsync();
        await AskFeesAsync();
        var agency = (await factory.LoadAsync(open.Concat(done).First())).Dossier.ResolvingAgencyId;
        List<Guid> levelAgencies;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.MetricDossierRollups.CountAsync()).ShouldBeGreaterThan(0);
            (await db.MetricProcedureRollups.CountAsync()).ShouldBeGreaterThan(0);
            (await db.MetricDossiers.CountAsync(m => m.RolledSequence != null && m.RolledSequence == m.CapturedSequence)).ShouldBeGreaterThan(0);
            levelAgencies = await db.Agencies.Where(a => a.Level!.Code == "TINH").Select(a => a.Id).ToListAsync();
        }

        Scope766[] scopes = [new(null, null, null, null, null), new(agency, null, null, null, null), new(null, null, null, null, null, "TINH", "Cấp tỉnh", levelAgencies)];
        await SameFiguresAsync(scopes, "settled");
        await Clean_buckets_are_read_from_the_rollups(agency);

        // A dossier counted in a clean bucket is rated after the job counted it, and another is returned (captured again).
        Guid rated;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            rated = await db.MetricDossiers.Where(m => m.ResolvingAgencyId == agency && m.RolledSequence == m.CapturedSequence && m.RatedAt == null)
                .OrderBy(m => m.ReceivedAt).Select(m => m.DossierId).FirstAsync();
        }

        var december = ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar);
        var quarter = ReportPeriods.Of(PeriodKind.Quarter, 2027, 1, PeriodCalendar.Calendar);
        var before = await Parts54Async(scopes[1], quarter);
        await RateAsync(rated, satisfied: false);
        foreach (var id in done.ToList())
        {
            await factory.ActAsync(await factory.ClientAsync("motcua"), id, "Return", null, null, ("ReturnVia", "Counter"), ("Fees", "Paid"));
        }

        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.MetricDossiers.Where(m => m.DossierId == rated).Select(m => m.RolledSequence).SingleAsync()).ShouldBeNull("the rating clears the row's rolled sequence");
            (await db.MetricDossiers.CountAsync(m => m.RolledSequence != null && m.RolledSequence != m.CapturedSequence))
                .ShouldBe(0, "every write that changes a rolled-up row clears its rolled sequence: not rolled up is null");
        }

        await SameFiguresAsync(scopes, "dirty");
        var inQuarter = (await factory.LoadAsync(rated)).Dossier.ReceivedAt >= quarter.StartUtc;
        (await Parts54Async(scopes[1], quarter)).Unsatisfied.ShouldBe(before.Unsatisfied + (inQuarter ? 1 : 0), "counted once with its new rating before the job");
        await using (var services = factory.Services.CreateAsyncScope())
        {
            await services.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None);
        }

        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.MetricDossiers.CountAsync(m => m.RolledBucket != null && m.RolledSequence == null)).ShouldBe(0, "no bucket is dirty after the job");
        }

        await SameFiguresAsync(scopes, "recounted");
        await EachBucketSumsItsStaticFlagsAsync();
        (await Parts54Async(scopes[1], quarter)).Unsatisfied.ShouldBe(before.Unsatisfied + (inQuarter ? 1 : 0), "counted once with its new rating after the job");
        (await Parts54Async(scopes[1], december)).Received.ShouldBeGreaterThan(0);

        await A_row_moved_to_another_bucket_is_counted_there_alone(scopes, agency, levelAgencies);
    }

    /// <summary>
    /// Two rows rolled into one bucket leave it: one for another agency, written as a capture writes (its stamp cleared), and
    /// counted in its new bucket and not in the old before the job as after it; the other a fortnight earlier behind the
    /// roll-ups' back (its stamp kept), released by its old bucket's recount and rolled into its new one by the same run.
    /// </summary>
    private async Task A_row_moved_to_another_bucket_is_counted_there_alone(Scope766[] scopes, Guid agency, List<Guid> levelAgencies)
    {
        Guid moved, slipped, other;
        DateTime bucket;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var pair = (await db.MetricDossiers.Where(m => m.ResolvingAgencyId == agency && m.RolledSequence == m.CapturedSequence)
                .Select(m => new { m.DossierId, m.RolledBucket }).ToListAsync()).GroupBy(m => m.RolledBucket!.Value).First(g => g.Count() >= 2);
            (moved, slipped, bucket) = (pair.First().DossierId, pair.Skip(1).First().DossierId, pair.Key);
            other = levelAgencies.First(a => a != agency);
            await db.MetricDossiers.Where(m => m.DossierId == moved)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ResolvingAgencyId, other).SetProperty(m => m.RolledSequence, (int?)null));
        }

        await SameFiguresAsync(scopes, "moved to another agency");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.MetricDossiers.Where(m => m.DossierId == slipped).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReceivedAt, m => m.ReceivedAt!.Value.AddDays(-16)));
        }

        await using (var services = factory.Services.CreateAsyncScope())
        {
            await services.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None);
        }

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var buckets = new HalfMonthBuckets(scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<MotCua.Modules.Metrics.MetricsOptions>>().Value.StatutoryCutOffDay);
            var rows = await db.MetricDossiers.Where(m => m.DossierId == moved || m.DossierId == slipped).ToDictionaryAsync(m => m.DossierId);
            (rows[moved].RolledAgencyId, rows[moved].RolledBucket).ShouldBe((other, bucket), "counted under its new agency");
            rows[slipped].RolledBucket.ShouldBe(buckets.Start(rows[slipped].ReceivedAt!.Value), "counted in the bucket of its new reception date");
            rows[slipped].RolledBucket.ShouldNotBe(bucket);
            var stamped = await db.MetricDossiers.Where(m => m.RolledBucket != null && m.RolledSequence == m.CapturedSequence).ToListAsync();
            stamped.ShouldAllBe(m => m.RolledAgencyId == m.ResolvingAgencyId && m.RolledBucket == buckets.Start(m.ReceivedAt!.Value), "every stamped row lies in its bucket");
        }

        await EachBucketSumsItsStaticFlagsAsync();
        await SameFiguresAsync(scopes, "moved, recounted");
    }

    /// <summary>
    /// A bucket's rows that differ only in static flags are one roll-up row: no two roll-up rows of a bucket share their key,
    /// some row stands for rows that differ in a flag, and per bucket the counts and each flag's sum equal the rolled rows'.
    /// </summary>
    private async Task EachBucketSumsItsStaticFlagsAsync()
    {
        await using var scope = factory.CreateDbScope(out var db);
        var rollups = await db.MetricDossierRollups.ToListAsync();
        rollups.GroupBy(r => (r.ResolvingAgencyId, r.ReceivedAt, r.HasDueAt, r.OriginalDueAt, r.FirstSupplementAt, r.EndedAt, r.RatedAt, r.Satisfied, r.StatisticClass))
            .ShouldAllBe(g => g.Count() == 1);
        var sums = RolledFlag.All.Select(f => (f.Column.Name, Sum: f.Sum.Compile(), Holds: f.Predicate.Compile())).ToList();
        rollups.ShouldContain(r => sums.Any(f => f.Sum(r) > 0 && f.Sum(r) < r.Count), "rows that differ in a static flag share one roll-up row");
        var rows = await db.MetricDossiers.Where(m => m.RolledBucket != null && m.RolledSequence == m.CapturedSequence).ToListAsync();
        rollups.Sum(r => r.Count).ShouldBe(rows.Count);
        foreach (var bucket in rows.GroupBy(m => (m.RolledAgencyId!.Value, m.RolledBucket!.Value)))
        {
            var held = rollups.Where(r => (r.ResolvingAgencyId, r.ReceivedAt) == bucket.Key).ToList();
            held.Sum(r => r.Count).ShouldBe(bucket.Count());
            foreach (var (name, sum, holds) in sums)
            {
                held.Sum(sum).ShouldBe(bucket.Count(holds), name);
            }
        }
    }

    /// <summary>
    /// A facts row of a clean bucket altered behind the roll-ups' back (no capture, so its bucket stays clean) moves 3.3 from
    /// the facts but not through the roll-ups: the clean buckets are read from the roll-ups. The row is put back.
    /// </summary>
    private async Task Clean_buckets_are_read_from_the_rollups(Guid agency)
    {
        var december = ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar);
        var scope = new Scope766(agency, null, null, null, null);
        Guid id;
        SubmissionChannel channel;
        await using (var arranged = factory.CreateDbScope(out var db))
        {
            var row = await db.MetricDossiers.Where(m => m.ResolvingAgencyId == agency && m.RolledSequence == m.CapturedSequence && m.ReceivedAt >= december.StartUtc && m.ReceivedAt < december.EndUtc)
                .Select(m => new { m.DossierId, m.Channel }).FirstAsync();
            (id, channel) = (row.DossierId, row.Channel);
            var other = channel == SubmissionChannel.Online ? SubmissionChannel.Direct : SubmissionChannel.Online;
            await db.MetricDossiers.Where(m => m.DossierId == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Channel, other).SetProperty(m => m.FeesRequested, m => !m.FeesRequested));
        }

        await using (var services = factory.Services.CreateAsyncScope())
        {
            var live = services.ServiceProvider.GetRequiredService<Live766>();
            var rolled = (await live.ComputeAsync(scope, december, fromRollups: true, CancellationToken.None))!.Indicators["3.3"].Score.Numerator;
            var facts = (await live.ComputeAsync(scope, december, fromRollups: false, CancellationToken.None))!.Indicators["3.3"].Score.Numerator;
            Math.Abs(rolled - facts).ShouldBe(1m);

            // 3.5's fees per procedure, too, are read from the procedures' roll-up: the flipped fee moves only the facts' count.
            var (rolledFees, factsFees) = await ProcedureListsAsync(services.ServiceProvider, scope, december, "3.5");
            rolledFees.ShouldNotBe(factsFees);
        }

        await using (var restored = factory.CreateDbScope(out var db))
        {
            await db.MetricDossiers.Where(m => m.DossierId == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Channel, channel).SetProperty(m => m.FeesRequested, m => !m.FeesRequested));
        }

        await using (var services = factory.Services.CreateAsyncScope())
        {
            var (rolledFees, factsFees) = await ProcedureListsAsync(services.ServiceProvider, scope, december, "3.5");
            rolledFees.ShouldBe(factsFees);
        }
    }

    /// <summary>A catalogue chỉ số's procedure list (code, in the tử số, why — with the dossiers counted) through the roll-ups and from the facts alone.</summary>
    private static async Task<(List<ProcedureItem766> Rolled, List<ProcedureItem766> Facts)> ProcedureListsAsync(IServiceProvider services, Scope766 scope, ReportPeriod period, string? only)
    {
        var live = services.GetRequiredService<Live766>();
        var catalog = services.GetRequiredService<CatalogIndicators>();
        var received = PeriodMembership.Received(period.StartUtc, live.JudgedAt(period));
        var rolled = await catalog.ItemsAsync(scope, period, await live.CountedAsync(scope, period, CancellationToken.None), received, only, CancellationToken.None);
        var facts = await catalog.ItemsAsync(scope, period, RolledRows.FactsOnly(await live.RowsAsync(scope, CancellationToken.None)), received, only, CancellationToken.None);
        string[] lists = only is null ? ["3.2", "3.4", "3.5"] : [only];
        return ([.. lists.SelectMany(l => rolled[l])], [.. lists.SelectMany(l => facts[l])]);
    }

    /// <summary>Every indicator of each scope and period, through the roll-ups and from the facts alone.</summary>
    private async Task SameFiguresAsync(Scope766[] scopes, string stage)
    {
        var now = VietnamTime(factory.Clock.GetUtcNow());
        ReportPeriod[] periods =
        [
            ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar),
            ReportPeriods.Of(PeriodKind.Month, 2027, 1, PeriodCalendar.Calendar),
            ReportPeriods.Of(PeriodKind.Month, 2027, 1, PeriodCalendar.Statutory(14)),
            ReportPeriods.Of(PeriodKind.Quarter, 2026, 4, PeriodCalendar.Calendar),
            ReportPeriods.Of(PeriodKind.Year, 2026, 0, PeriodCalendar.Calendar),
            ReportPeriods.Containing(PeriodKind.Month, now, PeriodCalendar.Calendar),
            ReportPeriods.Containing(PeriodKind.Quarter, now, PeriodCalendar.Calendar),
            ReportPeriods.Containing(PeriodKind.Year, now, PeriodCalendar.Statutory(14)),
        ];
        var counted = 0;
        var fees = 0;
        foreach (var period in periods)
        {
            foreach (var scope in scopes)
            {
                await using var services = factory.Services.CreateAsyncScope();
                var live = services.ServiceProvider.GetRequiredService<Live766>();
                var rolled = (await live.ComputeAsync(scope, period, fromRollups: true, CancellationToken.None)).ShouldNotBeNull();
                var facts = (await live.ComputeAsync(scope, period, fromRollups: false, CancellationToken.None)).ShouldNotBeNull();
                foreach (var (id, indicator) in facts.Indicators)
                {
                    var label = $"{stage}: {id}, {period.Label}, {scope.AgencyId?.ToString() ?? scope.LevelCode ?? "province"}";
                    (rolled.Indicators[id].Score.Numerator, rolled.Indicators[id].Score.Denominator).ShouldBe((indicator.Score.Numerator, indicator.Score.Denominator), label);
                }

                rolled.Parts54.ShouldBe(facts.Parts54, $"{stage}: 5.4 parts, {period.Label}");
                counted += (int)facts.Indicators["2.1"].Score.Denominator;
                fees += (int)facts.Indicators["3.5"].Score.Numerator;

                // 3.2, 3.4 and 3.5's lists, each procedure with the dossiers it counts, read through the procedures' roll-up.
                var (rolledLists, factsLists) = await ProcedureListsAsync(services.ServiceProvider, scope, period, null);
                rolledLists.ShouldBe(factsLists, $"{stage}: 3.2, 3.4, 3.5 lists, {period.Label}");
            }
        }

        counted.ShouldBeGreaterThan(0);
        fees.ShouldBeGreaterThan(0, "some procedure's dossiers carried fees");
    }

    private async Task<MotCua.Modules.Metrics.Live.Satisfaction54Parts> Parts54Async(Scope766 scope, ReportPeriod period)
    {
        await using var services = factory.Services.CreateAsyncScope();
        return (await services.ServiceProvider.GetRequiredService<Live766>().ComputeAsync(scope, period, CancellationToken.None))!.Parts54!;
    }

    /// <summary>
    /// The fee module's outcome on the facts rows (as <c>CatalogIndicatorsTests</c> writes it): fees asked for on two dossiers
    /// in three, paid online on one in three, captured so that the job counts the rows already rolled up again.
    /// </summary>
    private async Task AskFeesAsync()
    {
        await using var scope = factory.CreateDbScope(out var db);
        var ids = await db.MetricDossiers.Where(m => m.ReceivedAt != null).OrderBy(m => m.ReceivedAt).ThenBy(m => m.DossierId).Select(m => m.DossierId).ToListAsync();
        List<Guid> asked = [.. ids.Where((_, i) => i % 3 != 2)];
        List<Guid> paid = [.. ids.Where((_, i) => i % 3 == 0)];
        await db.MetricDossiers.Where(m => asked.Contains(m.DossierId)).ExecuteUpdateAsync(s => s.SetProperty(m => m.FeesRequested, true).SetProperty(m => m.RolledSequence, (int?)null));
        await db.MetricDossiers.Where(m => paid.Contains(m.DossierId)).ExecuteUpdateAsync(s => s.SetProperty(m => m.PaidOnline, true));
        await using var services = factory.Services.CreateAsyncScope();
        await services.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None);
    }

    /// <summary>Rates the first <paramref name="count"/> unrated received dossiers as the kiosk records them.</summary>
    private async Task RateAsync(int count, bool satisfied)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var ids = await db.Dossiers.AsNoTracking().Where(d => d.ReceivedAt != null && !db.DossierRatings.Any(r => r.DossierId == d.Id))
            .OrderBy(d => d.ReceivedAt).Select(d => d.Id).Take(count).ToListAsync();
        foreach (var id in ids)
        {
            await RateAsync(id, satisfied);
        }
    }

    private async Task RateAsync(Guid id, bool satisfied)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var d = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id);
        db.DossierRatings.Add(MotCua.Modules.Portal.Data.DossierRating.Record(
            new RatableDossier(d.Id, d.AgencyId, d.Code, d.ProcedureName, d.Status, OnTimeClass.OnTime),
            MotCua.Modules.Portal.Data.RatingChannel.Kiosk, 2, 2, 2, false, satisfied, null, factory.Clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    private static DateOnly VietnamTime(DateTimeOffset now) => MotCua.Common.Time.VietnamTime.LocalDate(now);
}
