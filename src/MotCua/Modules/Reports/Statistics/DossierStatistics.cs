using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Statistics;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Reports.Statistics;

/// <summary>A row of a counted statistics table: its key in links (field code or agency id) and label.</summary>
internal sealed record StatisticsRowKey(string Key, string Label);

/// <summary>A statistics table counted from the facts, with the key of each row (same order as <see cref="StatisticsTable.Rows"/>).</summary>
internal sealed record StatisticsReport(StatisticsCriteria Criteria, ResolvedRule Rule, StatisticsTable Table, IReadOnlyList<StatisticsRowKey> RowKeys)
{
    /// <summary>No dossier counts in the period and scope.</summary>
    public bool IsEmpty => Table.Rows.Count == 0;
}

/// <summary>An agency the user may choose.</summary>
internal sealed record StatisticsAgency(Guid Id, string Name);

/// <summary>One dossier behind a figure, with why it counts there.</summary>
internal sealed record StatisticsDossier(Guid DossierId, string? Code, string ProcedureCode, DateTime ReceivedAt, DateTime? DueAt, DateTime? EndedAt, string Reason);

/// <summary>
/// One page of the dossiers behind a cell, newest reception first, read by key (ADR-048, ADR-065); <see cref="Total"/> is the
/// cell's figure, known from the table's count, so the list is never counted.
/// </summary>
internal sealed record StatisticsCellPage(string RowLabel, StatisticsColumn Column, long Total, int PageNumber, int PageSize, IReadOnlyList<StatisticsDossier> Rows, bool HasPrevious = false, bool HasNext = false)
{
    /// <summary>The first row's dossier: the key of the previous page.</summary>
    public Guid? FirstId => Rows.Count > 0 ? Rows[0].DossierId : null;

    /// <summary>The last row's dossier: the key of the next page.</summary>
    public Guid? LastId => Rows.Count > 0 ? Rows[^1].DossierId : null;
}

/// <summary>Where a page of the dossiers behind a cell starts: the first page, or after / before the dossier <see cref="Key"/>; <see cref="PageNumber"/> only numbers it.</summary>
internal sealed record StatisticsCursor(KeyStep Step, Guid? Key, int PageNumber)
{
    public static readonly StatisticsCursor First = new(KeyStep.First, null, 1);
}

/// <summary>
/// The dossier statistics table (Biểu 06a and the detailed layout; ADR-052, ADR-053) counted from the facts
/// (<see cref="MetricFacts"/>) in one grouped query: each dossier of the scope received by the period end and not ended
/// before its start is reduced in SQL to its tally — carried over, channel, state and legal time class at the period end,
/// apology — and the database counts the dossiers per (agency, procedure version, tally). The layout's own
/// <see cref="StatisticsLayout.Classify"/> then adds those counts to the columns, so the figures follow the same rule as
/// <see cref="StatisticsTable.Count"/> over single dossiers. Open dossiers are judged at the period end here (ADR-049).
/// </summary>
internal sealed class DossierStatistics(
    AppDbContext db, IAgencyScope scope, PublishedProcedures procedures, StatisticsRowKeys rowKeys, IOptions<MetricsOptions> options, TimeProvider clock,
    CalendarProvider calendars, DossierFacts dossiers, MetricStatistics statistics)
{
    /// <summary>Rows per page of the dossiers behind a figure.</summary>
    public const int PageSize = 50;

    /// <summary>The most dossiers one .xlsx of the dossiers behind a figure holds.</summary>
    public const int ExportLimit = 20_000;

    /// <summary>Province-wide officers choose any agency or the whole province; everyone else reads their own agency.</summary>
    public bool CanChooseAgency => scope.IsProvinceWide;

    public ResolvedRule Rule => options.Value.ResolvedRule;

    public async Task<IReadOnlyList<StatisticsAgency>> AgenciesAsync(CancellationToken cancellationToken) =>
        await OrganizationDirectory.Of(db).Agencies.OrderBy(a => a.Code).Select(a => new StatisticsAgency(a.Id, a.Name)).ToListAsync(cancellationToken);

    /// <summary>
    /// The table asked for, or the failures that say why not (Vietnamese, each on its query field). An agency the user may
    /// not read gives the failure with source <c>AgencyNotYours</c>.
    /// </summary>
    public async Task<(StatisticsCriteria? Criteria, IReadOnlyList<RuleFailure> Failures)> OpenAsync(StatisticsQuery query, CancellationToken cancellationToken)
    {
        var failures = new List<RuleFailure>();
        var calendar = StatisticsQueryReading.Calendar(query.Lich, options.Value.StatutoryCutOffDay, failures);
        var period = calendar is null ? null : StatisticsQueryReading.Period(query, calendar.Value, VietnamTime.Today(clock), failures);
        var layout = StatisticsQueryReading.Layout(query.Layout, failures);
        var grouping = StatisticsQueryReading.Grouping(query.Group, failures);
        var (agencyId, scopeName) = await AgencyAsync(query.Agency, failures, cancellationToken);
        var procedure = await ProcedureAsync(query.Procedure, failures, cancellationToken);
        return failures.Count > 0 || period is null || layout is null || grouping is null || scopeName is null
            ? (null, failures)
            : (new StatisticsCriteria(period, layout, grouping.Value, agencyId, scopeName, procedure, query), []);
    }

    /// <summary>The agency a printed table is headed with (its parent as governing body); the whole province by its scope name.</summary>
    public async Task<StatisticsIssuer> IssuerAsync(StatisticsCriteria criteria, CancellationToken cancellationToken) =>
        criteria.AgencyId is { } id
            ? await OrganizationDirectory.Of(db).Agencies
                .Where(a => a.Id == id)
                .Select(a => new StatisticsIssuer(a.Parent != null ? a.Parent.Name : null, a.Name))
                .SingleAsync(cancellationToken)
            : new StatisticsIssuer(null, criteria.ScopeName);

    /// <summary>The table: rows in label order, each with its key, the total row computed from them.</summary>
    public Task<StatisticsReport> ReportAsync(StatisticsCriteria criteria, CancellationToken cancellationToken) => ReportAsync(criteria, fromRollups: true, cancellationToken);

    /// <summary>The table; <paramref name="fromRollups"/> false counts every dossier from its facts row, as the roll-up's reconciliation compares (ADR-065).</summary>
    public async Task<StatisticsReport> ReportAsync(StatisticsCriteria criteria, bool fromRollups, CancellationToken cancellationToken)
    {
        var source = await RowsAsync(criteria, fromRollups, cancellationToken);
        var counted = await CountAsync(criteria, source, await MovedAfterEndAsync(criteria, source, cancellationToken), cancellationToken);
        var rows = counted
            .GroupBy(c => c.Row)
            .OrderBy(g => g.Key.Label, StringComparer.CurrentCulture)
            .ThenBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Values: Sum(criteria.Layout, Rule, g.Select(c => (c.Tally, c.Count)))))
            .ToList();
        var table = StatisticsTable.Of(criteria.Layout, criteria.Grouping, [.. rows.Select(r => new StatisticsRow(r.Key.Label, [.. r.Values]))]);
        return new StatisticsReport(criteria, Rule, table, [.. rows.Select(r => r.Key)]);
    }

    /// <summary>
    /// A page of the dossiers counted in column <paramref name="column"/> of row <paramref name="rowKey"/> (null: the total
    /// row), newest reception first from <paramref name="cursor"/> (a key no longer in the cell starts again at the first
    /// page), each with why it counts; or the failures on <c>row</c>/<c>col</c>.
    /// </summary>
    public async Task<(StatisticsCellPage? Page, IReadOnlyList<RuleFailure> Failures)> CellAsync(
        StatisticsCriteria criteria, string? rowKey, int column, StatisticsCursor cursor, CancellationToken cancellationToken, int pageSize = PageSize)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var (label, heading, total, atoms, moved, failures) = await CellAtomsAsync(criteria, rowKey, column, cancellationToken);
        if (heading is null)
        {
            return (null, failures);
        }

        if (atoms is null)
        {
            return (new StatisticsCellPage(label, heading, total, 1, pageSize, []), []);
        }

        var anchor = cursor.Key is { } key
            ? await atoms.Where(a => a.DossierId == key).Select(a => (DateTime?)a.ReceivedAt).FirstOrDefaultAsync(cancellationToken) is { } at ? (at, key) : ((DateTime, Guid)?)null
            : null;
        var page = await Paging.ReadByKeyAsync(
            anchor is null ? KeyStep.First : cursor.Step, cursor.PageNumber, pageSize, (step, take) => Batch(atoms, step == KeyStep.Before, anchor).Take(take).ToListAsync(cancellationToken));
        return (new StatisticsCellPage(label, heading, total, page.PageNumber, pageSize, [.. page.Rows.Select(a => WithReason(criteria, moved, a))], page.HasPrevious, page.HasNext), []);
    }

    /// <summary>Every dossier of the cell, up to <see cref="ExportLimit"/>; null rows when there are more.</summary>
    public async Task<(StatisticsCellPage? Page, IReadOnlyList<RuleFailure> Failures)> CellExportAsync(
        StatisticsCriteria criteria, string? rowKey, int column, CancellationToken cancellationToken)
    {
        var (label, heading, total, atoms, moved, failures) = await CellAtomsAsync(criteria, rowKey, column, cancellationToken);
        if (heading is null)
        {
            return (null, failures);
        }

        if (total > ExportLimit)
        {
            return (null, [StatisticsQueryReading.Problem("col", "TooMany", total, ExportLimit)]);
        }

        var rows = atoms is null ? [] : (await InOrder(atoms).ToListAsync(cancellationToken)).Select(a => WithReason(criteria, moved, a)).ToList();
        return (new StatisticsCellPage(label, heading, total, 1, Math.Max(1, rows.Count), rows), []);
    }

    private async Task<(string Label, StatisticsColumn? Column, long Total, IQueryable<TallyFact>? Atoms, MovedAfterEnd Moved, IReadOnlyList<RuleFailure> Failures)> CellAtomsAsync(
        StatisticsCriteria criteria, string? rowKey, int column, CancellationToken cancellationToken)
    {
        var heading = criteria.Layout.Columns.FirstOrDefault(c => c.Number == column);
        if (heading is null)
        {
            return ("", null, 0, null, MovedAfterEnd.None, [StatisticsQueryReading.Problem("col", "Column", criteria.Layout.Columns[0].Number, criteria.Layout.Columns[^1].Number)]);
        }

        var source = await RowsAsync(criteria, fromRollups: true, cancellationToken);
        var moved = await MovedAfterEndAsync(criteria, source, cancellationToken);
        var counted = await CountAsync(criteria, source, moved, cancellationToken);
        var inRow = string.IsNullOrWhiteSpace(rowKey) ? counted : counted.Where(c => c.Row.Key == rowKey.Trim()).ToList();
        var label = string.IsNullOrWhiteSpace(rowKey) ? Common.Localization.ResourceText.Get<MetricsText>("Row_Total") : inRow.FirstOrDefault()?.Row.Label;
        if (label is null)
        {
            return ("", null, 0, null, moved, [StatisticsQueryReading.Problem("row", "Row")]);
        }

        var matching = inRow.Where(c => criteria.Layout.Classify(c.Tally, Rule).Contains(column)).ToList();
        var total = matching.Sum(c => (long)c.Count);
        return matching.Count == 0 ? (label, heading, 0, null, moved, []) : (label, heading, total, Facts(criteria, source, moved).Where(Matching(matching)), moved, []);
    }

    /// <summary>The tallies of the scope with their counts: from the roll-up's clean buckets and the facts rows (<see cref="StatisticsRows.CountAsync"/>).</summary>
    private async Task<List<CountedTally>> CountAsync(StatisticsCriteria criteria, StatisticsRows source, MovedAfterEnd moved, CancellationToken cancellationToken)
    {
        var groups = await source.CountAsync(moved.Awaiting, moved.Late, moved.Apologised, cancellationToken);
        var versions = await rowKeys.OfVersionsAsync(groups.Select(g => g.VersionId), cancellationToken);
        var agencies = criteria.Grouping == StatisticsGrouping.Unit
            ? await AgencyNamesAsync(groups.Select(g => g.AgencyId).Distinct().ToList(), cancellationToken)
            : [];
        return [.. groups.Select(g =>
        {
            var field = versions[g.VersionId];
            var row = criteria.Grouping == StatisticsGrouping.Unit
                ? new StatisticsRowKey(g.AgencyId.ToString(), agencies.GetValueOrDefault(g.AgencyId, g.AgencyId.ToString()))
                : new StatisticsRowKey(field.FieldCode, field.FieldName);
            var tally = new DossierTally((DossierTallyState)g.State, (OnTimeClass)g.Time, g.Channel, g.CarriedOver, field.OnlineLevel, g.Apologised);
            return new CountedTally(row, g.AgencyId, g.VersionId, tally, g.Count);
        })];
    }

    /// <summary>The facts of the scope that the table counts, each reduced to its tally at the period end (<see cref="StatisticsRows.Tally"/>).</summary>
    private static IQueryable<TallyFact> Facts(StatisticsCriteria criteria, StatisticsRows source, MovedAfterEnd moved) =>
        source.Scoped.Select(StatisticsRows.Tally(criteria.Period.StartUtc, criteria.Period.EndUtc, moved.Awaiting, moved.Late, moved.Apologised));

    /// <summary>The rows the table of <paramref name="criteria"/> counts (the agency's competent agency's, narrowed to the procedure).</summary>
    private Task<StatisticsRows> RowsAsync(StatisticsCriteria criteria, bool fromRollups, CancellationToken cancellationToken) =>
        statistics.RowsAsync(criteria.AgencyId, criteria.ProcedureCode, criteria.Period.StartUtc, criteria.Period.EndUtc, fromRollups, cancellationToken);

    /// <summary>
    /// The dossiers of a past period whose appointment moved, whose supplement was completed or who were apologised for after
    /// its end (<see cref="DossierFact.ChangedAt"/>; ADR-064, ADR-066): their stored appointment, supplement and apologies are
    /// not those of the period end, so their figures as they stood then are read
    /// (<see cref="MetricFacts.FiguresAsync"/>) and judged at the end by the dossiers' rule (<see cref="DossierFacts.Judge"/>,
    /// on the receiving agency's calendar). None for a period not ended yet. They are few: an extension, a completed
    /// supplement or an apology after the end of a period the dossier counted in.
    /// </summary>
    private async Task<MovedAfterEnd> MovedAfterEndAsync(StatisticsCriteria criteria, StatisticsRows source, CancellationToken cancellationToken)
    {
        var end = criteria.Period.EndUtc;
        if (end > clock.GetUtcNow().UtcDateTime)
        {
            return MovedAfterEnd.None;
        }

        var ids = await source.Changed.Select(f => f.DossierId).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return MovedAfterEnd.None;
        }

        var moved = new MovedAfterEnd([], [], [], []);
        foreach (var figures in await MetricFacts.Of(db).FiguresAsync(ids, end, cancellationToken))
        {
            var judgement = dossiers.Judge(figures, await calendars.GetAsync(figures.AgencyId, cancellationToken), end.AsInstant());
            // NĐ 61/2018 Điều 19 khoản 4: a supplement requested by the end and completed after it was awaited at the end.
            if (figures.PendingSupplementSince is not null)
            {
                moved.Awaiting.Add(figures.DossierId);
            }

            if (judgement?.LegalClass == OnTimeClass.Late)
            {
                moved.Late.Add(figures.DossierId);
            }

            if (figures.ApologyCount > 0)
            {
                moved.Apologised.Add(figures.DossierId);
            }

            moved.Figures[figures.DossierId] = figures;
        }

        return moved;
    }

    /// <summary>The facts whose tally is one of <paramref name="matching"/>'s (of the same agency and version).</summary>
    private static Expression<Func<TallyFact, bool>> Matching(IReadOnlyList<CountedTally> matching)
    {
        var fact = Expression.Parameter(typeof(TallyFact), "f");
        Expression? any = null;
        foreach (var same in matching.GroupBy(m => (m.Tally.CarriedOver, m.Tally.Channel, m.Tally.State, m.Tally.Time, m.Tally.ApologyIssued)))
        {
            var (carried, channel, state, time, apologised) = same.Key;
            var agencies = same.Select(m => m.AgencyId).Distinct().ToList();
            var versions = same.Select(m => m.VersionId).Distinct().ToList();
            var test = new Expression[]
            {
                Equal(fact, nameof(TallyFact.CarriedOver), carried),
                Equal(fact, nameof(TallyFact.Channel), channel),
                Equal(fact, nameof(TallyFact.State), (int)state),
                Equal(fact, nameof(TallyFact.Time), (int)time),
                Equal(fact, nameof(TallyFact.Apologised), apologised),
                In(fact, nameof(TallyFact.AgencyId), agencies),
                In(fact, nameof(TallyFact.VersionId), versions),
            }.Aggregate(Expression.AndAlso);
            any = any is null ? test : Expression.OrElse(any, test);
        }

        return Expression.Lambda<Func<TallyFact, bool>>(any ?? Expression.Constant(false), fact);
    }

    private static BinaryExpression Equal<T>(ParameterExpression fact, string member, T value) =>
        Expression.Equal(Expression.Property(fact, member), Expression.Constant(value, typeof(T)));

    private static MethodCallExpression In(ParameterExpression fact, string member, List<Guid> values) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], Expression.Constant(values), Expression.Property(fact, member));

    /// <summary>The list's order: the newest reception first, the dossier's id breaking ties (the facts' reception indexes give it, M0052).</summary>
    private static IQueryable<TallyFact> InOrder(IQueryable<TallyFact> facts) => facts.OrderByDescending(f => f.ReceivedAt).ThenByDescending(f => f.DossierId);

    /// <summary>The rows after <paramref name="from"/> in the list's order, or before it nearest first (<paramref name="newer"/>).</summary>
    private static IQueryable<TallyFact> Batch(IQueryable<TallyFact> facts, bool newer, (DateTime ReceivedAt, Guid Id)? from)
    {
        if (from is not var (at, id))
        {
            return InOrder(facts);
        }

        // The first condition bounds the index range; the second breaks ties on the reception instant by the id.
        return newer
            ? facts.Where(f => f.ReceivedAt >= at && (f.ReceivedAt > at || f.DossierId.CompareTo(id) > 0)).OrderBy(f => f.ReceivedAt).ThenBy(f => f.DossierId)
            : InOrder(facts.Where(f => f.ReceivedAt <= at && (f.ReceivedAt < at || f.DossierId.CompareTo(id) < 0)));
    }

    private static long[] Sum(StatisticsLayout layout, ResolvedRule rule, IEnumerable<(DossierTally Tally, int Count)> tallies)
    {
        var values = new long[layout.Columns.Count];
        foreach (var (tally, count) in tallies)
        {
            foreach (var column in layout.Classify(tally, rule))
            {
                values[column - StatisticsLayout.FirstNumericColumn] += count;
            }
        }

        return values;
    }

    /// <summary>The dossier with why it counts; one judged as it stood at the period end shows the appointment and the supplement of then.</summary>
    private static StatisticsDossier WithReason(StatisticsCriteria criteria, MovedAfterEnd moved, TallyFact fact)
    {
        if (moved.Figures.TryGetValue(fact.DossierId, out var then))
        {
            fact = fact with { DueAt = then.DueAt, PendingSupplementSince = then.PendingSupplementSince };
        }

        return new(fact.DossierId, fact.Code, fact.ProcedureCode, fact.ReceivedAt, fact.DueAt, fact.EndedAt, StatisticsReasons.Of(criteria.Period, fact));
    }

    private async Task<Dictionary<Guid, string>> AgencyNamesAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        await OrganizationDirectory.Of(db).Agencies.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);

    private async Task<(Guid? Id, string? Name)> AgencyAsync(string? requested, List<RuleFailure> failures, CancellationToken cancellationToken)
    {
        Guid id;
        if (string.IsNullOrWhiteSpace(requested))
        {
            if (scope.IsProvinceWide)
            {
                return (null, Common.Localization.ResourceText.Get<ReportsText>("Scope_Province"));
            }

            if (scope.AgencyId is not { } own)
            {
                failures.Add(StatisticsQueryReading.Problem(StatisticsQuery.AgencyField, "AgencyNone"));
                return (null, null);
            }

            id = own;
        }
        else if (!Guid.TryParse(requested.Trim(), out id))
        {
            failures.Add(StatisticsQueryReading.Problem(StatisticsQuery.AgencyField, "AgencyUnknown"));
            return (null, null);
        }

        if (!scope.CanAccessAgency(id))
        {
            failures.Add(StatisticsQueryReading.Problem(StatisticsQuery.AgencyField, "AgencyNotYours"));
            return (null, null);
        }

        var name = await OrganizationDirectory.Of(db).Agencies.Where(a => a.Id == id).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            failures.Add(StatisticsQueryReading.Problem(StatisticsQuery.AgencyField, "AgencyUnknown"));
        }

        return (id, name);
    }

    private async Task<string?> ProcedureAsync(string? requested, List<RuleFailure> failures, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return null;
        }

        var code = requested.Trim();
        if (code.Length > StatisticsQuery.MaxProcedureLength || (await procedures.VersionsAsync(code, cancellationToken)).Count == 0)
        {
            failures.Add(StatisticsQueryReading.Problem(StatisticsQuery.ProcedureField, "ProcedureUnknown"));
            return null;
        }

        return code;
    }

    private sealed record CountedTally(StatisticsRowKey Row, Guid AgencyId, Guid VersionId, DossierTally Tally, int Count);

    /// <summary>The dossiers judged as they stood at a past period end (<see cref="MovedAfterEndAsync"/>): awaiting a supplement then, late then, their figures then, apologised for by then.</summary>
    private sealed record MovedAfterEnd(List<Guid> Awaiting, List<Guid> Late, Dictionary<Guid, DossierFigures> Figures, List<Guid> Apologised)
    {
        public static MovedAfterEnd None { get; } = new([], [], [], []);
    }
}
