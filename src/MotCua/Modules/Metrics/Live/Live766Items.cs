using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Periods;

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

/// <summary>
/// One page of the dossiers behind a figure, newest reception first. <see cref="Total"/> is the list's size when it holds
/// at most <see cref="Live766Items.CountCap"/> dossiers (then it equals the figure); null past the cap ("more than"), where
/// the exact size is the figure itself (ADR-048, ADR-054): <see cref="Exact"/> gives it when the roll-ups answer it cheaply
/// (<see cref="Live766.ListSizeAsync"/>), else null.
/// </summary>
internal sealed record Live766ItemsPage(IReadOnlyList<Live766Item> Rows, int? Total, int PageNumber, bool HasPrevious, bool HasNext, int? Exact = null)
{
    /// <summary>The first row's dossier: the key of the previous page.</summary>
    public Guid? FirstId => Rows.Count > 0 ? Rows[0].DossierId : null;

    /// <summary>The last row's dossier: the key of the next page.</summary>
    public Guid? LastId => Rows.Count > 0 ? Rows[^1].DossierId : null;
}

/// <summary>Where a page of a drill-down starts: the first page, or after / before the dossier <see cref="Key"/>; <see cref="PageNumber"/> only numbers it.</summary>
internal sealed record ItemsCursor(KeyStep Step, Guid? Key, int PageNumber)
{
    public static readonly ItemsCursor First = new(KeyStep.First, null, 1);
}

/// <summary>
/// The drill-down of a dossier-based chỉ số (ADR-054): the facts rows behind its tử số or mẫu số, selected with the very
/// predicates <see cref="Live766"/> counts with (and the same read-time verdicts for the undecided rows), so that the list
/// is the figure's set. Newest reception first (<c>ReceivedAt</c>, then <c>DossierId</c>: an index order), read by key
/// from page to page and counted only up to <see cref="CountCap"/> (ADR-048, addendum of ADR-054): a first page reads
/// a few dozen index entries whatever the size of the province. Exported whole up to <see cref="ExportLimit"/>, by key
/// in batches.
/// </summary>
internal sealed class Live766Items(Live766 live, CalendarProvider calendars)
{
    public const int PageSize = 50;

    /// <summary>A list is counted up to this many dossiers; past it the page says "more than" and the figure is the exact size.</summary>
    public const int CountCap = 1_000;

    public const int ExportLimit = 10_000;

    /// <summary>Rows read per statement when the export walks the list.</summary>
    private const int ExportBatch = 1_000;

    /// <summary>The chỉ số whose figures stand for dossiers.</summary>
    public static readonly IReadOnlyList<string> Drillable = ["2.1", "2.2", "3.3", "3.toan-trinh", "3.6", "4.1", "4.2", "4.3", "5.4"];

    /// <summary>Whether a side has a list: 5.4's tử số is not a set of dossiers in the facts, 2.2's is a total time (its mẫu số lists the dossiers).</summary>
    public static bool CanDrill(string indicator, ItemSide side) => Drillable.Contains(indicator) && !(indicator is "5.4" or "2.2" && side == ItemSide.Numerator);

    public async Task<Live766ItemsPage> PageAsync(
        Scope766 scope, ReportPeriod period, string indicator, ItemSide side, ItemsCursor cursor, CancellationToken cancellationToken,
        int pageSize = PageSize, int countCap = CountCap)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var list = await SelectAsync(scope, period, indicator, side, cancellationToken);
        var counted = list.Judged is null
            ? await Paging.CountUpToAsync(Newest(list.Rows), countCap, cancellationToken)
            : (await ReadAsync(list, KeyStep.First, null, countCap + 1, cancellationToken)).Count;
        var anchor = cursor.Key is { } key ? await AnchorAsync(list.Rows, key, cancellationToken) : null;
        var step = anchor is null ? KeyStep.First : cursor.Step;
        var page = await Paging.ReadByKeyAsync(step, cursor.PageNumber, pageSize, (s, take) => ReadAsync(list, s, anchor, take, cancellationToken));
        // Past the cap the list is not counted further: its size is the figure, counted from the roll-ups when they answer it —
        // once per request, here: the page and the API read only the list, never the whole figure, so there is none to pass in.
        var exact = counted > countCap ? await live.ListSizeAsync(scope, period, indicator, side, cancellationToken) : null;
        return new Live766ItemsPage(
            await ItemsAsync(page.Rows, indicator, list, cancellationToken), counted > countCap ? null : counted,
            page.PageNumber, page.HasPrevious, page.HasNext, exact);
    }

    /// <summary>Every dossier of the list in its order, read by key in batches, or null (with the limit passed) when there are more than <see cref="ExportLimit"/>.</summary>
    public async Task<IReadOnlyList<Live766Item>?> ExportAsync(Scope766 scope, ReportPeriod period, string indicator, ItemSide side, CancellationToken cancellationToken)
    {
        var list = await SelectAsync(scope, period, indicator, side, cancellationToken);
        var rows = await ReadAsync(list, KeyStep.First, null, ExportLimit + 1, cancellationToken);
        return rows.Count > ExportLimit ? null : await ItemsAsync(rows, indicator, list, cancellationToken);
    }

    /// <summary>The list's order: the newest reception first, the dossier's id breaking ties (the facts' reception indexes give it).</summary>
    private static IOrderedQueryable<MetricDossier> Newest(IQueryable<MetricDossier> rows) => rows.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.DossierId);

    /// <summary>The reception instant of the row a key names, when the list's scope holds it (else the list starts again at its first page).</summary>
    private static async Task<(DateTime ReceivedAt, Guid Id)?> AnchorAsync(IQueryable<MetricDossier> rows, Guid key, CancellationToken cancellationToken)
    {
        var received = await rows.Where(m => m.DossierId == key && m.ReceivedAt != null).Select(m => m.ReceivedAt).FirstOrDefaultAsync(cancellationToken);
        return received is { } at ? (at, key) : null;
    }

    /// <summary>
    /// Up to <paramref name="take"/> rows of the list from <paramref name="anchor"/> (all from the start when null): older ones
    /// in the list's order, or — <see cref="KeyStep.Before"/> — newer ones nearest first. A list whose membership is judged at
    /// read time (2.1's tử số) drops the undecided rows judged late and reads on until it has enough.
    /// </summary>
    private async Task<List<MetricDossier>> ReadAsync(
        ItemsList list, KeyStep step, (DateTime ReceivedAt, Guid Id)? anchor, int take, CancellationToken cancellationToken)
    {
        var kept = new List<MetricDossier>();
        var batchSize = Math.Min(take, ExportBatch);
        var from = anchor;
        while (true)
        {
            var batch = await Batch(list.Rows, step == KeyStep.Before, from).Take(batchSize).ToListAsync(cancellationToken);
            foreach (var row in batch)
            {
                if (list.Judged is not { } undecided || !undecided(row) || (await live.JudgeAsync(row, list.At, cancellationToken))?.StatisticClass != OnTimeClass.Late)
                {
                    kept.Add(row);
                    if (kept.Count == take)
                    {
                        return kept;
                    }
                }
            }

            if (batch.Count < batchSize)
            {
                return kept;
            }

            from = (batch[^1].ReceivedAt!.Value, batch[^1].DossierId);
        }
    }

    /// <summary>The rows after <paramref name="from"/> in the list's order, or before it nearest first (<paramref name="newer"/>).</summary>
    private static IQueryable<MetricDossier> Batch(IQueryable<MetricDossier> rows, bool newer, (DateTime ReceivedAt, Guid Id)? from)
    {
        if (from is not var (at, id))
        {
            return newer ? rows.OrderBy(m => m.ReceivedAt).ThenBy(m => m.DossierId) : Newest(rows);
        }

        // The first condition bounds the index range; the second breaks ties on the reception instant by the id.
        return newer
            ? rows.Where(m => m.ReceivedAt >= at && (m.ReceivedAt > at || m.DossierId.CompareTo(id) > 0)).OrderBy(m => m.ReceivedAt).ThenBy(m => m.DossierId)
            : Newest(rows.Where(m => m.ReceivedAt <= at && (m.ReceivedAt < at || m.DossierId.CompareTo(id) < 0)));
    }

    /// <summary>
    /// A list: its rows (for 2.1's tử số, those not decided late), the test of a row shown against the tử số, the instant the
    /// figures are judged at, and — for 2.1's tử số — which rows are still to be judged with the agency's calendar.
    /// </summary>
    private sealed record ItemsList(IQueryable<MetricDossier> Rows, Func<MetricDossier, bool> InNumerator, DateTime At, Func<MetricDossier, bool>? Judged);

    private async Task<ItemsList> SelectAsync(Scope766 scope, ReportPeriod period, string indicator, ItemSide side, CancellationToken cancellationToken)
    {
        var at = live.JudgedAt(period);
        var rows = await live.RowsAsync(scope, cancellationToken);
        if (indicator == "2.1")
        {
            // 2.1's tử số: the rows not decided late, less the undecided ones the calendar judges late (Live766.JudgeUndecidedAsync's rule).
            var denominator = rows.Where(PeriodMembership.InHand(period.StartUtc, at));
            var notDecidedLate = DossierSets.Not(PeriodMembership.DecidedLate(at));
            return side == ItemSide.Numerator
                ? new ItemsList(denominator.Where(notDecidedLate), _ => true, at, PeriodMembership.Undecided(at).Compile())
                : new ItemsList(denominator, notDecidedLate.Compile(), at, null);
        }

        var received = rows.Where(PeriodMembership.Received(period.StartUtc, at));
        IQueryable<MetricDossier> selected;
        Expression<Func<MetricDossier, bool>> numerator;
        (selected, numerator) = indicator switch
        {
            "3.3" => (received, DossierSets.Online33()),
            "4.1" => (received.Where(DossierSets.WithResult41()), DossierSets.ElectronicResult41()),
            "4.2" => (received, DossierSets.Digitised42()),
            "4.3" => (received, DossierSets.Reused43()),
            "3.6" => (received.Where(DossierSets.WithFees36()), DossierSets.PaidOnline36()),
            "3.toan-trinh" => (received.Where(await FullOnlineAsync(scope, at, cancellationToken)), DossierSets.Online33()),
            "5.4" => (received, _ => false),
            "2.2" => (received.Where(DossierSets.Done22()), _ => true),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Not a dossier-based indicator."),
        };
        return new ItemsList(side == ItemSide.Numerator ? selected.Where(numerator) : selected, numerator.Compile(), at, null);
    }

    private async Task<Expression<Func<MetricDossier, bool>>> FullOnlineAsync(Scope766 scope, DateTime at, CancellationToken cancellationToken)
    {
        var offered = await live.OfferedAsync(scope, Common.Time.VietnamTime.LocalDate(at), cancellationToken);
        var codes = offered.Where(o => o.OnlineLevel == OnlineServiceLevel.Full).Select(o => o.Code).Distinct().ToList();
        return m => codes.Contains(m.ProcedureCode);
    }

    private async Task<IReadOnlyList<Live766Item>> ItemsAsync(List<MetricDossier> rows, string indicator, ItemsList list, CancellationToken cancellationToken)
    {
        var (inNumerator, at) = (list.InNumerator, list.At);
        // 5.4's "rated not satisfied" from the facts row, as the figure counts it (DossierSets.Unsatisfied54).
        var unsatisfied = DossierSets.Unsatisfied54(at).Compile();
        var items = new List<Live766Item>(rows.Count);
        var unit22 = indicator == "2.2" ? await CatalogIndicators.Unit22Async(list.Rows, cancellationToken) : default;
        foreach (var row in rows)
        {
            var judgement = indicator is "2.1" or "5.4" ? await live.JudgeAsync(row, at, cancellationToken) : null;
            var counts = indicator == "2.1" ? judgement is not null && judgement.StatisticClass != OnTimeClass.Late : inNumerator(row);
            items.Add(new Live766Item(
                row.DossierId, row.Code, row.AgencyId, row.ProcedureCode, row.ReceivedAt, row.EndedAt, counts,
                indicator == "2.2"
                    ? WhyItCounts.Elapsed22(row.ReceivedAt!.Value, row.FinishedAt!.Value, unit22, await calendars.GetAsync(row.AgencyId, cancellationToken))
                    : WhyItCounts.Text(indicator, row.Figures(), judgement, at, indicator == "5.4" && unsatisfied(row), row.ElectronicResult, row.FeesRequested && row.PaidOnline),
                row.ResolvingAgencyId));
        }

        return items;
    }
}
