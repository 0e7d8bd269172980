using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Rollups;
using MotCua.Modules.Metrics.Rollups.Data;
using MotCua.Modules.Metrics.Scoring766;

namespace MotCua.Modules.Metrics.Live;

/// <summary>Where a chỉ số's figures come from.</summary>
internal enum Source766
{
    /// <summary>Counted from the dossiers' facts (MetricDossiers); the figures link to the dossiers behind them.</summary>
    Dossiers,

    /// <summary>Counted from the catalogue (procedure versions, decisions, online level).</summary>
    Catalog,

    /// <summary>Counted from the PAKN (Feedback's PetitionStatistics).</summary>
    Petitions,

    /// <summary>Entered by hand with evidence (nhập tay).</summary>
    Entered,

    /// <summary>Not computed: MotCua does not hold what it needs yet (chưa có dữ liệu).</summary>
    None,
}

/// <summary>The entry in force of an entered chỉ số (for the province: how many agencies' entries are summed).</summary>
internal sealed record EnteredView(Guid? Id, decimal Numerator, decimal Denominator, string? Note, string? EvidenceFileName, string? EnteredBy, DateTime? EnteredAt, int Agencies);

/// <summary>One chỉ số as shown: its score, where it comes from, and why it is missing when it is.</summary>
internal sealed record LiveIndicator(IndicatorDefinition Definition, IndicatorScore Score, Source766 Source, string? MissingReason, EnteredView? Entered)
{
    /// <summary>The tử số and mẫu số each stand for a list of dossiers (5.4's tử số is a difference, so only its mẫu số does).</summary>
    public bool NumeratorLinks => Source == Source766.Dossiers && !Score.IsMissing && Live766Items.CanDrill(Definition.Id, ItemSide.Numerator);

    public bool DenominatorLinks => Source == Source766.Dossiers && !Score.IsMissing && Live766Items.CanDrill(Definition.Id, ItemSide.Denominator);
}

/// <summary>A kỳ báo cáo's live Bộ chỉ số 766 for a scope: the formula set in force, its score, and each chỉ số's origin.</summary>
/// <see cref="Parts54"/>: chỉ số 5.4's three counts, which its tử số alone does not show (the what-if alters them).
internal sealed record Live766Result(
    FormulaSet Set, ReportPeriod Period, Scope766 Scope, Score766Result Score, IReadOnlyDictionary<string, LiveIndicator> Indicators, DateTime JudgedAt,
    Satisfaction54Parts? Parts54 = null, CatalogFigures? Catalog = null);

/// <summary>
/// Builds the <see cref="IndicatorInput"/>s of every chỉ số of the set in force for a period and scope (ADR-054): one SQL
/// aggregation per source — the dossiers' facts (grouped by a bit mask of the chỉ số each row counts in; the ended and judged
/// rows of clean buckets from the roll-ups, ADR-061), the catalogue, the
/// PAKN, the entered values — and the few open dossiers the stored verdicts cannot decide judged at the period
/// end with the agency's calendar. Figures are judged as of the period end, or now while the period runs.
/// </summary>
internal sealed class Live766(
    AppDbContext db, PetitionStatistics petitions, CalendarProvider calendars, DossierFacts dossiers,
    IOptions<MetricsOptions> options, TimeProvider clock, CatalogIndicators catalog)
{
    /// <summary>Chỉ số 1.2's deadline for a province: published within 5 working days of signing.</summary>
    // NĐ 63/2010 Điều 24 khoản 2 (am.): ≤ 5 working days after the provincial chairman signs (legal-rules §11) [V].
    public const int PublishWithinWorkingDays = 5;

    /// <summary>The set in force for the period's first day, or null before QĐ 766.</summary>
    public FormulaSet? SetFor(ReportPeriod period) => Set766.For(period.First, options.Value);

    /// <summary>The instant the period's figures are judged at: its end, or now while it runs.</summary>
    public DateTime JudgedAt(ReportPeriod period)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return period.EndUtc < now ? period.EndUtc : now;
    }

    public Task<Live766Result?> ComputeAsync(Scope766 scope, ReportPeriod period, CancellationToken cancellationToken) =>
        ComputeAsync(scope, period, fromRollups: true, cancellationToken);

    /// <summary>
    /// The result for the scope and period; <paramref name="fromRollups"/> false counts every dossier from its facts row, as
    /// the roll-ups' reconciliation compares (ADR-061).
    /// </summary>
    public async Task<Live766Result?> ComputeAsync(Scope766 scope, ReportPeriod period, bool fromRollups, CancellationToken cancellationToken)
    {
        if (SetFor(period) is not { } set)
        {
            return null;
        }

        var at = JudgedAt(period);
        var start = period.StartUtc;
        var inputs = new Dictionary<string, (IndicatorInput Input, Source766 Source)>();
        var reasons = new Dictionary<string, string>();
        var rows = await RowsAsync(scope, cancellationToken);
        var source1 = fromRollups ? await CountedAsync(rows, scope, period, at, cancellationToken) : RolledRows.FactsOnly(rows);

        // Source 1: the dossiers' facts, from the roll-ups where they hold them (ADR-061). 2.1 over the dossiers in hand in the period.
        var (onTime21, inHandTotal, receivedUndecidedLate) = await InHand21Async(source1, start, at, cancellationToken);
        Add("2.1", onTime21, inHandTotal, Source766.Dossiers);

        // 3.3, 4.1–4.3, 3.6, 5.4 and the 2026 full-online row over the dossiers received in the period.
        var offered = await OfferedAsync(scope, VietnamTime.LocalDate(at), cancellationToken);
        var received = PeriodMembership.Received(start, at);
        var byReception = await ReceivedFiguresAsync(source1, received, at, FullOnline(offered), cancellationToken);
        foreach (var input in byReception.Inputs)
        {
            inputs[input.Id] = (input, Source766.Dossiers);
        }

        // 5.4 = (received − overdue − rated not satisfied by the period end) / received, all from the facts rows.
        var (receivedTotal, unsatisfied) = (byReception.Received, byReception.Unsatisfied);
        var overdue = byReception.DecidedLate + receivedUndecidedLate;
        inputs["5.4"] = (IndicatorInput.Satisfaction54(receivedTotal, overdue, unsatisfied), Source766.Dossiers);

        // Source 3: the PAKN, counted once by first receipt, judged at the period end (ADR-046 §7).
        var scopedFacts = await PetitionsAsync(scope, period, cancellationToken);
        var counted = PetitionCounts.Of(scopedFacts, at);
        Add("5.2", counted.OnTime, counted.Received, Source766.Petitions);
        Add("5.3", counted.Received - counted.Unsatisfied, counted.Received, Source766.Petitions);

        // Source 2, after the PAKN whose 5.1 it counts: the catalogue (ADR-062) — 1.1, 1.2, 1.3, 3.1, 3.2, 3.4 and 3.5 from
        // the procedure lists behind them (the period's online dossiers and fees per procedure through the procedures'
        // roll-up where it holds them), 2.2 and 5.1.
        var figures = await catalog.ComputeAsync(scope, period, source1, received, scopedFacts, cancellationToken);
        foreach (var (id, value) in figures.Inputs)
        {
            inputs[id] = value;
        }

        foreach (var (id, reason) in figures.Reasons)
        {
            reasons[id] = reason;
        }

        // Source 4: the entered values (per agency; the province sums the agencies that entered).
        var entered = scope.IsNarrowed ? [] : await EnteredAsync(scope.Agencies, period, cancellationToken);
        foreach (var definition in set.Indicators.Where(i => i.IsEntered))
        {
            if (entered.TryGetValue(definition.Id, out var value))
            {
                inputs[definition.Id] = (new IndicatorInput(definition.Id, value.Numerator, value.Denominator), Source766.Entered);
            }
            else
            {
                reasons[definition.Id] = Text(scope.IsNarrowed ? "Missing_EnteredPerAgency" : "Missing_NotEntered");
            }
        }

        var used = inputs.Where(i => set.Find(i.Key) is not null).ToDictionary(i => i.Key, i => i.Value);
        var score = Score766.Compute(set, used.Values.Select(v => v.Input));
        var indicators = score.Indicators.ToDictionary(
            s => s.Id,
            s =>
            {
                var definition = set.Find(s.Id)!;
                var source = used.TryGetValue(s.Id, out var u) ? u.Source : definition.IsEntered ? Source766.Entered : Source766.None;
                return new LiveIndicator(definition, s, source, s.IsMissing ? reasons.GetValueOrDefault(s.Id) ?? Text("Missing_NoData") : null, entered.GetValueOrDefault(s.Id));
            });
        return new Live766Result(set, period, scope, score, indicators, at, new Satisfaction54Parts(receivedTotal, overdue, unsatisfied), figures);

        void Add(string id, decimal numerator, decimal denominator, Source766 source) => inputs[id] = (new IndicatorInput(id, numerator, denominator), source);
    }

    /// <summary>
    /// The size of a drill-down list (<see cref="Live766Items"/>) as the figure counts it, when the roll-ups answer it for the
    /// scope and period (province, cấp or agency on bucket boundaries, ADR-061); null otherwise — a field, a procedure or a
    /// custom range would count the facts rows, which is the list itself — and for 2.2, whose times the roll-ups do not keep.
    /// The list of each side is the very set the figure counts (<see cref="Live766Items"/>: the same predicates and verdicts).
    /// </summary>
    public async Task<int?> ListSizeAsync(Scope766 scope, ReportPeriod period, string indicator, ItemSide side, CancellationToken cancellationToken)
    {
        if (SetFor(period) is null || !Live766Items.CanDrill(indicator, side) || indicator == "2.2")
        {
            return null;
        }

        var at = JudgedAt(period);
        var counted = await CountedAsync(await RowsAsync(scope, cancellationToken), scope, period, at, cancellationToken);
        if (!counted.FromRollups)
        {
            return null;
        }

        if (indicator == "2.1")
        {
            var (onTime, inHand, _) = await InHand21Async(counted, period.StartUtc, at, cancellationToken);
            return side == ItemSide.Numerator ? onTime : inHand;
        }

        var fullOnline = indicator == "3.toan-trinh" ? FullOnline(await OfferedAsync(scope, VietnamTime.LocalDate(at), cancellationToken)) : null;
        var figures = await ReceivedFiguresAsync(counted, PeriodMembership.Received(period.StartUtc, at), at, fullOnline, cancellationToken);
        if (indicator == "5.4")
        {
            return figures.Received;
        }

        var input = figures.Inputs.Single(i => i.Id == indicator);
        return (int)(side == ItemSide.Numerator ? input.Numerator : input.Denominator);
    }

    /// <summary>
    /// 2.1 over the dossiers in hand in the period: those not late at <paramref name="at"/> (the stored verdicts, and the
    /// undecided ones judged with the agency's calendar) and all of them; and how many of the undecided judged late were
    /// received in the period (5.4's part). An undecided dossier received in the period is in hand in it — not ended before
    /// its reception, so not before the period start — or has no appointment, and then it is never judged late: the in-hand
    /// rows judged once serve both.
    /// </summary>
    private async Task<(int OnTime, int InHand, int ReceivedLate)> InHand21Async(RolledRows source, DateTime start, DateTime at, CancellationToken cancellationToken)
    {
        var inHand = PeriodMembership.InHand(start, at);
        var counts = await source.CountFlagsAsync(inHand, [PeriodMembership.DecidedLate(at), PeriodMembership.Undecided(at)], cancellationToken);
        var late = await JudgeUndecidedAsync(await source.UndecidedAmongAsync(inHand, at, cancellationToken), at, cancellationToken);
        var total = counts.Sum(c => c.Value);
        return (total - counts.Where(c => (c.Key & 1) != 0).Sum(c => c.Value) - late.Count, total, late.Count(m => m.ReceivedAt >= start));
    }

    /// <summary>
    /// The figures over the dossiers received in the period: 3.3, 4.1–4.3, 3.6 and — when <paramref name="fullOnline"/> (the
    /// codes offered toàn trình) is given — the 2026 full-online row; the received total, those decided late and those rated
    /// not satisfied by <paramref name="at"/> (5.4's parts, before its undecided rows are judged).
    /// </summary>
    private static async Task<ReceivedFigures> ReceivedFiguresAsync(
        RolledRows source, Expression<Func<MetricDossier, bool>> received, DateTime at, IReadOnlyList<string>? fullOnline, CancellationToken cancellationToken)
    {
        var counts = await source.CountFlagsAsync(received, [PeriodMembership.DecidedLate(at), DossierSets.Unsatisfied54(at)], cancellationToken);
        int Count(int bit) => counts.Where(c => (c.Key & (1 << bit)) != 0).Sum(c => c.Value);
        var total = counts.Sum(c => c.Value);
        var flags = await source.SumAsync(received, RolledFlag.All, cancellationToken);
        List<IndicatorInput> inputs =
        [
            new("3.3", flags[RolledFlag.Online33], total),
            new("4.1", flags[RolledFlag.ElectronicResult41], flags[RolledFlag.WithResult41]),
            new("4.2", flags[RolledFlag.Digitised42], total),
            new("4.3", flags[RolledFlag.Reused43], total),
            // §E puts 3.6 in the period of the processing start; processing starts when the desk receives (ngày tiếp nhận).
            new("3.6", flags[RolledFlag.PaidOnline36], flags[RolledFlag.WithFees36]),
        ];
        if (fullOnline is not null)
        {
            var full = await source.CountProcedureFlagsAsync(DossierSets.And(received, m => fullOnline.Contains(m.ProcedureCode)), [DossierSets.Online33()], cancellationToken);
            inputs.Add(new("3.toan-trinh", full.Where(c => (c.Key & 1) != 0).Sum(c => c.Value), full.Sum(c => c.Value)));
        }

        return new ReceivedFigures(inputs, total, Count(0), Count(1));
    }

    /// <summary>The codes of the procedures offered toàn trình (full online service).</summary>
    private static List<string> FullOnline(IReadOnlyList<OfferedProcedure> offered) =>
        [.. offered.Where(o => o.OnlineLevel == OnlineServiceLevel.Full).Select(o => o.Code).Distinct()];

    private sealed record ReceivedFigures(IReadOnlyList<IndicatorInput> Inputs, int Received, int DecidedLate, int Unsatisfied);

    /// <summary>1.2: the version published in the catalogue no later than 5 working days after its decision was signed.</summary>
    public static bool PublishedOnTime12(BusinessCalendar calendar, PublicationDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.PublishedAt is { } published && VietnamTime.LocalDate(published) <= CatalogIndicators.Deadline12(calendar, decision.DecisionDate);
    }

    /// <summary>The facts rows of the scope (every agency for the province).</summary>
    public async Task<IQueryable<MetricDossier>> RowsAsync(Scope766 scope, CancellationToken cancellationToken)
    {
        var rows = db.MetricDossiers.AsNoTracking();
        if (scope.AgencyId is { } agency)
        {
            rows = rows.CountedFor(agency);
        }
        else if (scope.LevelAgencies is { } agencies)
        {
            rows = rows.OfAgencies(agencies);
        }

        if (scope.ProcedureCode is { } code)
        {
            rows = rows.Where(m => m.ProcedureCode == code);
        }
        else if (scope.FieldId is { } field)
        {
            FieldCodes = [.. await new CatalogStatistics(db).CodesOfFieldAsync(field, cancellationToken)];
            var codes = FieldCodes.ToList();
            rows = rows.Where(m => codes.Contains(m.ProcedureCode));
        }

        return rows;
    }

    /// <summary>
    /// The scope's rows as the figures count them: the clean roll-up buckets and the facts rows they do not hold, when the
    /// scope is the province, a cấp or an agency and the period starts on a bucket boundary and ends on one or runs (ADR-061);
    /// otherwise (a custom range off the boundaries, a field, a procedure) every facts row.
    /// </summary>
    public async Task<RolledRows> CountedAsync(Scope766 scope, ReportPeriod period, CancellationToken cancellationToken) =>
        await CountedAsync(await RowsAsync(scope, cancellationToken), scope, period, JudgedAt(period), cancellationToken);

    private async Task<RolledRows> CountedAsync(IQueryable<MetricDossier> rows, Scope766 scope, ReportPeriod period, DateTime at, CancellationToken cancellationToken)
    {
        var buckets = new HalfMonthBuckets(options.Value.StatutoryCutOffDay);
        var onBoundaries = buckets.IsBoundary(period.StartUtc) && (at < period.EndUtc || buckets.IsBoundary(at));
        return !scope.IsNarrowed && onBoundaries
            ? await RolledRows.OfAsync(db, rows, scope.Agencies, buckets, cancellationToken)
            : RolledRows.FactsOnly(rows);
    }

    /// <summary>
    /// The PAKN of 5.1–5.3: first received in the period by the scope's agencies (received, held or timed there), narrowed to
    /// the scope's procedure or field — also the list 5.1's counts link to, so a count is its list's length (ADR-062 addendum).
    /// </summary>
    public async Task<IReadOnlyList<PetitionFact>> PetitionsAsync(Scope766 scope, ReportPeriod period, CancellationToken cancellationToken)
    {
        var facts = await petitions.FactsAsync(scope.Agencies, period.StartUtc, period.EndUtc, cancellationToken);
        if (!scope.IsNarrowed)
        {
            return facts;
        }

        if (scope.ProcedureCode is null && scope.FieldId is { } field && FieldCodes.Count == 0)
        {
            FieldCodes = [.. await new CatalogStatistics(db).CodesOfFieldAsync(field, cancellationToken)];
        }

        return [.. facts.Where(f => f.ProcedureCode is not null && (scope.ProcedureCode is { } code ? f.ProcedureCode == code : FieldCodes.Contains(f.ProcedureCode)))];
    }

    /// <summary>The procedure codes of the scope's field, once <see cref="RowsAsync"/> has read them.</summary>
    private HashSet<string> FieldCodes { get; set; } = [];

    /// <summary>
    /// The rows of <paramref name="population"/> the stored verdicts leave undecided (<see cref="PeriodMembership.Undecided"/>)
    /// that are late at <paramref name="at"/>, judged with each agency's calendar and the dossiers' own rules.
    /// </summary>
    public async Task<List<MetricDossier>> JudgeUndecidedAsync(IQueryable<MetricDossier> population, DateTime at, CancellationToken cancellationToken)
    {
        var late = new List<MetricDossier>();
        foreach (var row in await population.Where(PeriodMembership.Undecided(at)).ToListAsync(cancellationToken))
        {
            if ((await JudgeAsync(row, at, cancellationToken))?.StatisticClass == OnTimeClass.Late)
            {
                late.Add(row);
            }
        }

        return late;
    }

    /// <summary>
    /// One row's verdicts at <paramref name="at"/> (null when it cannot be judged: not received or no appointment), from its
    /// figures as they stood then — the appointment in force and the supplements at <paramref name="at"/> (ADR-064).
    /// </summary>
    public async Task<DossierJudgement?> JudgeAsync(MetricDossier row, DateTime at, CancellationToken cancellationToken) =>
        dossiers.Judge(row.Figures(at), await calendars.GetAsync(row.AgencyId, cancellationToken), at.AsInstant());

    /// <summary>
    /// The procedures in force on <paramref name="day"/> the scope offers (the catalogue's answer per agency, for a cấp each of
    /// its agencies' answers together).
    /// </summary>
    public async Task<IReadOnlyList<OfferedProcedure>> OfferedAsync(Scope766 scope, DateOnly day, CancellationToken cancellationToken) =>
        scope.LevelAgencies is { } agencies
            ? await EachAgencyAsync(agencies, agency => new CatalogStatistics(db).OfferedAsync(agency, scope.FieldId, scope.ProcedureCode, day, cancellationToken))
            : await new CatalogStatistics(db).OfferedAsync(scope.AgencyId, scope.FieldId, scope.ProcedureCode, day, cancellationToken);

    /// <summary>The catalogue's answers for each agency of a cấp, without repeats (a procedure two agencies take part in once).</summary>
    private static async Task<IReadOnlyList<T>> EachAgencyAsync<T>(IReadOnlyList<Guid> agencies, Func<Guid, Task<IReadOnlyList<T>>> read)
    {
        var all = new List<T>();
        foreach (var agency in agencies)
        {
            all.AddRange(await read(agency));
        }

        return [.. all.Distinct()];
    }

    /// <summary>
    /// The entered values in force for the period: one agency's; for the province (<paramref name="agencies"/> null) or a cấp
    /// the sums of the tử số and mẫu số the agencies entered, with how many agencies entered.
    /// </summary>
    public async Task<Dictionary<string, EnteredView>> EnteredAsync(IReadOnlyList<Guid>? agencies, ReportPeriod period, CancellationToken cancellationToken)
    {
        var current = db.EnteredIndicatorValues.AsNoTracking()
            .Where(e => e.ReplacedAt == null && e.PeriodFirst == period.First && e.PeriodLast == period.Last);
        if (agencies is [var agency])
        {
            return await current.Where(e => e.AgencyId == agency)
                .ToDictionaryAsync(
                    e => e.IndicatorId,
                    e => new EnteredView(e.Id, e.Numerator, e.Denominator, e.Note, e.EvidenceFileName, e.EnteredByName, e.EnteredAt, 1),
                    cancellationToken);
        }

        if (agencies is not null)
        {
            current = current.Where(e => agencies.Contains(e.AgencyId));
        }

        // SQLite has no SUM over decimals (stored as text): the few rows of a period are summed here.
        var all = await current.Select(e => new { e.IndicatorId, e.Numerator, e.Denominator }).ToListAsync(cancellationToken);
        return all.GroupBy(e => e.IndicatorId)
            .ToDictionary(g => g.Key, g => new EnteredView(null, g.Sum(e => e.Numerator), g.Sum(e => e.Denominator), null, null, null, null, g.Count()));
    }

    /// <summary>How many rows of <paramref name="rows"/> fall in each combination of <paramref name="predicates"/> (bit i = predicate i).</summary>
    public static async Task<Dictionary<int, int>> CountFlagsAsync(
        IQueryable<MetricDossier> rows, Expression<Func<MetricDossier, bool>>[] predicates, CancellationToken cancellationToken) =>
        await rows.GroupBy(DossierSets.Flags(predicates)).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    private static string Text(string name) => Common.Localization.ResourceText.Get<Live766Text>(name);
}
