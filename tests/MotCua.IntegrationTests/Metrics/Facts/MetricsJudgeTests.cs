using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Common.Jobs;
using MotCua.Common.Time;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Calendar;
using MotCua.Modules.Calendar.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Facts;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Metrics.Facts;

/// <summary>
/// The judging of the facts rows (ADR-049, "Judging") on a stopped clock: the verdicts equal the dossier page's
/// (<c>Dossier.TimeStatus</c>), an open dossier keeps only its statistic's due, a later change un-judges the row until the
/// next run, a second run writes nothing, and a calendar edit reaches the open rows. Received Mon 07/12/2026 08:00 for 7
/// working days: due Wed 16/12 08:00. Each test puts the clock back to <see cref="ClockedFactory.Start"/>.
/// </summary>
public sealed class MetricsJudgeTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private static readonly Actor Cashier = new(null, "Trần Thị Bình", null);

    [Fact]
    public async Task Ended_dossiers_are_judged_as_the_dossier_page_judges_them_and_an_open_one_keeps_only_its_statistic_due()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var early = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        var refused = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        var late = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        var open = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.SettleAsync(early, factory.Clock.GetUtcNow());
        await factory.DoAsync(await factory.ClientAsync("chuyenvien"), refused, "ProposeRefusal", (await factory.OpenStepAsync(refused)).Id, ("Comment", "Doanh nghiệp chưa ký quỹ."));
        await factory.DoAsync(await factory.ClientAsync("truongphong"), refused, "Approve", (await factory.OpenStepAsync(refused)).Id);
        await factory.DoAsync(await factory.ClientAsync("giamdoc"), refused, "IssueResult", (await factory.OpenStepAsync(refused)).Id);
        factory.Clock.Advance(TimeSpan.FromDays(10));
        await factory.SettleAsync(late, factory.Clock.GetUtcNow());

        (await RowAsync(early)).JudgedSequence.ShouldBeNull("captured, not judged yet");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var job = factory.Services.GetServices<IScheduledJob>().Single(j => j.Name == "metrics.judge");
            await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        (await JudgedAsPageAsync(early)).LegalClass.ShouldBe(OnTimeClass.Early);
        (await JudgedAsPageAsync(refused)).StatisticClass.ShouldNotBeNull();
        var lateRow = await JudgedAsPageAsync(late);
        lateRow.LegalClass.ShouldBe(OnTimeClass.Late);
        lateRow.StatisticClass.ShouldBe(OnTimeClass.Late);
        var openRow = await JudgedAsPageAsync(open);
        openRow.StatisticClass.ShouldBeNull("an open dossier is judged at the period end a report reads");
        openRow.LegalClass.ShouldBeNull();
        (await JudgeAsync()).ShouldBe(0, "a second run finds nothing to change");

        await using (var scope = factory.CreateDbScope(out var db))
        {
            await scope.ServiceProvider.GetRequiredService<DossierFacts>()
                .RecordFeeAsync(open, FeeFact.Requested, "1.500.000 đồng", factory.Clock.GetUtcNow().UtcDateTime, Cashier, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var captured = await RowAsync(open);
        captured.JudgedSequence.ShouldBe(openRow.JudgedSequence);
        captured.CapturedSequence.ShouldBeGreaterThan(captured.JudgedSequence!.Value, "a later change leaves the row un-judged");
        (await JudgeAsync()).ShouldBeGreaterThanOrEqualTo(1);
        (await JudgedAsPageAsync(open)).JudgedSequence.ShouldBe(captured.CapturedSequence);
    }

    [Fact]
    public async Task A_day_off_added_to_the_agencys_calendar_moves_the_statistic_due_of_its_open_dossiers_at_the_next_run()
    {
        // A supplement from Tue 08/12 to Wed 09/12 pauses the statistic one working day past Wed 16/12 08:00; a day off on
        // Wed 16/12 pushes that working day to Thu 17/12.
        var id = await ReceivedWithASupplementAsync();
        await JudgeAsync();
        var before = await JudgedAsPageAsync(id);
        var agencyId = (await factory.LoadAsync(id)).Dossier.AgencyId;

        var dayOff = await AddDayOffAsync(agencyId, new DateOnly(2026, 12, 16));
        try
        {
            (await JudgeAsync()).ShouldBeGreaterThanOrEqualTo(1);

            var after = await JudgedAsPageAsync(id);
            VietnamTime.ToLocal(new DateTimeOffset(before.StatisticDueAt!.Value, TimeSpan.Zero)).ShouldBe(new DateTime(2026, 12, 17, 8, 0, 0));
            VietnamTime.ToLocal(new DateTimeOffset(after.StatisticDueAt!.Value, TimeSpan.Zero)).ShouldBe(new DateTime(2026, 12, 17, 17, 0, 0), "the paused working day is Thu 17/12");
        }
        finally
        {
            await RemoveDayOffAsync(dayOff);
        }
    }

    [Fact]
    public async Task A_row_that_cannot_be_judged_is_left_for_the_next_run_and_the_others_are_judged()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var broken = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        var sound = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.MetricDossiers.Where(m => m.DossierId == broken).ExecuteUpdateAsync(s => s.SetProperty(m => m.Supplements, "{không phải JSON"));
        }

        await JudgeAsync();

        (await RowAsync(broken)).JudgedSequence.ShouldBeNull("the next run tries it again");
        await JudgedAsPageAsync(sound);
        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.MetricDossiers.Where(m => m.DossierId == broken).ExecuteUpdateAsync(s => s.SetProperty(m => m.Supplements, (string?)null));
        }

        (await JudgeAsync()).ShouldBeGreaterThanOrEqualTo(1);
        await JudgedAsPageAsync(broken);
    }

    [Fact]
    public async Task A_day_off_within_an_ended_dossiers_paused_time_judges_it_again_and_a_day_off_in_another_year_does_not()
    {
        // A supplement from Tue 08/12 to Wed 09/12 pauses the statistic one working day past Wed 16/12 08:00: due Thu 17/12;
        // finished Fri 18/12 07:30, late. A day off on Thu 17/12 moves that due to Fri 18/12: the same end is on time.
        var id = await ReceivedWithASupplementAsync();
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 18, 0, 30, 0, TimeSpan.Zero));
        await factory.SettleAsync(id, factory.Clock.GetUtcNow());
        await JudgeAsync();
        (await JudgedAsPageAsync(id)).StatisticClass.ShouldBe(OnTimeClass.Late);
        var agencyId = (await factory.LoadAsync(id)).Dossier.AgencyId;

        var otherYear = await AddDayOffAsync(agencyId, new DateOnly(2020, 3, 3));
        try
        {
            var judgedBefore = (await RowAsync(id)).JudgedSequence;
            await JudgeAsync();
            (await RowAsync(id)).JudgedSequence.ShouldBe(judgedBefore, "a change of 2020 does not reach a dossier of December 2026");

            var dayOff = await AddDayOffAsync(agencyId, new DateOnly(2026, 12, 17));
            try
            {
                (await JudgeAsync()).ShouldBeGreaterThanOrEqualTo(1);
                (await JudgedAsPageAsync(id)).StatisticClass.ShouldNotBe(OnTimeClass.Late);
            }
            finally
            {
                await RemoveDayOffAsync(dayOff);
            }

            await JudgeAsync();
            (await JudgedAsPageAsync(id)).StatisticClass.ShouldBe(OnTimeClass.Late, "removing the day off is a change too");
        }
        finally
        {
            await RemoveDayOffAsync(otherYear);
        }
    }

    /// <summary>A licence dossier received Mon 07/12/2026 08:00 with a supplement asked on Tue 08/12 and completed on Wed 09/12.</summary>
    private async Task<Guid> ReceivedWithASupplementAsync()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.DoAsync(await factory.ClientAsync("chuyenvien"), id, "RequestSupplement", (await factory.OpenStepAsync(id)).Id, ("Comment", "Bản sao giấy chứng nhận — bản đã nộp bị mờ"));
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.DoAsync(await factory.ClientAsync("motcua"), id, "CompleteSupplement");
        return id;
    }

    private async Task<Guid> AddDayOffAsync(Guid agencyId, DateOnly date)
    {
        var dayOff = new CalendarException
        {
            Id = Guid.CreateVersion7(), Date = date, Kind = CalendarExceptionKind.Holiday, AgencyId = agencyId,
            Name = "Nghỉ bù", LegalReference = "Quyết định của Chủ tịch UBND tỉnh", CreatedBy = "admin", CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime,
        };
        await using (var scope = factory.CreateDbScope(out var db))
        {
            db.CalendarExceptions.Add(dayOff);
            await db.SaveChangesAsync();
        }

        factory.Services.GetRequiredService<CalendarProvider>().Invalidate();
        return dayOff.Id;
    }

    private async Task RemoveDayOffAsync(Guid id)
    {
        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.CalendarExceptions.Where(e => e.Id == id).ExecuteDeleteAsync();
        }

        factory.Services.GetRequiredService<CalendarProvider>().Invalidate();
    }

    /// <summary>Checks that the row's verdicts are those the dossier page shows now (open: the statistic's due only); returns the row.</summary>
    private async Task<MetricDossier> JudgedAsPageAsync(Guid dossierId)
    {
        var dossier = (await factory.LoadAsync(dossierId)).Dossier;
        var calendar = await factory.Services.GetRequiredService<CalendarProvider>().GetAsync(dossier.AgencyId);
        var granularity = factory.Services.GetRequiredService<IOptions<DossierTimePolicy>>().Value.OnTimeGranularity;
        var page = dossier.TimeStatus(calendar, factory.Clock.GetUtcNow(), granularity).ShouldNotBeNull();
        var row = await RowAsync(dossierId);
        row.JudgedSequence.ShouldBe(row.CapturedSequence);
        row.StatisticDueAt.ShouldBe(page.Statistic.Due.UtcDateTime);
        row.StatisticClass.ShouldBe(page.Statistic.IsOpen ? null : page.Statistic.Class);
        row.LegalClass.ShouldBe(page.Legal.IsOpen ? null : page.Legal.Class);
        return row;
    }

    private async Task<int> JudgeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None);
    }

    private async Task<MetricDossier> RowAsync(Guid dossierId)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return (await db.MetricDossiers.AsNoTracking().SingleOrDefaultAsync(m => m.DossierId == dossierId)).ShouldNotBeNull();
    }
}
