using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.DemoYear;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Fees;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Notifications.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.DemoYear;

/// <summary>A host that seeds a small demo year at start-up (<c>Demo:YearDossiers</c>; the other tests leave it at 0).</summary>
public sealed class DemoYearFactory : MotCuaFactory
{
    public const int Dossiers = 160;

    protected override IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Demo:YearDossiers"] = Dossiers.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// The demo year (ADR-056) played through the product at start-up: its mixes land in their bands, every dossier is what the
/// product itself keeps (facts row equal to the dossier's figures, judged once ended; an intact history chain), and seeding
/// again adds nothing.
/// </summary>
public sealed class DemoYearTests(DemoYearFactory factory) : IClassFixture<DemoYearFactory>
{
    [Fact]
    public async Task The_year_lands_its_mixes_within_their_bands()
    {
        await using var scope = factory.CreateDbScope(out var db);
        var dossiers = await db.Dossiers.AsNoTracking().ToListAsync();
        var facts = await db.MetricDossiers.AsNoTracking().ToListAsync();
        dossiers.Count.ShouldBeGreaterThan(DemoYearFactory.Dossiers * 9 / 10, "nearly every planned dossier is received");

        var received = dossiers.Where(d => d.Code is not null).ToList();
        Share(received, d => d.Channel == SubmissionChannel.Online).ShouldBeInRange(0.33, 0.58, "about 45 % online");
        received.Count(d => d.Channel == SubmissionChannel.Postal).ShouldBeGreaterThan(0);
        dossiers.Min(d => d.SubmittedAt).ShouldBeLessThan(factory.HostUtcNow().AddDays(-300), "a year of history");
        received.Count(d => d.Status is not (DossierStatus.Returned or DossierStatus.Withdrawn or DossierStatus.Stopped or DossierStatus.NotAccepted))
            .ShouldBeGreaterThan(0, "some dossiers are still open at the demo clock");

        // Legal time of the dossiers that ended: mostly on time, about 7 % late, each late one with its apology but a few.
        var ended = facts.Where(f => f.LegalClass is not null).ToList();
        ended.Count.ShouldBeGreaterThan(DemoYearFactory.Dossiers / 2);
        Share(ended, f => f.LegalClass == OnTimeClass.Late).ShouldBeInRange(0.02, 0.16, "about 7 % late");
        Share(ended, f => f.LegalClass == OnTimeClass.OnTime).ShouldBeGreaterThan(0.6, "mostly on the due date");
        var late = ended.Where(f => f.LegalClass == OnTimeClass.Late).ToList();
        late.Count(f => f.ApologyCount == 0).ShouldBeLessThanOrEqualTo(Math.Max(2, late.Count / 3), "an apology for every late dossier but the configured few");
        facts.Count(f => f.ApologyCount > 0).ShouldBeGreaterThan(0);

        // Results are signed by officers at work: within a session of a working day of the agency's calendar.
        var calendars = scope.ServiceProvider.GetRequiredService<CalendarProvider>();
        foreach (var fact in facts.Where(f => f.FinishedAt is not null))
        {
            var calendar = await calendars.GetAsync(fact.AgencyId);
            var local = VietnamTime.UtcToLocal(fact.FinishedAt!.Value);
            var time = TimeOnly.FromDateTime(local);
            (calendar.IsWorkingDay(DateOnly.FromDateTime(local)) && calendar.Schedule.Sessions.Any(s => time >= s.Start && time <= s.End))
                .ShouldBeTrue($"{fact.Code} signed at {local:HH:mm dd/MM/yyyy}");
        }

        facts.Count(f => f.Outcome == DossierOutcome.Refused).ShouldBeGreaterThan(0, "refusals");
        facts.Count(f => f.WithdrawnAt is not null || f.Status == DossierStatus.Stopped).ShouldBeGreaterThan(0, "withdrawals and stops");
        facts.Count(f => f.SupplementCount > 0).ShouldBeGreaterThan(0, "supplements");
        (await db.DossierAttachments.CountAsync(a => a.Purpose == AttachmentPurpose.Result)).ShouldBeGreaterThan(0, "electronic results");
        received.Count(d => d.Components.Any(c => c.Digitised)).ShouldBeGreaterThan(received.Count / 3, "digitised components");
        received.Count(d => d.Components.Any(c => c.Reused)).ShouldBeGreaterThan(0, "documents reused from the wallet");
        received.Count(d => d.Components.Any(c => c.Exemption != DigitisationExemption.None)).ShouldBeGreaterThan(0, "exemptions");
        (await db.PaymentTransactions.CountAsync()).ShouldBeGreaterThan(0, "fees paid online");
        (await db.PaymentRequests.CountAsync(p => p.Status == PaymentStatus.Paid)).ShouldBeGreaterThan(await db.PaymentTransactions.CountAsync(), "and at the counter");
        var ratings = await db.DossierRatings.AsNoTracking().ToListAsync();
        Share(ratings, r => r.Satisfied).ShouldBeInRange(0.75, 1.0);
        ratings.Count.ShouldBeGreaterThan(dossiers.Count(d => d.Status == DossierStatus.Returned) / 5, "ratings");

        // The applicants' messages went through the outbox and none waits.
        (await db.OutboxMessages.CountAsync()).ShouldBeGreaterThan(0);
        (await db.OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Sent)).ShouldBe(0);
    }

    [Fact]
    public async Task Every_seeded_dossier_keeps_its_facts_row_judged_and_its_history_chain_intact()
    {
        await using var scope = factory.CreateDbScope(out var db);
        var rows = await db.MetricDossiers.AsNoTracking().ToDictionaryAsync(m => m.DossierId);
        var type = db.Model.FindEntityType(typeof(MetricDossier))!;
        // Written by the job after the capture: the verdicts (ADR-049) and the roll-up bucket the row is counted in (ADR-061).
        string[] judged =
        [
            nameof(MetricDossier.CapturedAt), nameof(MetricDossier.StatisticDueAt), nameof(MetricDossier.StatisticClass), nameof(MetricDossier.LegalClass), nameof(MetricDossier.JudgedSequence),
            nameof(MetricDossier.RolledAgencyId), nameof(MetricDossier.RolledBucket), nameof(MetricDossier.RolledSequence),
        ];
        // The fees, the electronic result and the rating come from their own aggregates (ADR-049), read afresh here.
        var outsideColumns = typeof(DossierOutsideFacts).GetProperties().ToDictionary(p => p.Name);
        var outside = await DossierOutsideFacts.ReadAsync(db, rows.Keys, CancellationToken.None);
        var columns = type.GetProperties().Where(p => !judged.Contains(p.Name) && !outsideColumns.ContainsKey(p.Name)).ToList();
        var outsideOfRow = type.GetProperties().Where(p => outsideColumns.ContainsKey(p.Name)).ToList();
        outsideOfRow.Count.ShouldBe(outsideColumns.Count);
        foreach (var dossier in await db.Dossiers.AsNoTracking().ToListAsync())
        {
            var row = rows.GetValueOrDefault(dossier.Id).ShouldNotBeNull($"dossier {dossier.Code} has its facts row");
            var expected = MetricDossier.Of(DossierFigures.Of(dossier), row.CapturedAt);
            foreach (var column in columns)
            {
                column.GetGetter().GetClrValue(row).ShouldBe(column.GetGetter().GetClrValue(expected), $"{dossier.Code}: {column.Name}");
            }

            foreach (var column in outsideOfRow)
            {
                column.GetGetter().GetClrValue(row).ShouldBe(outsideColumns[column.Name].GetValue(outside[dossier.Id]), $"{dossier.Code}: {column.Name}");
            }

            if (row.EndedAt is not null)
            {
                row.StatisticClass.ShouldNotBeNull($"{dossier.Code} ended and was judged");
                row.JudgedSequence.ShouldBe(row.CapturedSequence);
            }
        }

        var histories = scope.ServiceProvider.GetRequiredService<DossierHistories>();
        var checkedCount = 0;
        for (var skip = 0; ; skip += 100)
        {
            var batch = await histories.CheckAsync(new DossierRange(null, null, null, null), skip, 100, CancellationToken.None);
            if (batch.Count == 0)
            {
                break;
            }

            batch.Where(c => c.Finding is not null).Select(c => $"{c.Code}: {c.Finding}").ShouldBeEmpty();
            checkedCount += batch.Count;
        }

        checkedCount.ShouldBe(rows.Count);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        int before;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            before = await db.DossierEvents.CountAsync();
            var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<DemoYearSeeder>().Single();
            await seeder.SeedAsync(db, CancellationToken.None);
        }

        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.DossierEvents.CountAsync()).ShouldBe(before);
        }
    }

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> which) => items.Count == 0 ? 0 : (double)items.Count(which) / items.Count;

    [Fact]
    public async Task The_year_gives_the_units_ratings_and_the_demo_officers_scores_under_tt_01_2018()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var today = VietnamTime.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var period = Modules.Metrics.Periods.ReportPeriods.Custom(today.AddYears(-1), today, Modules.Metrics.Periods.PeriodCalendar.Calendar);
        var report = await scope.ServiceProvider.GetRequiredService<Modules.Metrics.Evaluation.EvaluationResults>()
            .ComputeAsync(null, period, new Modules.Metrics.Evaluation.OfficerFilter(true, null, null, null), CancellationToken.None);

        var rated = report.Units.Where(u => u.Item.Evaluation is not null && u.Item.Dossiers > 0).ToList();
        rated.Count.ShouldBeGreaterThan(1, "several units evaluated");
        rated.SelectMany(u => u.Item.Indicators).Where(i => i.Figure.Points is not null).Select(i => i.Figure.Points).Distinct().Count()
            .ShouldBeGreaterThan(2, "the indicators' points differ");
        report.Officers.Count(o => o.Item.Evaluation is not null && o.Item.Dossiers > 0).ShouldBeGreaterThanOrEqualTo(2, "the demo accounts who handle steps are scored");
    }

    [Fact]
    public async Task Home_affairs_sends_its_last_quarters_table_with_its_late_dossiers_counted_as_on_time()
    {
        await using var scope = factory.CreateDbScope(out var db);
        var agency = await db.Agencies.Where(a => a.Code == Modules.Organization.DemoData.DemoProvince.HomeAffairs).Select(a => a.Id).SingleAsync();
        var sent = await db.ReportSubmissions.AsNoTracking().Include(s => s.Rows)
            .Where(s => s.State == Modules.Reports.Obligations.SubmissionState.Submitted
                && db.ReportObligations.Any(o => o.Id == s.ObligationId && o.AgencyId == agency && o.Kind == Modules.Reports.Obligations.ReportKind.DossierStatistics))
            .SingleAsync();

        sent.SubmittedByName.ShouldNotBeNullOrEmpty();
        sent.Rows.Sum(r => r.Value7).ShouldBeGreaterThan(0, "the quarter has resolved dossiers");
        sent.Rows.ShouldAllBe(r => r.Value10 == 0 && r.Value13 == 0, "the agency reports none late: what the province's comparison is for");
        sent.Rows.ShouldAllBe(r => r.Value7 == r.Value8 + r.Value9 + r.Value10 && r.Value11 == r.Value12 + r.Value13, "the table's identities still hold");
    }
}
