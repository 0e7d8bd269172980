using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Rollups;
using MotCua.Modules.Metrics.Scoring766;

namespace MotCua.Modules.Metrics.Live;

/// <summary>One procedure (TTHC) behind a catalogue-based figure, whether it is in the tử số, and why.</summary>
internal sealed record ProcedureItem766(string Code, string Name, bool InNumerator, string Why);

/// <summary>5.1: the PAKN first received in the period of one category (NĐ 20/2008 Điều 5 phân loại).</summary>
internal sealed record PetitionCategoryCount(PetitionCategory Category, string Name, int Count);

/// <summary>2.2: the completed dossiers' total time and count in the procedure's unit; <see cref="Average"/> null without any.</summary>
internal sealed record AverageTime22(DeadlineUnit Unit, decimal Total, int Count)
{
    public decimal? Average => Count == 0 ? null : Total / Count;

    /// <summary>"3,25 ngày làm việc" (2 decimals), or the "N/A" text.</summary>
    public string Text(IFormatProvider format) =>
        Average is { } average
            ? ResourceText.Get<Live766Text>("Average22_" + Unit, Score766Display.Round(average).ToString("0.00", format))
            : ResourceText.Get<MetricsText>("Score766_NotApplicable");
}

/// <summary>What <see cref="CatalogIndicators"/> adds to a live 766 result: the inputs, the reasons for those left out, 2.2 and 5.1's details.</summary>
internal sealed record CatalogFigures(
    IReadOnlyDictionary<string, (IndicatorInput Input, Source766 Source)> Inputs,
    IReadOnlyDictionary<string, string> Reasons,
    AverageTime22? Average,
    IReadOnlyList<PetitionCategoryCount> ByCategory,
    int UndatedDecisions11 = 0);

/// <summary>
/// The procedure lists of the catalogue-based chỉ số (<see cref="Lists"/>, by chỉ số id) and 1.1's decisions left out for
/// want of the act's effective date: <see cref="UndatedDecisions11"/> decisions of the procedures <see cref="Undated11"/>.
/// </summary>
internal sealed record CatalogItems(
    IReadOnlyDictionary<string, IReadOnlyList<ProcedureItem766>> Lists, IReadOnlyList<ProcedureItem766> Undated11, int UndatedDecisions11)
{
    public IReadOnlyList<ProcedureItem766> this[string indicator] => Lists[indicator];
}

/// <summary>
/// The chỉ số 766 read from the catalogue or beside the dossier counts (ADR-062): 1.1 TTHC công bố đúng hạn, 1.3 công khai
/// đầy đủ bộ phận tạo thành, 2.2 thời gian giải quyết trung bình, 3.4 TTHC có giao dịch thanh toán trực tuyến, 3.5 TTHC có
/// nghĩa vụ tài chính tích hợp thanh toán, 5.1 PAKN theo phân loại. A catalogue figure and its procedure list come from the
/// same rows (<see cref="ItemsAsync"/>), so a list's length is its figure.
/// </summary>
internal sealed class CatalogIndicators(AppDbContext db, CalendarProvider calendars, TimeProvider clock)
{
    /// <summary>1.1 for a province: the Quyết định công bố signed at least 5 working days before the act takes effect.</summary>
    // Mô tả công thức 766, 1.1 (legal-rules §7): QĐ công bố ≤ ngày hiệu lực của văn bản − 05 ngày làm việc (tỉnh), − 20 (bộ) [V2].
    public const int PublishBeforeWorkingDays = 5;

    /// <summary>The chỉ số whose figures stand for procedures (TTHC) and link to <see cref="ItemsAsync"/>'s lists.</summary>
    public static readonly IReadOnlyList<string> ProcedureLists = ["1.1", "1.2", "1.3", "3.1", "3.2", "3.4", "3.5"];

    /// <summary>
    /// The figures over the scope's rows as <paramref name="counted"/> reads them (clean buckets from the roll-ups, ADR-061),
    /// <paramref name="received"/> selecting the dossiers received in the period.
    /// </summary>
    public async Task<CatalogFigures> ComputeAsync(
        Scope766 scope, ReportPeriod period, RolledRows counted, Expression<Func<MetricDossier, bool>> received, IEnumerable<PetitionFact> petitions,
        CancellationToken cancellationToken)
    {
        var inputs = new Dictionary<string, (IndicatorInput, Source766)>();
        var reasons = new Dictionary<string, string>();
        var lists = await ItemsAsync(scope, period, counted, received, null, cancellationToken);
        foreach (var (id, items) in lists.Lists)
        {
            inputs[id] = (new IndicatorInput(id, items.Count(i => i.InNumerator), items.Count), Source766.Catalog);
        }

        AverageTime22? average = null;
        if (scope.ProcedureCode is null)
        {
            reasons["2.2"] = Text("Missing_AverageTimeScope");
        }
        else
        {
            average = await AverageAsync(counted.FactsOf(received), cancellationToken);
            inputs["2.2"] = (new IndicatorInput("2.2", average.Total, average.Count), Source766.Dossiers);
        }

        var byCategory = ByCategory(petitions);
        var total = byCategory.Sum(c => c.Count);
        inputs["5.1"] = (new IndicatorInput("5.1", total, total), Source766.Petitions);
        return new CatalogFigures(inputs, reasons, average, byCategory, lists.UndatedDecisions11);
    }

    /// <summary>
    /// The procedures behind 1.1 (TTHC with a Quyết định công bố dated in the period), 1.3 (TTHC in force today) and 3.4, 3.5
    /// (TTHC in force today charging a fee), each marked in or out of the tử số with the reason, in mã TTHC order; and the
    /// procedures whose decisions 1.1 leaves out. The period's online dossiers (3.2) and fees (3.4, 3.5) per procedure are
    /// read in one count per source from <paramref name="counted"/> (the procedures' roll-up for clean buckets, ADR-061).
    /// <paramref name="only"/> (one of <see cref="ProcedureLists"/>) reads only what that list needs and returns it alone.
    /// </summary>
    public async Task<CatalogItems> ItemsAsync(
        Scope766 scope, ReportPeriod period, RolledRows counted, Expression<Func<MetricDossier, bool>> received, string? only, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counted);
        bool Wanted(params string[] ids) => only is null || ids.Contains(only);
        var statistics = new CatalogStatistics(db);
        IReadOnlyList<Guid?> agencies = scope.LevelAgencies is { } level ? [.. level.Select(a => (Guid?)a)] : [scope.AgencyId];
        var decisions = new List<PublicationDecision>();
        var parts = new List<PublishedProcedureParts>();
        var offered = new List<OfferedProcedure>();
        // §E 1.3 and 3.5's mẫu số: the catalogue as it is now, whatever the period; 3.1 and 3.2's as on the day judged (Live766.JudgedAt).
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.LocalDate(now);
        var judgedDay = VietnamTime.LocalDate(period.EndUtc < now ? period.EndUtc : now);
        foreach (var agency in agencies)
        {
            if (Wanted("1.1", "1.2"))
            {
                decisions.AddRange(await statistics.DecisionsAsync(agency, scope.FieldId, scope.ProcedureCode, period.First, period.Last, cancellationToken));
            }

            if (Wanted("1.3", "3.4", "3.5"))
            {
                parts.AddRange(await statistics.PartsAsync(agency, scope.FieldId, scope.ProcedureCode, today, cancellationToken));
            }

            if (Wanted("3.1", "3.2"))
            {
                offered.AddRange(await statistics.OfferedAsync(agency, scope.FieldId, scope.ProcedureCode, judgedDay, cancellationToken));
            }
        }

        var province = await calendars.GetAsync(null, cancellationToken);
        var inForce = parts.DistinctBy(p => p.Code).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var withFees = inForce.Where(p => p.HasFees).ToList();
        var feeCodes = Wanted("3.4", "3.5") ? withFees.Select(p => p.Code).ToList() : [];

        // 3.1: a TTHC offered with any version online (toàn trình or một phần); 3.2's mẫu số is those, its tử số those with an online dossier.
        var offeredCodes = offered.Distinct().GroupBy(o => o.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, g.First().Name, Level: g.Max(o => o.OnlineLevel))).ToList();
        var onlineCodes = Wanted("3.2") ? offeredCodes.Where(o => o.Level != OnlineServiceLevel.None).Select(o => o.Code).ToList() : [];

        // 3.2's online dossiers and 3.4, 3.5's fees asked for and paid online, per procedure, over the dossiers received in the period.
        var perProcedure = feeCodes.Count + onlineCodes.Count == 0 ? [] : await counted.CountByProcedureAsync(
            DossierSets.And(received, DossierSets.Or(m => m.FeesRequested && feeCodes.Contains(m.ProcedureCode), DossierSets.And(DossierSets.Online33(), m => onlineCodes.Contains(m.ProcedureCode)))),
            [m => m.FeesRequested, m => m.PaidOnline, DossierSets.Online33()], cancellationToken);
        var fees = perProcedure.Where(c => (c.Key.Flags & 1) != 0 && feeCodes.Contains(c.Key.Code)).GroupBy(c => c.Key.Code)
            .ToDictionary(g => g.Key, g => (Requested: g.Sum(c => c.Value), PaidOnline: g.Where(c => (c.Key.Flags & 2) != 0).Sum(c => c.Value)));
        var onlineDossiers = perProcedure.Where(c => (c.Key.Flags & 4) != 0 && onlineCodes.Contains(c.Key.Code)).GroupBy(c => c.Key.Code)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Value));

        var distinct = decisions.Distinct().ToList();
        var lists = new Dictionary<string, Func<IReadOnlyList<ProcedureItem766>>>
        {
            ["1.1"] = () => OnTime11(province, distinct),
            ["1.2"] = () => Published12(province, distinct),
            ["3.1"] = () => [.. offeredCodes.Select(o => new ProcedureItem766(o.Code, o.Name, o.Level != OnlineServiceLevel.None, Text("Why31_" + o.Level)))],
            ["3.2"] = () => [.. offeredCodes.Where(o => o.Level != OnlineServiceLevel.None).Select(o => onlineDossiers.TryGetValue(o.Code, out var count)
                ? new ProcedureItem766(o.Code, o.Name, true, Text("Why32_Received", count))
                : new ProcedureItem766(o.Code, o.Name, false, Text("Why32_NoneReceived")))],
            ["1.3"] = () => [.. inForce.Select(p => new ProcedureItem766(p.Code, p.Name, p.Missing.Count == 0, Complete13Why(p.Missing)))],
            // 3.4 (ours, the payment group's "TTHC có giao dịch thanh toán trực tuyến"): a dossier of the period paid online.
            ["3.4"] = () => [.. withFees.Select(p => fees.TryGetValue(p.Code, out var f) && f.PaidOnline > 0
                ? new ProcedureItem766(p.Code, p.Name, true, Text("Why34_Paid", f.PaidOnline))
                : new ProcedureItem766(p.Code, p.Name, false, Text("Why34_NotPaid")))],
            // Mô tả công thức 766, 3.5 (§E): X = TTHC whose dossiers of the period carried non-zero fees, Y = TTHC with fees now.
            ["3.5"] = () => [.. withFees.Select(p => fees.TryGetValue(p.Code, out var f)
                ? new ProcedureItem766(p.Code, p.Name, true, Text("Why35_Fees", f.Requested))
                : new ProcedureItem766(p.Code, p.Name, false, Text("Why35_NoFees")))],
        };
        return new(
            lists.Where(l => Wanted(l.Key)).ToDictionary(l => l.Key, l => l.Value()),
            Undated11(distinct), distinct.Count(d => d.LegalBasisEffectiveDate is null));
    }

    /// <summary>
    /// 1.1: one row per TTHC with a decision dated in the period (§E: counted once), in the tử số when every such decision
    /// was on time (<see cref="PublishedOnTime11"/>). A decision without the act's effective date is left out of both tử số
    /// and mẫu số (<see cref="Undated11"/> lists them): nothing shows it late, and the page shows how many were left out.
    /// </summary>
    // Mô tả công thức 766, 1.1 (legal-rules §7): on time is judged against the act's effective date; without it, not judged (ADR-062 addendum).
    public static IReadOnlyList<ProcedureItem766> OnTime11(BusinessCalendar calendar, IEnumerable<PublicationDecision> decisions) =>
        [.. decisions.Where(d => d.LegalBasisEffectiveDate is not null).GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var ordered = g.OrderBy(d => d.DecisionDate).ThenBy(d => d.Version).ToList();
            return new ProcedureItem766(g.Key, ordered[^1].Name, ordered.All(d => PublishedOnTime11(calendar, d)), string.Join(" ", ordered.Select(d => Why11(calendar, d))));
        })];

    /// <summary>
    /// 1.2: one row per Quyết định công bố dated in the period (the figure counts decisions), in mã TTHC then date order, in
    /// the tử số when the catalogue published it by the deadline (<see cref="Live766.PublishedOnTime12"/>).
    /// </summary>
    public static IReadOnlyList<ProcedureItem766> Published12(BusinessCalendar calendar, IEnumerable<PublicationDecision> decisions) =>
        [.. decisions.OrderBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.DecisionDate).ThenBy(d => d.Version).Select(d =>
            new ProcedureItem766(d.Code, d.Name, Live766.PublishedOnTime12(calendar, d), d.PublishedAt is { } published
                ? Text(Live766.PublishedOnTime12(calendar, d) ? "Why12_OnTime" : "Why12_Late", d.DecisionNumber ?? "", Date(d.DecisionDate), Date(VietnamTime.LocalDate(published)), Date(Deadline12(calendar, d.DecisionDate)))
                : Text("Why12_NotPublished", d.DecisionNumber ?? "", Date(d.DecisionDate), Date(Deadline12(calendar, d.DecisionDate)))))];

    /// <summary>1.2: the last day the catalogue may publish a decision signed on <paramref name="signed"/>: 5 working days after.</summary>
    // NĐ 63/2010 Điều 24 khoản 2 (am.): ≤ 5 working days after the provincial chairman signs (legal-rules §11) [V].
    public static DateOnly Deadline12(BusinessCalendar calendar, DateOnly signed)
    {
        var deadline = signed;
        for (var i = 0; i < Live766.PublishWithinWorkingDays; i++)
        {
            deadline = calendar.NextWorkingDay(deadline);
        }

        return deadline;
    }

    /// <summary>1.1's decisions left out: one row per TTHC with a decision of the period lacking the act's effective date, in mã TTHC order.</summary>
    public static IReadOnlyList<ProcedureItem766> Undated11(IEnumerable<PublicationDecision> decisions) =>
        [.. decisions.Where(d => d.LegalBasisEffectiveDate is null).GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var ordered = g.OrderBy(d => d.DecisionDate).ThenBy(d => d.Version).ToList();
            return new ProcedureItem766(g.Key, ordered[^1].Name, false, string.Join(" ", ordered.Select(d => Text("Why11_NoEffectiveDate", d.DecisionNumber ?? "", Date(d.DecisionDate)))));
        })];

    /// <summary>1.1: the decision was signed no later than the 5th working day before its act takes effect (province calendar).</summary>
    public static bool PublishedOnTime11(BusinessCalendar calendar, PublicationDecision decision) =>
        decision.LegalBasisEffectiveDate is { } effective && decision.DecisionDate <= Deadline11(calendar, effective);

    /// <summary>The last day a Quyết định công bố may be signed for an act taking effect on <paramref name="effective"/>.</summary>
    public static DateOnly Deadline11(BusinessCalendar calendar, DateOnly effective) => calendar.WorkingDaysBefore(effective, PublishBeforeWorkingDays);

    /// <summary>
    /// 2.2 over rows given as (calendar, received, finished): each dossier's time from reception to the result in
    /// <paramref name="unit"/> — working days (fractional, the calendar's working time ÷ its day length), working hours (also
    /// for "trong ngày"), or calendar days.
    /// </summary>
    // Mô tả công thức 766, 2.2 (§E): hồ sơ đã xử lý xong / đã trả kết quả, bắt đầu trong kỳ; đơn vị theo DonViTinh [R].
    public static AverageTime22 Average(DeadlineUnit unit, IEnumerable<(BusinessCalendar Calendar, DateTime ReceivedAt, DateTime FinishedAt)> rows)
    {
        var total = 0m;
        var count = 0;
        foreach (var (calendar, receivedAt, finishedAt) in rows)
        {
            total += Elapsed22(unit, calendar, receivedAt, finishedAt);
            count++;
        }

        return new AverageTime22(unit, total, count);
    }

    /// <summary>2.2: one dossier's time from reception to its result in <paramref name="unit"/>, on its receiving desk's calendar.</summary>
    public static decimal Elapsed22(DeadlineUnit unit, BusinessCalendar calendar, DateTime receivedAt, DateTime finishedAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var span = calendar.WorkingTimeBetween(receivedAt.AsInstant(), finishedAt.AsInstant());
        return unit switch
        {
            DeadlineUnit.WorkingDays => (decimal)span.WorkingDays,
            DeadlineUnit.CalendarDays => (decimal)(finishedAt - receivedAt).TotalDays,
            _ => (decimal)span.Duration.TotalHours,
        };
    }

    /// <summary>2.2's unit: an amendment may change it, so the unit of the last dossier received measures every dossier.</summary>
    public static async Task<DeadlineUnit> Unit22Async(IQueryable<MetricDossier> done, CancellationToken cancellationToken) =>
        await done.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.DossierId).Select(m => (DeadlineUnit?)m.ProcessingTimeUnit)
            .FirstOrDefaultAsync(cancellationToken) ?? DeadlineUnit.WorkingDays;

    /// <summary>5.1: the PAKN counted once by first receipt, per category (those with none left out), in the decree's order.</summary>
    // Mô tả công thức 766, 5.1 PAKN theo phân loại; NĐ 20/2008 Điều 5 [V2].
    public static IReadOnlyList<PetitionCategoryCount> ByCategory(IEnumerable<PetitionFact> petitions) =>
        [.. petitions.GroupBy(p => p.Category).OrderBy(g => g.Key).Select(g => new PetitionCategoryCount(g.Key, FeedbackNames.Category(g.Key), g.Count()))];

    private async Task<AverageTime22> AverageAsync(IQueryable<MetricDossier> received, CancellationToken cancellationToken)
    {
        var completed = received.Where(DossierSets.Done22());
        var done = await completed
            .Select(m => new { m.AgencyId, ReceivedAt = m.ReceivedAt!.Value, FinishedAt = m.FinishedAt!.Value })
            .ToListAsync(cancellationToken);
        var unit = await Unit22Async(completed, cancellationToken);
        var rows = new List<(BusinessCalendar, DateTime, DateTime)>();
        foreach (var row in done)
        {
            rows.Add((await calendars.GetAsync(row.AgencyId, cancellationToken), row.ReceivedAt, row.FinishedAt));
        }

        return Average(unit, rows);
    }

    private static string Why11(BusinessCalendar calendar, PublicationDecision decision)
    {
        var effective = decision.LegalBasisEffectiveDate!.Value;
        return Text(PublishedOnTime11(calendar, decision) ? "Why11_OnTime" : "Why11_Late", decision.DecisionNumber ?? "", Date(decision.DecisionDate), Date(effective), Date(Deadline11(calendar, effective)));
    }

    private static string Complete13Why(IReadOnlyList<PublicComponent> missing) =>
        missing.Count == 0 ? Text("Why13_Complete") : Text("Why13_Missing", string.Join("; ", missing.Select(c => Text("Component_" + c))));

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Text(string name, params object[] arguments) => ResourceText.Get<Live766Text>(name, arguments);
}
