using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Portal;

namespace MotCua.Modules.Metrics.Live;

/// <summary>Which list of a chỉ số: the dossiers of its tử số, or all those of its mẫu số.</summary>
internal enum ItemSide
{
    Denominator,
    Numerator,
}

/// <summary>One dossier behind a figure, with why it counts: <see cref="AgencyId"/> the receiving desk's agency, <see cref="ResolvingAgencyId"/> the competent agency.</summary>
internal sealed record Live766Item(
    Guid DossierId, string? Code, Guid AgencyId, string ProcedureCode, DateTime? ReceivedAt, DateTime? EndedAt, bool InNumerator, string Why, Guid ResolvingAgencyId);

/// <summary>One page of the dossiers behind a figure; <see cref="Total"/> equals the figure.</summary>
internal sealed record Live766ItemsPage(IReadOnlyList<Live766Item> Rows, int Total, int PageNumber, int PageCount);

/// <summary>
/// The drill-down of a dossier-based chỉ số (ADR-054): the facts rows behind its tử số or mẫu số, selected with the very
/// predicates <see cref="Live766"/> counts with (and the same read-time verdicts for the undecided rows), so that a list's
/// total is the figure; paged (ADR-048: the total is known, it is the figure) and exported whole up to <see cref="ExportLimit"/>.
/// </summary>
internal sealed class Live766Items(Live766 live, DossierRatings ratings)
{
    public const int PageSize = 50;

    public const int ExportLimit = 10_000;

    /// <summary>The chỉ số whose figures stand for dossiers.</summary>
    public static readonly IReadOnlyList<string> Drillable = ["2.1", "3.3", "3.toan-trinh", "3.6", "4.1", "4.2", "4.3", "5.4"];

    public static bool CanDrill(string indicator, ItemSide side) => Drillable.Contains(indicator) && !(indicator == "5.4" && side == ItemSide.Numerator);

    public async Task<Live766ItemsPage> PageAsync(Scope766 scope, ReportPeriod period, string indicator, ItemSide side, int pageNumber, CancellationToken cancellationToken)
    {
        var (selected, inNumerator, at) = await SelectAsync(scope, period, indicator, side, cancellationToken);
        var total = await selected.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var (rows, _) = await Paging.ReadPageAsync(Ordered(selected), (pageNumber - 1) * PageSize, PageSize, cancellationToken);
        return new Live766ItemsPage(await ItemsAsync(rows, indicator, inNumerator, at, cancellationToken), total, pageNumber, pageCount);
    }

    /// <summary>Every dossier of the list, or null (with the count) when there are more than <see cref="ExportLimit"/>.</summary>
    public async Task<(IReadOnlyList<Live766Item>? Rows, int Total)> ExportAsync(Scope766 scope, ReportPeriod period, string indicator, ItemSide side, CancellationToken cancellationToken)
    {
        var (selected, inNumerator, at) = await SelectAsync(scope, period, indicator, side, cancellationToken);
        var total = await selected.CountAsync(cancellationToken);
        if (total > ExportLimit)
        {
            return (null, total);
        }

        return (await ItemsAsync(await Ordered(selected).ToListAsync(cancellationToken), indicator, inNumerator, at, cancellationToken), total);
    }

    private static IOrderedQueryable<MetricDossier> Ordered(IQueryable<MetricDossier> rows) => rows.OrderBy(m => m.ReceivedAt).ThenBy(m => m.DossierId);

    /// <summary>The rows of the list and a test of membership in the tử số for each row shown.</summary>
    private async Task<(IQueryable<MetricDossier> Selected, Func<MetricDossier, bool> InNumerator, DateTime At)> SelectAsync(
        Scope766 scope, ReportPeriod period, string indicator, ItemSide side, CancellationToken cancellationToken)
    {
        var at = live.JudgedAt(period);
        var rows = await live.RowsAsync(scope, cancellationToken);
        IQueryable<MetricDossier> denominator;
        Expression<Func<MetricDossier, bool>> numerator;
        if (indicator == "2.1")
        {
            denominator = rows.Where(PeriodMembership.InHand(period.StartUtc, at));
            var undecided = await live.JudgeUndecidedAsync(denominator, at, cancellationToken);
            var notLate = undecided.NotLate.ToList();
            numerator = DossierSets.Or(
                DossierSets.And(DossierSets.Not(PeriodMembership.DecidedLate(at)), DossierSets.Not(PeriodMembership.Undecided(at))),
                m => notLate.Contains(m.DossierId));
        }
        else
        {
            var received = rows.Where(PeriodMembership.Received(period.StartUtc, at));
            (denominator, numerator) = indicator switch
            {
                "3.3" => (received, DossierSets.Online33()),
                "4.1" => (received.Where(DossierSets.WithResult41()), DossierSets.ElectronicResult41()),
                "4.2" => (received, DossierSets.Digitised42()),
                "4.3" => (received, DossierSets.Reused43()),
                "3.6" => (received.Where(DossierSets.WithFees36()), DossierSets.PaidOnline36()),
                "3.toan-trinh" => (received.Where(await FullOnlineAsync(scope, at, cancellationToken)), DossierSets.Online33()),
                "5.4" => (received, _ => false),
                _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Not a dossier-based indicator."),
            };
        }

        var test = numerator.Compile();
        return (side == ItemSide.Numerator ? denominator.Where(numerator) : denominator, test, at);
    }

    private async Task<Expression<Func<MetricDossier, bool>>> FullOnlineAsync(Scope766 scope, DateTime at, CancellationToken cancellationToken)
    {
        var offered = await live.OfferedAsync(scope, Common.Time.VietnamTime.LocalDate(at), cancellationToken);
        var codes = offered.Where(o => o.OnlineLevel == OnlineServiceLevel.Full).Select(o => o.Code).Distinct().ToList();
        return m => codes.Contains(m.ProcedureCode);
    }

    private async Task<IReadOnlyList<Live766Item>> ItemsAsync(
        List<MetricDossier> rows, string indicator, Func<MetricDossier, bool> inNumerator, DateTime at, CancellationToken cancellationToken)
    {
        var unsatisfied = indicator == "5.4"
            ? (await ratings.UnsatisfiedOfAsync([.. rows.Select(r => r.DossierId)], at, cancellationToken)).ToHashSet()
            : [];
        var items = new List<Live766Item>(rows.Count);
        foreach (var row in rows)
        {
            var judgement = indicator is "2.1" or "5.4" ? await live.JudgeAsync(row, at, cancellationToken) : null;
            var counts = indicator == "2.1" ? judgement is not null && judgement.StatisticClass != OnTimeClass.Late : inNumerator(row);
            items.Add(new Live766Item(
                row.DossierId, row.Code, row.AgencyId, row.ProcedureCode, row.ReceivedAt, row.EndedAt, counts,
                WhyItCounts.Text(indicator, row.Figures(), judgement, at, unsatisfied.Contains(row.DossierId), row.ElectronicResult, row.FeesRequested && row.PaidOnline),
                row.ResolvingAgencyId));
        }

        return items;
    }
}
