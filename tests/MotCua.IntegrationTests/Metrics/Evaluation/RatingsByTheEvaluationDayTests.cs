using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Evaluation;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Portal.Data;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Metrics.Evaluation;

/// <summary>
/// TT 01/2018 chỉ số 1, 3, 4, 7 of a quarter read the ratings given by the instant it is evaluated at — its end, as the
/// one-stop list is read (ADR-066 addendum): of two licence dossiers returned in Q4 2026, one rated in December and one
/// rated in January 2027, Q4's figures and the list behind them hold the first only; while the quarter ran, the same.
/// </summary>
public sealed class RatingsByTheEvaluationDayTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_rating_given_after_the_quarter_end_does_not_count_in_that_quarters_evaluation()
    {
        var inQuarter = await factory.ReturnedAsync();
        await RateAsync(inQuarter, time: 2, contacts: 2, agencies: 2);
        var afterQuarter = await factory.ReturnedAsync();
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 5, 2, 0, 0, TimeSpan.Zero));
        await RateAsync(afterQuarter, time: 0, contacts: 0, agencies: 0);
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 11, 2, 0, 0, TimeSpan.Zero));

        var q4 = ReportPeriods.Of(PeriodKind.Quarter, 2026, 4, PeriodCalendar.Calendar);
        await using var scope = factory.CreateDbScope(out var db);
        var agencyId = await db.MetricDossiers.Where(m => m.DossierId == inQuarter).Select(m => m.ResolvingAgencyId).SingleAsync();
        var results = scope.ServiceProvider.GetRequiredService<EvaluationResults>();
        var unit = (await results.ComputeAsync([agencyId], q4, OfficerFilter.None, CancellationToken.None)).Units.Single().Item;

        unit.Dossiers.ShouldBe(2, "both dossiers ended in the quarter");
        foreach (var indicator in new[] { EvaluationIndicator.TotalTime, EvaluationIndicator.Contacts, EvaluationIndicator.AgenciesContacted })
        {
            var figure = unit.Indicators.Single(i => i.Figure.Indicator == indicator).Figure;
            figure.Count.ShouldBe(1, indicator + ": the rating given in January is not Q4's");
            figure.Points.ShouldBe(2m, indicator.ToString());
            (await results.ItemsAsync(q4, agencyId, null, OfficerFilter.None, indicator, CancellationToken.None)).Select(i => i.DossierId).ShouldBe([inQuarter]);
        }
    }

    private async Task RateAsync(Guid id, int time, int contacts, int agencies)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id);
        var rated = new RatableDossier(dossier.Id, dossier.AgencyId, dossier.Code, dossier.ProcedureName, DossierStatus.Returned, OnTimeClass.Early);
        db.DossierRatings.Add(DossierRating.Record(rated, RatingChannel.Kiosk, time, contacts, agencies, false, true, null, factory.Clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }
}
