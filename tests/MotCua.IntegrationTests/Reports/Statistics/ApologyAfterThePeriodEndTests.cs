using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Time;
using MotCua.IntegrationTests.Dossiers;
using MotCua.IntegrationTests.Metrics.Live;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Statistics;
using MotCua.Modules.Reports.Statistics;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Reports.Statistics;

/// <summary>
/// A dossier that ended late in December 2026 and was apologised for in January 2027 (NĐ 61/2018 Điều 19 khoản 9 allows
/// the letter until the result is returned): December's table counts it as resolved late without an apology, as it stood
/// at December's end (ADR-066 addendum) — through the roll-up, which holds its row with today's apology, and from the facts
/// alone, in the cell's figure and in the list behind it; January's table does not count it (ended before).
/// </summary>
public sealed class ApologyAfterThePeriodEndTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_dossier_ended_late_and_apologised_for_after_the_period_end_counts_there_as_late_without_an_apology()
    {
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        factory.Clock.SetUtcNow(At(new DateOnly(2026, 12, 28)));
        await factory.SettleAsync(id, factory.Clock.GetUtcNow());
        factory.Clock.SetUtcNow(At(new DateOnly(2027, 1, 5)));
        var dossier = (await factory.LoadAsync(id)).Dossier;
        (dossier.FinishedAt > dossier.DueAt).ShouldBeTrue("the result came after the appointment");
        await factory.DoAsync(await factory.ClientAsync("giamdoc"), id, "Apologise", null, ("Comment", "Phải xác minh thực địa."), ("NewDueDate", "2027-01-12"));
        factory.Clock.SetUtcNow(At(new DateOnly(2027, 1, 6)));
        await factory.SettleFactsAsync();
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.MetricDossiers.SingleAsync(m => m.DossierId == id)).RolledSequence.ShouldNotBeNull("the row is held by a clean bucket of the roll-up");
        }

        var december = Criteria(ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar));
        var apologised = Column("ResolvedLateApologised");
        var notApologised = Column("ResolvedLateNotApologised");
        foreach (var fromRollups in new[] { true, false })
        {
            var table = (await ReportAsync(december, fromRollups)).Table;
            table.Total[notApologised].ShouldBe(1, fromRollups ? "through the roll-up" : "from the facts");
            table.Total[apologised].ShouldBe(0, fromRollups ? "through the roll-up" : "from the facts");
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var statistics = scope.ServiceProvider.GetRequiredService<DossierStatistics>();
            (await statistics.CellExportAsync(december, null, notApologised, CancellationToken.None)).Page.ShouldNotBeNull().Rows.Single().DossierId.ShouldBe(id);
            ((await statistics.CellExportAsync(december, null, apologised, CancellationToken.None)).Page?.Rows ?? []).ShouldBeEmpty();
        }

        var january = (await ReportAsync(Criteria(ReportPeriods.Of(PeriodKind.Month, 2027, 1, PeriodCalendar.Calendar)), fromRollups: true)).Table;
        january.Total[Column("Received")].ShouldBe(0);
    }

    /// <summary>09:00 local on <paramref name="day"/>.</summary>
    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

    private static int Column(string key) => StatisticsLayout.Detailed.Columns.Single(c => c.Key == key).Number;

    private async Task<StatisticsReport> ReportAsync(StatisticsCriteria criteria, bool fromRollups)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DossierStatistics>().ReportAsync(criteria, fromRollups, CancellationToken.None);
    }

    private static StatisticsCriteria Criteria(ReportPeriod period) =>
        new(period, StatisticsLayout.Detailed, StatisticsGrouping.Field, null, "Toàn tỉnh", null, new StatisticsQuery(null, null, null, null, null, null, null, null));
}
