using MotCua.Common.Time;
using MotCua.Modules.Metrics.Homes;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Portal;

namespace MotCua.Modules.Metrics;

/// <summary>
/// The province's live figures as the public home page shows them (ADR-055): aggregates only, never a dossier or a person.
/// </summary>
/// <param name="Year">The calendar year the figures are of (this year).</param>
/// <param name="Received">Dossiers received this year.</param>
/// <param name="OnlineRate">Of them, the share submitted online; null when none was received.</param>
/// <param name="StatisticOnTimeRate">The on-time rate of this year by Bộ chỉ số 766 chỉ số 2.1 (ended this year or in hand, judged now).</param>
/// <param name="SatisfiedRate">The share of this year's ratings (portal and kiosk) that say satisfied (766 chỉ số 5.4); null when none was given.</param>
/// <param name="TopProcedures">The procedures with the most dossiers received in the last 12 months, most first.</param>
internal sealed record ProvinceFigures(int Year, int Received, decimal? OnlineRate, decimal? StatisticOnTimeRate, decimal? SatisfiedRate, IReadOnlyList<ProcedureUse> TopProcedures);

/// <summary>A procedure's code and the dossiers received for it.</summary>
internal sealed record ProcedureUse(string Code, int Dossiers);

/// <summary>The Metrics module's API for the portal: the province's figures, from the facts, kept briefly (<c>Metrics:HomeFiguresCacheDuration</c>).</summary>
internal sealed class PublicFigures(FactsFigures facts, DossierRatings ratings, HomeFiguresCache cache, TimeProvider clock)
{
    /// <summary>How many procedures the "most used" list names.</summary>
    public const int TopCount = 8;

    public Task<ProvinceFigures> ProvinceAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        return cache.GetAsync($"public:{today:yyyy-MM-dd}", async () =>
        {
            var year = ReportPeriods.Containing(PeriodKind.Year, today, PeriodCalendar.Calendar);
            var received = await facts.ReceivedAsync(null, year, cancellationToken);
            var onTime = await facts.OnTimeAsync(null, year, cancellationToken);
            var since = VietnamTime.StartOfLocalDayUtc(today.AddMonths(-12).AddDays(1));
            var top = await facts.TopProceduresAsync(null, since, TopCount, cancellationToken);
            var rated = await ratings.CountsAsync(null, year.StartUtc, year.EndUtc, cancellationToken);
            return new ProvinceFigures(
                today.Year, received.Received, received.OnlineRate, onTime.StatisticRate,
                rated.Rated == 0 ? null : (decimal)rated.Satisfied / rated.Rated,
                [.. top.Select(t => new ProcedureUse(t.Code, t.Count))]);
        });
    }
}
