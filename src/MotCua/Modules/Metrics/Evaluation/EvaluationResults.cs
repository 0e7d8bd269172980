using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>Why a unit-level indicator has no score, or what its score stands on.</summary>
internal enum IndicatorNote
{
    None,

    /// <summary>Chỉ số 5: the agency has not kept its one-stop list (Catalog, ADR-063), or its level is not one the text names.</summary>
    NotRecorded,

    /// <summary>Chỉ số 6: no posting at the premises declared for the procedures; electronic publication only (ADR-063).</summary>
    ElectronicOnly,

    /// <summary>No dossier, procedure or PAKN in the period.</summary>
    NoData,
}

/// <summary>An evaluated dossier with the ratings counted for the period (<see cref="EvaluationResults.RatedBy"/>).</summary>
internal sealed record RatedDossier(
    Guid DossierId, Guid ResolvingAgencyId, string? Code, string ProcedureCode, DateTime? EndedAt, short? RatingTime, short? RatingContacts, short? RatingAgencies, short? RatingAttitude);

/// <summary>A unit-level indicator's figure with its note.</summary>
internal sealed record UnitIndicator(IndicatorFigure Figure, IndicatorNote Note);

/// <summary>A unit's (cơ quan, đơn vị) result for a period: its dossiers, the nine indicators, the total and rating, its place.</summary>
internal sealed record UnitResult(Guid AgencyId, string AgencyName, int Dossiers, IReadOnlyList<UnitIndicator> Indicators, UnitEvaluation? Evaluation)
{
    public decimal? Total => Evaluation?.Total.Total;
}

/// <summary>An officer's result for a period: the dossiers they handled a step of, indicators 1, 2, 3, 4, 7, the total and band.</summary>
internal sealed record OfficerResult(
    Guid OfficerId, string Name, Guid AgencyId, string AgencyName, Guid? UnitId, string? UnitName, int Dossiers, IReadOnlyList<IndicatorFigure> Indicators, OfficerEvaluation? Evaluation)
{
    public decimal? Total => Evaluation?.Total.Total;
}

/// <summary>Whose officers a reader sees (ADR-058): none, one officer, a unit's, an agency's, or every agency's.</summary>
internal sealed record OfficerFilter(bool All, Guid? AgencyId, Guid? UnitId, Guid? OfficerId)
{
    public static readonly OfficerFilter None = new(false, null, null, null);

    public bool Any => All || AgencyId is not null || OfficerId is not null;
}

/// <summary>The TT 01/2018 results of a period: the units ranked, and the officers the reader may see ranked.</summary>
internal sealed record EvaluationReport(ReportPeriod Period, DateTime JudgedAt, IReadOnlyList<Ranked<UnitResult>> Units, IReadOnlyList<Ranked<OfficerResult>> Officers)
{
    /// <summary>The day whose one-stop lists chỉ số 5 and 6 read (danh mục áp dụng tại ngày …, ADR-066).</summary>
    public DateOnly OneStopListOn { get; init; }
}

/// <summary>
/// Computes the TT 01/2018/TT-VPCP Chương III evaluation of a period from the facts (ADR-058): the dossiers that ended in
/// the period with a result or a refusal (MetricDossiers: ratings for chỉ số 1, 3, 4, 7), their steps (MetricDossierSteps:
/// chỉ số 2), the catalogue's facts (MetricProcedureVersions: chỉ số 6 and 9's procedures), the PAKN (Feedback's
/// PetitionStatistics: chỉ số 8), the dossiers received in the period (chỉ số 9) and the agency's one-stop list (Catalog's
/// OneStopLists: chỉ số 5 and the posting of chỉ số 6, ADR-063).
/// </summary>
internal sealed class EvaluationResults(AppDbContext db, PetitionStatistics petitions, IOptions<MetricsOptions> options, TimeProvider clock)
{
    private EvaluationOptions Options => options.Value.Evaluation;

    /// <summary>The instant the period is judged at: its end, or now while it runs.</summary>
    public DateTime JudgedAt(ReportPeriod period)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return period.EndUtc < now ? period.EndUtc : now;
    }

    /// <summary>
    /// The instant whose one-stop lists a period judged at <paramref name="at"/> reads (<see cref="EvaluationOptions.OneStopListDay"/>):
    /// the period's last instant (now while it runs) or its start.
    /// </summary>
    // TT 01/2018/TT-VPCP Điều 13–14 name no day of the period for chỉ số 5 and 6: a setting, the period's end by default (ADR-066).
    public DateTime OneStopListAt(ReportPeriod period, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Options.OneStopListDay == OneStopListDay.PeriodStart ? period.StartUtc : at.AddTicks(-1);
    }

    /// <summary>The active agencies by name, for the province roles' choice.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AgenciesAsync(CancellationToken cancellationToken) =>
        [.. (await OrganizationDirectory.Of(db).Agencies.Where(a => a.IsActive).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.Name))];

    /// <summary>An officer's full name, or null for an unknown id.</summary>
    public async Task<string?> OfficerNameAsync(Guid officerId, CancellationToken cancellationToken) =>
        await OrganizationDirectory.Of(db).Accounts.Where(u => u.Id == officerId).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The units of <paramref name="agencyIds"/> (every active agency when null) and the officers <paramref name="officers"/> lets through.</summary>
    public async Task<EvaluationReport> ComputeAsync(IReadOnlyCollection<Guid>? agencyIds, ReportPeriod period, OfficerFilter officers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(officers);
        var at = JudgedAt(period);
        var agencies = await OrganizationDirectory.Of(db).Agencies.Where(a => a.IsActive && (agencyIds == null || agencyIds.Contains(a.Id)))
            .Select(a => new { a.Id, a.Name, LevelCode = a.Level!.Code }).ToListAsync(cancellationToken);
        var agencyIdList = agencies.Select(a => a.Id).ToList();
        var ended = Ended(period.StartUtc, at);
        var dossiers = await RatedBy(ended.OfAgencies(agencyIdList), period.EndUtc).ToListAsync(cancellationToken);
        var steps = await RowsAsync(StepsOf(ended).Where(s => agencyIdList.Contains(s.AgencyId)), cancellationToken);
        var stepsByDossier = steps.ToLookup(s => s.DossierId);

        var units = new List<UnitResult>();
        foreach (var agency in agencies)
        {
            var own = dossiers.Where(d => d.ResolvingAgencyId == agency.Id)
                .Select(d => new EvaluatedDossier(d.DossierId, d.RatingTime, d.RatingContacts, d.RatingAgencies, d.RatingAttitude,
                    [.. stepsByDossier[d.DossierId].Where(s => s.AgencyId == agency.Id).Select(s => s.Class!.Value)]))
                .ToList();
            var figures = EvaluationAggregation.Dossiers(own, Options).Select(f => new UnitIndicator(f, f.Points is null ? IndicatorNote.NoData : IndicatorNote.None)).ToList();
            figures.AddRange(await UnitLevelAsync(agency.Id, agency.LevelCode, period, at, cancellationToken));
            figures.Sort((a, b) => a.Figure.Indicator.CompareTo(b.Figure.Indicator));
            var scores = EvaluationAggregation.Scores(figures.Select(f => f.Figure));
            units.Add(new UnitResult(agency.Id, agency.Name, own.Count, figures, EvaluationScore.Unit(scores, Options.ExcludedIndicatorBands)));
        }

        List<OfficerResult> officerResults = [];
        if (officers.Any)
        {
            // An officer's steps on another agency's dossiers (liên thông) count too: their ratings are read with them.
            var ratings = dossiers.ToDictionary(d => d.DossierId, d => (d.RatingTime, d.RatingContacts, d.RatingAgencies, d.RatingAttitude));
            var others = steps.Select(s => s.DossierId).Where(id => !ratings.ContainsKey(id)).Distinct().ToList();
            foreach (var r in await RatedBy(ended.Where(m => others.Contains(m.DossierId)), period.EndUtc).ToListAsync(cancellationToken))
            {
                ratings[r.DossierId] = (r.RatingTime, r.RatingContacts, r.RatingAgencies, r.RatingAttitude);
            }

            officerResults = await OfficersAsync(ratings, steps, officers, cancellationToken);
        }

        return new EvaluationReport(
            period, at,
            EvaluationAggregation.Rank(units, u => u.Total, u => u.AgencyName),
            EvaluationAggregation.Rank(officerResults, o => o.Total, o => o.Name))
        {
            OneStopListOn = VietnamTime.LocalDate(OneStopListAt(period, at)),
        };
    }

    /// <summary>The dossiers the evaluation of a period reads: ended in it with a result or a refusal (withdrawn and stopped dossiers are not evaluated).</summary>
    // TT 01/2018/TT-VPCP Điều 15: đánh giá theo quý, năm the dossiers settled (giải quyết) in the period [R, ADR-058].
    public IQueryable<Metrics.Data.MetricDossier> Ended(DateTime start, DateTime end) =>
        db.MetricDossiers.AsNoTracking().Where(m => m.EndedAt >= start && m.EndedAt < end && m.Outcome != null);

    /// <summary>
    /// The dossiers with the TT 01/2018 ratings (chỉ số 1, 3, 4, 7) given before <paramref name="end"/>, the period's end
    /// (while it runs, every rating given so far); a rating given later reads as none (ADR-066 addendum).
    /// </summary>
    // TT 01/2018/TT-VPCP Điều 15 (đánh giá theo quý, năm): a quarter is evaluated as it stood at its end — the ratings given by then, as the one-stop list (OneStopListDay.PeriodEnd).
    public static IQueryable<RatedDossier> RatedBy(IQueryable<Metrics.Data.MetricDossier> dossiers, DateTime end) =>
        dossiers.Select(m => new RatedDossier(
            m.DossierId, m.ResolvingAgencyId, m.Code, m.ProcedureCode, m.EndedAt,
            m.RatedAt < end ? m.RatingTime : null, m.RatedAt < end ? m.RatingContacts : null,
            m.RatedAt < end ? m.RatingAgencies : null, m.RatedAt < end ? m.RatingAttitude : null));

    /// <summary>The closed steps of the given dossiers that have a verdict and an officer or unit.</summary>
    public IQueryable<Data.MetricDossierStep> StepsOf(IQueryable<Metrics.Data.MetricDossier> dossiers) =>
        db.MetricDossierSteps.AsNoTracking().Where(s => s.Class != null && dossiers.Any(m => m.DossierId == s.DossierId));

    private static Task<List<StepRow>> RowsAsync(IQueryable<Data.MetricDossierStep> steps, CancellationToken cancellationToken) =>
        steps.Select(s => new StepRow(s.DossierId, s.AgencyId, s.UnitId, s.OfficerId, s.Class)).ToListAsync(cancellationToken);

    /// <summary>
    /// The dossiers behind a per-dossier indicator's figure (ADR-058): of a unit (<paramref name="officerId"/> null) or of an
    /// officer's steps the filter lets through, those with a point on <paramref name="indicator"/>, each with its point, by end.
    /// </summary>
    public async Task<IReadOnlyList<EvaluationItem>> ItemsAsync(
        ReportPeriod period, Guid agencyId, Guid? officerId, OfficerFilter filter, EvaluationIndicator indicator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(filter);
        var at = JudgedAt(period);
        var ended = Ended(period.StartUtc, at);
        List<StepRow> steps;
        if (officerId is { } officer)
        {
            steps = [.. (await RowsAsync(StepsOf(ended).Where(s => s.OfficerId == officer), cancellationToken)).Where(s => filter.Allows(s.OfficerId, s.AgencyId, s.UnitId))];
            var ids = steps.Select(s => s.DossierId).Distinct().ToList();
            ended = ended.Where(m => ids.Contains(m.DossierId));
        }
        else
        {
            ended = ended.CountedFor(agencyId);
            steps = await RowsAsync(StepsOf(ended).Where(s => s.AgencyId == agencyId), cancellationToken);
        }

        var rows = await RatedBy(ended, period.EndUtc).ToListAsync(cancellationToken);
        var byDossier = steps.ToLookup(s => s.DossierId);
        return [.. rows.Select(r => new EvaluationItem(r.DossierId, r.Code, r.ProcedureCode, r.EndedAt, EvaluationAggregation.PointOf(
                new EvaluatedDossier(r.DossierId, r.RatingTime, r.RatingContacts, r.RatingAgencies, r.RatingAttitude, [.. byDossier[r.DossierId].Select(s => s.Class!.Value)]),
                indicator, Options)))
            .Where(i => i.Points is not null).OrderBy(i => i.EndedAt).ThenBy(i => i.Code, StringComparer.Ordinal)];
    }

    private async Task<List<OfficerResult>> OfficersAsync(
        Dictionary<Guid, (short? Time, short? Contacts, short? Agencies, short? Attitude)> ratings, List<StepRow> steps, OfficerFilter filter, CancellationToken cancellationToken)
    {
        var visible = steps.Where(s => filter.Allows(s.OfficerId, s.AgencyId, s.UnitId)).ToList();
        var ids = visible.Select(s => s.OfficerId!.Value).Distinct().ToList();
        var directory = OrganizationDirectory.Of(db);
        var names = await directory.Accounts.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        var agencyIds = visible.Select(s => s.AgencyId).Distinct().ToList();
        var agencyNames = await directory.Agencies.Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var unitIds = visible.Where(s => s.UnitId != null).Select(s => s.UnitId!.Value).Distinct().ToList();
        var unitNames = await directory.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var results = new List<OfficerResult>();
        foreach (var officer in visible.GroupBy(s => s.OfficerId!.Value))
        {
            // The officer's place: the agency and unit of most of their steps.
            var home = officer.GroupBy(s => (s.AgencyId, s.UnitId)).OrderByDescending(g => g.Count()).First().Key;
            var evaluated = officer.GroupBy(s => s.DossierId).Select(g =>
            {
                var r = ratings.GetValueOrDefault(g.Key);
                return new EvaluatedDossier(g.Key, r.Time, r.Contacts, r.Agencies, r.Attitude, [.. g.Select(s => s.Class!.Value)]);
            }).ToList();
            var figures = EvaluationAggregation.Dossiers(evaluated, Options);
            results.Add(new OfficerResult(
                officer.Key, names.GetValueOrDefault(officer.Key) ?? officer.Key.ToString(), home.AgencyId, agencyNames.GetValueOrDefault(home.AgencyId) ?? "",
                home.UnitId, home.UnitId is { } u ? unitNames.GetValueOrDefault(u) : null, evaluated.Count, figures,
                EvaluationScore.Officer(EvaluationAggregation.Scores(figures), Options.ExcludedIndicatorBands)));
        }

        return results;
    }

    /// <summary>Chỉ số 5, 6, 8, 9 of one unit (Điều 14: per unit).</summary>
    private async Task<List<UnitIndicator>> UnitLevelAsync(Guid agencyId, string? levelCode, ReportPeriod period, DateTime at, CancellationToken cancellationToken)
    {
        var lastDay = VietnamTime.LocalDate(at.AddTicks(-1));
        var roles = db.MetricProcedureAgencies.AsNoTracking();
        var procedures = await db.MetricProcedureVersions.AsNoTracking().OfAgency(roles, agencyId).InForceOn(lastDay)
            .Where(v => v.PublishedAt != null && v.PublishedAt < at)
            .Select(v => new
            {
                v.ProcedureCode, v.OnlineLevel, v.PublishedAt,
                Coordinating = roles.Any(a => a.VersionId == v.VersionId && a.AgencyId == agencyId && a.Role == AgencyRole.Coordinating),
            }).ToListAsync(cancellationToken);
        var codes = procedures.DistinctBy(p => p.ProcedureCode).ToList();
        // The list in force on the period's day the setting names, not today's (ADR-066).
        var list = (await OneStopLists.InForceAt(db, OneStopListAt(period, at)).Where(e => e.AgencyId == agencyId).ToListAsync(cancellationToken))
            .ToDictionary(e => e.ProcedureCode, StringComparer.Ordinal);

        // Chỉ số 5: the agency's one-stop list over the procedures it decides or performs (ADR-063).
        var listed = codes.Where(p => !p.Coordinating).Select(p => list.GetValueOrDefault(p.ProcedureCode)?.Handling).ToList();
        var level = OneStopLevels.Of(levelCode);
        var five = list.Count == 0 || level is null ? null : IndicatorRules.DecidedAtOneStop(new OneStopDecisions(
            level.Value, listed.Count, listed.Count(h => h == OneStopHandling.Decided),
            listed.Count(h => h != OneStopHandling.NotEligible), listed.Count(h => h is OneStopHandling.Decided or OneStopHandling.ReceivedAndReturned)), Options.OneStopThresholds);

        // Chỉ số 6: the electronic publication is the catalogue's; posting (niêm yết) as the agency declared it for the
        // version in force (on or after its publication, by the period's last day), or as the option reads it (ADR-063).
        bool Posted(DateTime publishedAt, string code) =>
            PostingDeclarations.IsPosted(list.GetValueOrDefault(code)?.PostedOn, VietnamTime.LocalDate(publishedAt), lastDay, Options.PublishedMeansPosted);
        var posted = codes.Count(p => Posted(p.PublishedAt!.Value, p.ProcedureCode));
        var six = codes.Count == 0 ? null
            : EvaluationScore.Indicator(codes.Select(p => (decimal?)IndicatorRules.Publication(new Publication(Posted(p.PublishedAt!.Value, p.ProcedureCode), Electronic: true))));

        // Chỉ số 8: the PAKN first received in the period and decided (answered on time or overdue) by its end. "Kéo dài":
        // Feedback records no extension (gia hạn) or prolonged state of a PAKN (fixed deadlines, ADR-046); an overdue PAKN
        // is already not on time, so nothing is read as prolonged (ADR-063).
        var counted = PetitionCounts.Of(await petitions.FactsAsync([agencyId], period.StartUtc, period.EndUtc, cancellationToken), at);
        var decided = counted.OnTime + counted.Late;
        decimal? eight = decided == 0 && counted.Received == 0 ? 2m
            : decided == 0 ? null
            : IndicatorRules.Petitions(new PetitionHandling(decided, counted.OnTime, Prolonged: false));

        // Chỉ số 9: the procedures at level 3–4 (online một phần or toàn trình) and the dossiers received in the period.
        var received = db.MetricDossiers.AsNoTracking().CountedFor(agencyId).Where(m => m.ReceivedAt >= period.StartUtc && m.ReceivedAt < at);
        var total = await received.CountAsync(cancellationToken);
        var online = await received.CountAsync(m => m.Channel == SubmissionChannel.Online, cancellationToken);
        // Overdue as known at the period's end: a dossier that ended late after it does not change a past quarter (ADR-066).
        var overdue = await received.CountAsync(m => m.Channel == SubmissionChannel.Online && m.LegalClass == OnTimeClass.Late && m.EndedAt < at, cancellationToken);
        var nine = IndicatorRules.OnlineService(new OnlineService(codes.Count, codes.Count(p => p.OnlineLevel != OnlineServiceLevel.None), total, online, overdue));

        return
        [
            new(new IndicatorFigure(EvaluationIndicator.DecidedAtOneStop, five, five is null ? 0 : listed.Count), five is null ? (listed.Count == 0 && list.Count > 0 ? IndicatorNote.NoData : IndicatorNote.NotRecorded) : IndicatorNote.None),
            new(new IndicatorFigure(EvaluationIndicator.Publication, six, codes.Count), six is null ? IndicatorNote.NoData : posted == 0 ? IndicatorNote.ElectronicOnly : IndicatorNote.None),
            new(new IndicatorFigure(EvaluationIndicator.Petitions, eight, decided), eight is null ? IndicatorNote.NoData : IndicatorNote.None),
            new(new IndicatorFigure(EvaluationIndicator.OnlineService, nine, total), nine is null ? IndicatorNote.NoData : IndicatorNote.None),
        ];
    }
}

/// <summary>A dossier behind an indicator's figure, with its point on it.</summary>
internal sealed record EvaluationItem(Guid DossierId, string? Code, string ProcedureCode, DateTime? EndedAt, decimal? Points);

/// <summary>A closed step as the evaluation reads it.</summary>
internal sealed record StepRow(Guid DossierId, Guid AgencyId, Guid? UnitId, Guid? OfficerId, OnTimeClass? Class);
