using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Facts;

namespace MotCua.Modules.Metrics.Data;

/// <summary>
/// The facts of one dossier the statistics and Bộ chỉ số 766 read (ADR-049): its figures (<see cref="DossierFigures"/>) as
/// captured with its last change, and — filled by a later job with the agency's calendar — the verdicts on its time.
/// A row is overwritten whole at each capture; it is never read to be written.
/// </summary>
internal sealed class MetricDossier
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private MetricDossier()
    {
    }

    public Guid DossierId { get; private set; }

    public string? Code { get; private set; }

    /// <summary>The agency whose one-stop desk received the dossier: only desk-specific counts read it.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>The agency the figures count for (<see cref="Dossier.ResolvingAgencyId"/>): every figure scoped by agency reads it.</summary>
    public Guid ResolvingAgencyId { get; private set; }

    public string ProcedureCode { get; private set; } = "";

    public Guid ProcedureVersionId { get; private set; }

    public SubmissionChannel Channel { get; private set; }

    public DossierStatus Status { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public DateTime? ReceivedAt { get; private set; }

    public DateTime? DueAt { get; private set; }

    public DateTime? OriginalDueAt { get; private set; }

    public int ProcessingTimeAmount { get; private set; }

    public DeadlineUnit ProcessingTimeUnit { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public DateTime? ReturnedAt { get; private set; }

    public DateTime? StoppedAt { get; private set; }

    public DateTime? WithdrawnAt { get; private set; }

    public DateTime? EndedAt { get; private set; }

    public DossierOutcome? Outcome { get; private set; }

    public int SupplementCount { get; private set; }

    public DateTime? FirstSupplementAt { get; private set; }

    public DateTime? PendingSupplementSince { get; private set; }

    /// <summary>The supplements during processing as JSON (<c>[{"RequestedAt":…,"CompletedAt":…}]</c>); null when there were none.</summary>
    public string? Supplements { get; private set; }

    public int ExtensionCount { get; private set; }

    public int ApologyCount { get; private set; }

    public bool ApologyAfterDue { get; private set; }

    /// <summary>The apologies as JSON (<c>[{"DueAt":…,"IssuedAfterDue":…,"IssuedAt":…}]</c>); null when there were none.</summary>
    public string? Apologies { get; private set; }

    public int ComponentCount { get; private set; }

    public int DigitisedCount { get; private set; }

    public int ExemptCount { get; private set; }

    public int ReusedCount { get; private set; }

    public ReturnMethod? ReturnedVia { get; private set; }

    public FeeStatus FeeStatus { get; private set; }

    /// <summary>The dossier's event sequence the figures reflect: a capture never replaces a later one.</summary>
    public int CapturedSequence { get; private set; }

    public DateTime CapturedAt { get; private set; }

    /// <summary>The statistic's due instant (the original appointment moved by the completed supplements); filled by the judging job.</summary>
    public DateTime? StatisticDueAt { get; private set; }

    /// <summary>Bộ chỉ số 766 chỉ số 2.1's verdict (<c>OnTimeStatistic</c>); filled by the judging job.</summary>
    public OnTimeClass? StatisticClass { get; private set; }

    /// <summary>The verdict against the appointment in force (<c>LegalTimeStatus</c>); filled by the judging job.</summary>
    public OnTimeClass? LegalClass { get; private set; }

    /// <summary>The <see cref="CapturedSequence"/> the verdicts were made for; null until judged, and again when the agency's calendar changed.</summary>
    public int? JudgedSequence { get; private set; }

    /// <summary>Hồ sơ có nghĩa vụ tài chính: a fee request not withdrawn (Fees; Bộ chỉ số 766, chỉ số 3.6's mẫu số).</summary>
    public bool FeesRequested { get; private set; }

    /// <summary>Hồ sơ thanh toán trực tuyến: a fee request paid through the payment gateway (chỉ số 3.6's tử số).</summary>
    public bool PaidOnline { get; private set; }

    /// <summary>Hồ sơ có kết quả giải quyết điện tử: a result file is attached (chỉ số 4.1).</summary>
    public bool ElectronicResult { get; private set; }

    /// <summary>When the applicant rated the handling (Portal); null while not rated.</summary>
    public DateTime? RatedAt { get; private set; }

    /// <summary>Hài lòng or not (chỉ số 5.4); null while not rated.</summary>
    public bool? Satisfied { get; private set; }

    /// <summary>TT 01/2018 Điều 13 chỉ số 1 as the applicant rated it (0–2).</summary>
    public short? RatingTime { get; private set; }

    /// <summary>TT 01/2018 Điều 13 chỉ số 3 as rated (0–2).</summary>
    public short? RatingContacts { get; private set; }

    /// <summary>TT 01/2018 Điều 13 chỉ số 4 as rated (0–2).</summary>
    public short? RatingAgencies { get; private set; }

    /// <summary>TT 01/2018 Điều 13 chỉ số 7 as scored with the rating (0–2).</summary>
    public short? RatingAttitude { get; private set; }

    /// <summary>
    /// The history of the appointment in force as JSON (<c>[{"From":…,"DueAt":…}]</c>, <see cref="DossierFigures.Dues"/>), so that a
    /// past period end is judged with the appointment in force then (ADR-064); null while it never moved (most dossiers).
    /// </summary>
    public string? Dues { get; private set; }

    /// <summary>When the appointment in force last moved or a supplement was completed (<see cref="DossierFigures.DueMovedAt"/>): a period ending before it reads <see cref="Dues"/>.</summary>
    public DateTime? DueMovedAt { get; private set; }

    /// <summary>
    /// When a figure a past period reads as it stood last changed (<see cref="DossierFigures.ChangedAt"/>: the appointment, a
    /// supplement's completion, an extension, an apology; ADR-066): a period ending before it reads <see cref="Figures(DateTime)"/>,
    /// every other reads the row as it is — one test for every reader of a past period, roll-ups included.
    /// </summary>
    public DateTime? ChangedAt { get; private set; }

    /// <summary>The competent agency of the roll-up bucket the row was last counted in (ADR-061); null while never rolled up.</summary>
    public Guid? RolledAgencyId { get; private set; }

    /// <summary>The start of the half-month of reception of the roll-up bucket the row was last counted in; null while never rolled up.</summary>
    public DateTime? RolledBucket { get; private set; }

    /// <summary>
    /// The <see cref="CapturedSequence"/> the roll-up counted; cleared by a capture, by a write of the facts other aggregates
    /// hold and by a calendar change, so that the row's bucket reads dirty until the job counts it again. Every write that
    /// changes the row clears it, so it is either null or the captured sequence, and "not rolled up" is "null" — a predicate
    /// PostgreSQL's planner estimates from the column's null fraction (ADR-061, addendum "Not rolled up is null").
    /// </summary>
    public int? RolledSequence { get; private set; }

    /// <summary>
    /// The rows whose figures changed after <paramref name="end"/> (<see cref="ChangedAt"/>): a reader of a period ending then
    /// reads them as they stood (<see cref="Figures(DateTime)"/>), never from today's columns or from a roll-up of them (ADR-066).
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<MetricDossier, bool>> ChangedAfter(DateTime end) => m => m.ChangedAt > end;

    /// <summary>The rows the judging job has still to judge: never judged, captured again since, or sent back by a calendar change.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<MetricDossier, bool>> IsUnjudged =
        m => m.JudgedSequence == null || m.JudgedSequence < m.CapturedSequence;

    /// <summary>The rows no roll-up holds as they are: never rolled up, or captured or changed since (read through its partial index).</summary>
    public static readonly System.Linq.Expressions.Expression<Func<MetricDossier, bool>> IsUnrolled =
        m => m.RolledSequence == null;

    /// <summary>
    /// The rows whose statistic due is not the printed appointment alone: none on the receipt, or a supplement asked for. An
    /// ended and judged row is undecided at a period end only if it ended after it and is one of these
    /// (<c>PeriodMembership.Undecided</c>), so the rolled rows of a bucket are searched for undecided ones among these alone.
    /// </summary>
    public static readonly System.Linq.Expressions.Expression<Func<MetricDossier, bool>> IsNotPlain =
        m => m.OriginalDueAt == null || m.FirstSupplementAt != null;

    /// <summary>A row holding <paramref name="figures"/>.</summary>
    public static MetricDossier Of(DossierFigures figures, DateTime capturedAt)
    {
        var row = new MetricDossier { DossierId = figures.DossierId };
        row.Capture(figures, capturedAt);
        return row;
    }

    /// <summary>The facts other aggregates hold, as stored in this row.</summary>
    public DossierOutsideFacts Outside() =>
        new(FeesRequested, PaidOnline, ElectronicResult, RatedAt, Satisfied, RatingTime, RatingContacts, RatingAgencies, RatingAttitude);

    /// <summary>Sets the facts other aggregates hold (a capture leaves them alone: they are written by their own statement).</summary>
    public void Record(DossierOutsideFacts outside)
    {
        ArgumentNullException.ThrowIfNull(outside);
        (FeesRequested, PaidOnline, ElectronicResult, RatedAt, Satisfied) = (outside.FeesRequested, outside.PaidOnline, outside.ElectronicResult, outside.RatedAt, outside.Satisfied);
        (RatingTime, RatingContacts, RatingAgencies, RatingAttitude) = (outside.RatingTime, outside.RatingContacts, outside.RatingAgencies, outside.RatingAttitude);
    }

    /// <summary>Overwrites the figures with <paramref name="figures"/> of the same dossier, as captured at <paramref name="capturedAt"/>.</summary>
    public void Capture(DossierFigures figures, DateTime capturedAt)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.DossierId != DossierId)
        {
            throw new ArgumentException("The figures are of another dossier.", nameof(figures));
        }

        Code = figures.Code;
        AgencyId = figures.AgencyId;
        ResolvingAgencyId = figures.ResolvingAgencyId;
        ProcedureCode = figures.ProcedureCode;
        ProcedureVersionId = figures.ProcedureVersionId;
        Channel = figures.Channel;
        Status = figures.Status;
        SubmittedAt = figures.SubmittedAt;
        ReceivedAt = figures.ReceivedAt;
        DueAt = figures.DueAt;
        OriginalDueAt = figures.OriginalDueAt;
        ProcessingTimeAmount = figures.ProcessingTimeAmount;
        ProcessingTimeUnit = figures.ProcessingTimeUnit;
        FinishedAt = figures.FinishedAt;
        ReturnedAt = figures.ReturnedAt;
        StoppedAt = figures.StoppedAt;
        WithdrawnAt = figures.WithdrawnAt;
        EndedAt = figures.EndedAt;
        Outcome = figures.Outcome;
        SupplementCount = figures.SupplementCount;
        FirstSupplementAt = figures.FirstSupplementAt;
        PendingSupplementSince = figures.PendingSupplementSince;
        Supplements = figures.Supplements.Count == 0 ? null
            : JsonSerializer.Serialize(figures.Supplements.Select(s => new SupplementPeriod(Utc(s.RequestedAt), s.CompletedAt is { } c ? Utc(c) : null)), Json);
        ExtensionCount = figures.ExtensionCount;
        ApologyCount = figures.ApologyCount;
        ApologyAfterDue = figures.ApologyAfterDue;
        Apologies = ApologiesOf(figures);
        ComponentCount = figures.ComponentCount;
        DigitisedCount = figures.DigitisedCount;
        ExemptCount = figures.ExemptCount;
        ReusedCount = figures.ReusedCount;
        ReturnedVia = figures.ReturnedVia;
        FeeStatus = figures.FeeStatus;
        CapturedSequence = figures.Sequence;
        CapturedAt = capturedAt;
        Dues = DuesOf(figures);
        DueMovedAt = figures.DueMovedAt is { } moved ? Utc(moved) : null;
        ChangedAt = figures.ChangedAt is { } changed ? Utc(changed) : null;
        RolledSequence = null;
    }

    /// <summary>The <see cref="Dues"/> column of <paramref name="figures"/>: null while the appointment never moved.</summary>
    public static string? DuesOf(DossierFigures figures) =>
        figures.DueMovedAt is null ? null : JsonSerializer.Serialize(figures.Dues.Select(d => d with { From = Utc(d.From), DueAt = Utc(d.DueAt) }), Json);

    /// <summary>The <see cref="Apologies"/> column of <paramref name="figures"/>, with when each was issued: null when there were none.</summary>
    public static string? ApologiesOf(DossierFigures figures) =>
        figures.Apologies.Count == 0 ? null
            : JsonSerializer.Serialize(figures.Apologies.Select(a => a with { DueAt = Utc(a.DueAt), IssuedAt = a.IssuedAt is { } issued ? Utc(issued) : null }), Json);

    /// <summary>The figures this row holds, as captured (the JSON lists read back): what the judging job judges.</summary>
    public DossierFigures Figures() => new(
        DossierId, Code, AgencyId, ResolvingAgencyId, ProcedureCode, ProcedureVersionId, Channel, Status, SubmittedAt, ReceivedAt, DueAt, OriginalDueAt,
        ProcessingTimeAmount, ProcessingTimeUnit, FinishedAt, ReturnedAt, StoppedAt, WithdrawnAt, EndedAt, Outcome,
        Supplements is null ? [] : JsonSerializer.Deserialize<List<SupplementPeriod>>(Supplements, Json) ?? [],
        PendingSupplementSince, ExtensionCount,
        Apologies is null ? [] : JsonSerializer.Deserialize<List<ApologyFigure>>(Apologies, Json) ?? [],
        ComponentCount, DigitisedCount, ExemptCount, ReusedCount, ReturnedVia, FeeStatus, CapturedSequence)
    {
        Dues = Dues is not null ? JsonSerializer.Deserialize<List<DueInForce>>(Dues, Json) ?? []
            : ReceivedAt is { } received && DueAt is { } due ? [new DueInForce(received, due)] : [],
    };

    /// <summary>The figures as they stood at <paramref name="at"/> (<see cref="DossierFigures.AsOf"/>): what a reader judging a past period end judges.</summary>
    public DossierFigures Figures(DateTime at) => Figures().AsOf(at);

    /// <summary>
    /// Records the verdicts on the captured figures (ADR-049, "Judging"): for an ended dossier (<paramref name="judgement"/>
    /// made as of its end) the statistic's due and both classes, final; for an open one only the statistic's due, since
    /// its classes depend on the period end a report reads it at; nothing for a dossier not yet received. Returns whether
    /// a column changed.
    /// </summary>
    public bool Judge(DossierJudgement? judgement)
    {
        var ended = judgement is { IsOpen: false };
        var due = judgement?.StatisticDueAt;
        var statistic = ended ? judgement!.StatisticClass : (OnTimeClass?)null;
        var legal = ended ? judgement!.LegalClass : (OnTimeClass?)null;
        if (due == StatisticDueAt && statistic == StatisticClass && legal == LegalClass && JudgedSequence == CapturedSequence)
        {
            return false;
        }

        StatisticDueAt = due;
        StatisticClass = statistic;
        LegalClass = legal;
        JudgedSequence = CapturedSequence;
        return true;
    }

    /// <summary>An instant of the JSON lists in UTC, to the microsecond: what PostgreSQL keeps of the dossier's own lists.</summary>
    private static DateTime Utc(DateTime instant) => new(instant.Ticks - (instant.Ticks % (TimeSpan.TicksPerMillisecond / 1000)), DateTimeKind.Utc);
}

internal sealed class MetricDossierConfiguration : IEntityTypeConfiguration<MetricDossier>
{
    /// <summary>The stored length of the JSON lists (a dossier has a few supplements and apologies at most).</summary>
    public const int ListLength = 4000;

    /// <summary>The name of the partial index of the rows the judging job has still to judge.</summary>
    public const string UnjudgedIndex = "IX_MetricDossiers_Unjudged";

    /// <summary>
    /// The rows the judging job has still to judge; the same text on PostgreSQL and SQLite, and the predicate the job's
    /// query implies (<see cref="MetricDossier.IsUnjudged"/>), so the planner can use the partial index.
    /// </summary>
    public const string UnjudgedFilter = "\"JudgedSequence\" IS NULL OR \"JudgedSequence\" < \"CapturedSequence\"";

    /// <summary>The name of the partial index of the rows no roll-up holds as they are (ADR-061).</summary>
    public const string UnrolledIndex = "IX_MetricDossiers_Unrolled";

    /// <summary>The rows no roll-up holds as they are: never rolled up, or changed since (<see cref="MetricDossier.IsUnrolled"/>).</summary>
    public const string UnrolledFilter = "\"RolledSequence\" IS NULL";

    /// <summary>The name of the partial index of the rows that make their roll-up bucket dirty: rolled up, then changed.</summary>
    public const string DirtyIndex = "IX_MetricDossiers_Dirty";

    /// <summary>The name of the partial index of the rows whose appointment, supplement, extensions or apologies changed (ADR-065, ADR-066).</summary>
    public const string MovedIndex = "IX_MetricDossiers_Moved";

    public const string MovedFilter = "\"ChangedAt\" IS NOT NULL";

    public const string DirtyFilter = "\"RolledBucket\" IS NOT NULL AND \"RolledSequence\" IS NULL";

    /// <summary>The name of the partial index of the rows whose statistic due is not the printed appointment alone (<see cref="MetricDossier.IsNotPlain"/>, M0060).</summary>
    public const string NotPlainIndex = "IX_MetricDossiers_NotPlain";

    public const string NotPlainFilter = "\"OriginalDueAt\" IS NULL OR \"FirstSupplementAt\" IS NOT NULL";

    /// <summary>The name of the partial index of the rows the judging job has to roll up (ADR-061, addendum 07/12/2026; M0056).</summary>
    public const string ToRollIndex = "IX_MetricDossiers_ToRoll";

    /// <summary>
    /// The rows to roll up: no roll-up holds them as they are, and they are ended, judged on their capture with a statistic
    /// class, and received (the job's query, <c>MetricRollupsWriter.ToRoll</c>); open rows, which stay unrolled, are not in it.
    /// </summary>
    public const string ToRollFilter =
        "\"RolledSequence\" IS NULL AND \"EndedAt\" IS NOT NULL AND \"JudgedSequence\" = \"CapturedSequence\" AND \"StatisticClass\" IS NOT NULL AND \"ReceivedAt\" IS NOT NULL";

    public void Configure(EntityTypeBuilder<MetricDossier> builder)
    {
        builder.ToTable("MetricDossiers");
        builder.HasKey(m => m.DossierId);
        builder.Property(m => m.DossierId).ValueGeneratedNever();
        builder.Property(m => m.Code).HasMaxLength(DossierCode.MaxLength);
        builder.Property(m => m.ProcedureCode).HasMaxLength(20);
        builder.Property(m => m.Channel).HasConversion<int>();
        builder.Property(m => m.Status).HasConversion<int>();
        builder.Property(m => m.ProcessingTimeUnit).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Outcome).HasConversion<int?>();
        builder.Property(m => m.Supplements).HasMaxLength(ListLength);
        builder.Property(m => m.Apologies).HasMaxLength(ListLength);
        builder.Property(m => m.Dues).HasMaxLength(ListLength);
        builder.Property(m => m.ReturnedVia).HasConversion<int?>();
        builder.Property(m => m.FeeStatus).HasConversion<int>();
        builder.Property(m => m.StatisticClass).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.LegalClass).HasConversion<string>().HasMaxLength(10);
        // Issue 13's reads: an agency's dossiers received in a period, ended in a period, and a procedure's across agencies (M0041).
        builder.HasIndex(m => new { m.AgencyId, m.ReceivedAt });
        builder.HasIndex(m => new { m.AgencyId, m.EndedAt });
        builder.HasIndex(m => new { m.ProcedureCode, m.ReceivedAt });
        // The same reads for the agency the figures count for, the competent agency (M0044).
        builder.HasIndex(m => new { m.ResolvingAgencyId, m.ReceivedAt });
        builder.HasIndex(m => new { m.ResolvingAgencyId, m.EndedAt });
        // A field's or a level's dossiers: the versions of the scope (MetricProcedureVersions), then their dossiers by period (M0042).
        builder.HasIndex(m => new { m.ProcedureVersionId, m.ReceivedAt });
        // The drill-down lists' order across agencies: newest reception first, the id breaking ties (M0052, ADR-054).
        builder.HasIndex(m => new { m.ReceivedAt, m.DossierId });
        // What the judging job reads at each run: only the rows not judged for their last capture (partial on both providers, M0042).
        builder.HasIndex(m => m.DossierId).HasFilter(UnjudgedFilter).HasDatabaseName(UnjudgedIndex);
        // The roll-ups' readers and job (ADR-061, M0048): the rows read from the facts because no clean bucket holds them,
        // and the rows of a bucket by the key they were rolled into.
        // Keyed by reception first (M0058), so that a period's read, the province's too, walks only that period's entries.
        builder.HasIndex(m => new { m.ReceivedAt, m.ResolvingAgencyId }, UnrolledIndex).HasFilter(UnrolledFilter);
        builder.HasIndex(m => new { m.RolledAgencyId, m.RolledBucket });
        builder.HasIndex(m => new { m.RolledAgencyId, m.RolledBucket }, DirtyIndex).HasFilter(DirtyFilter);
        // The rows a past period's statistics table judges as they stood at its end: appointment moved after it (M0053, ADR-065).
        builder.HasIndex(m => m.ChangedAt, MovedIndex).HasFilter(MovedFilter);
        // The rolled rows of a bucket that may be undecided at a period end: a few in a hundred, read by reception (M0060).
        builder.HasIndex(m => new { m.ReceivedAt, m.ResolvingAgencyId }, NotPlainIndex).HasFilter(NotPlainFilter);
        // What the job reads to find the buckets to count: only the rows to roll up, not every open row; it holds every column
        // the query reads, so that both providers answer from the index alone (SQLite takes a partial index only if it covers) (M0056).
        builder.HasIndex(
            m => new { m.ResolvingAgencyId, m.ReceivedAt, m.EndedAt, m.JudgedSequence, m.CapturedSequence, m.StatisticClass, m.RolledSequence }, ToRollIndex)
            .HasFilter(ToRollFilter);
    }
}
