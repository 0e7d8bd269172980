using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Rollups.Data;

/// <summary>
/// How many ended and judged facts rows (<see cref="MetricDossier"/>) of one competent agency and one half-month of
/// reception share the same values of what the Bộ chỉ số 766 predicates read (ADR-061). The columns carry the names and
/// types of the facts row's, so that each predicate of <c>PeriodMembership</c> and <c>DossierSets</c> runs on this table
/// unchanged (<see cref="RolledExpressions"/>): instants as their bucket's representative (<see cref="HalfMonthBuckets"/>),
/// the due and the result only as set or not (<c>Has…</c>: the rules test them against null only), the component counts
/// as the smallest counts that answer 4.2 and 4.3 as the row's own do; a value a rule reads only under a condition (the due
/// and the supplement request while the dossier was open, the rating's instant when not satisfied, the electronic result
/// with a granted result, paid online with fees asked for) is kept only where it can change an answer, so that fewer rows
/// differ. Written only by
/// <see cref="MetricRollupsWriter"/>, a bucket at a time.
/// </summary>
internal sealed class MetricDossierRollup : ICountedRollup
{
    private MetricDossierRollup()
    {
    }

    public Guid Id { get; private set; }

    public Guid ResolvingAgencyId { get; private set; }

    /// <summary>The start of the half-month of reception: with the agency, the bucket the row belongs to.</summary>
    public DateTime ReceivedAt { get; private set; }

    /// <summary>The row has a due (hạn): the rules read <c>DueAt</c> only for whether it is set.</summary>
    public bool HasDueAt { get; private set; }

    public DateTime? OriginalDueAt { get; private set; }

    public DateTime? FirstSupplementAt { get; private set; }

    /// <summary>The row has a result (đã có kết quả): the rules read <c>FinishedAt</c> only for whether it is set.</summary>
    public bool HasFinishedAt { get; private set; }

    public DateTime? EndedAt { get; private set; }

    public DateTime? RatedAt { get; private set; }

    public bool? Satisfied { get; private set; }

    public OnTimeClass? StatisticClass { get; private set; }

    public OnTimeClass? LegalClass { get; private set; }

    public SubmissionChannel Channel { get; private set; }

    public DossierOutcome? Outcome { get; private set; }

    public bool ElectronicResult { get; private set; }

    public bool FeesRequested { get; private set; }

    public bool PaidOnline { get; private set; }

    public int ComponentCount { get; private set; }

    public int DigitisedCount { get; private set; }

    public int ExemptCount { get; private set; }

    public int ReusedCount { get; private set; }

    /// <summary>How many facts rows have these values.</summary>
    public int Count { get; private set; }

    /// <summary>The roll-up rows of <paramref name="rows"/>, all of one agency and of the bucket starting at <paramref name="bucket"/>.</summary>
    public static List<MetricDossierRollup> Of(Guid agencyId, DateTime bucket, IEnumerable<MetricDossier> rows, HalfMonthBuckets buckets)
    {
        var digitised = Live.DossierSets.Digitised42().Compile();
        var reused = Live.DossierSets.Reused43().Compile();
        return [.. rows
            .Select(m => Of(agencyId, bucket, m, digitised(m), reused(m), buckets))
            .GroupBy(r => r.Key)
            .Select(g => g.First().Counted(g.Count()))];
    }

    private static MetricDossierRollup Of(Guid agencyId, DateTime bucket, MetricDossier m, bool digitised, bool reused, HalfMonthBuckets buckets)
    {
        // The boundaries a counted row's open state is read at lie after its reception and no later than its end: the due and
        // the supplement request are clamped to that span, and dropped when it is empty (received and ended in one bucket).
        var ended = buckets.HalfOpen(m.EndedAt)!.Value;
        var openSpan = ended > bucket;
        var granted = m.Outcome == DossierOutcome.Granted && m.FinishedAt != null;
        return new()
        {
            ResolvingAgencyId = agencyId,
            ReceivedAt = bucket,
            HasDueAt = m.DueAt != null,
            OriginalDueAt = openSpan ? Clamp(buckets.HalfOpen(m.OriginalDueAt), bucket, ended) : null,
            FirstSupplementAt = openSpan ? Clamp(buckets.ClosedRight(m.FirstSupplementAt), bucket.AddTicks(1), ended.AddTicks(1)) : null,
            HasFinishedAt = m.FinishedAt != null,
            EndedAt = ended,
            // The rating's instant is read only for "not satisfied by the period end", at a boundary after the reception.
            RatedAt = m.Satisfied == false ? Clamp(buckets.HalfOpen(m.RatedAt), bucket, DateTime.MaxValue) : null,
            Satisfied = m.Satisfied,
            StatisticClass = m.StatisticClass,
            LegalClass = m.LegalClass,
            Channel = m.Channel,
            Outcome = m.Outcome,
            // Read only with a granted result (4.1) and with the fees asked for (3.6).
            ElectronicResult = granted && m.ElectronicResult,
            FeesRequested = m.FeesRequested,
            PaidOnline = m.FeesRequested && m.PaidOnline,
            ComponentCount = digitised ? 1 : 0,
            DigitisedCount = digitised ? 1 : 0,
            ReusedCount = reused ? 1 : 0,
        };
    }

    private static DateTime? Clamp(DateTime? at, DateTime lowest, DateTime highest) =>
        at is { } value ? (value < lowest ? lowest : value > highest ? highest : value) : null;

    private MetricDossierRollup Counted(int count)
    {
        Id = Guid.CreateVersion7();
        Count = count;
        return this;
    }

    private (bool, DateTime?, DateTime?, bool, DateTime?, DateTime?, bool?, OnTimeClass?, OnTimeClass?, SubmissionChannel, DossierOutcome?, (bool, bool, bool, int, int, int)) Key =>
        (HasDueAt, OriginalDueAt, FirstSupplementAt, HasFinishedAt, EndedAt, RatedAt, Satisfied, StatisticClass, LegalClass, Channel, Outcome,
            (ElectronicResult, FeesRequested, PaidOnline, ComponentCount, DigitisedCount, ReusedCount));
}

/// <summary>
/// How many ended and judged facts rows of one agency, half-month of reception, procedure and channel there are, by fees
/// asked for and paid online (ADR-061): the distinct procedures of chỉ số 3.2 and the toàn trình row read it.
/// </summary>
internal sealed class MetricProcedureRollup : ICountedRollup
{
    private MetricProcedureRollup()
    {
    }

    public Guid Id { get; private set; }

    public Guid ResolvingAgencyId { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    public string ProcedureCode { get; private set; } = "";

    public SubmissionChannel Channel { get; private set; }

    public bool FeesRequested { get; private set; }

    public bool PaidOnline { get; private set; }

    public int Count { get; private set; }

    /// <summary>The roll-up rows of <paramref name="rows"/>, all of one agency and of the bucket starting at <paramref name="bucket"/>.</summary>
    public static List<MetricProcedureRollup> Of(Guid agencyId, DateTime bucket, IEnumerable<MetricDossier> rows) =>
        [.. rows.GroupBy(m => (m.ProcedureCode, m.Channel, m.FeesRequested, m.PaidOnline))
            .Select(g => new MetricProcedureRollup
            {
                Id = Guid.CreateVersion7(),
                ResolvingAgencyId = agencyId,
                ReceivedAt = bucket,
                ProcedureCode = g.Key.ProcedureCode,
                Channel = g.Key.Channel,
                FeesRequested = g.Key.FeesRequested,
                PaidOnline = g.Key.PaidOnline,
                Count = g.Count(),
            })];
}

/// <summary>A roll-up row: how many facts rows it stands for.</summary>
internal interface ICountedRollup
{
    int Count { get; }
}

internal sealed class MetricDossierRollupConfiguration : IEntityTypeConfiguration<MetricDossierRollup>
{
    public void Configure(EntityTypeBuilder<MetricDossierRollup> builder)
    {
        builder.ToTable("MetricDossierRollups");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.StatisticClass).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.LegalClass).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Channel).HasConversion<int>();
        builder.Property(r => r.Outcome).HasConversion<int?>();
        // A bucket is rewritten whole; an agency's period reads its buckets; 2.1 over the province reads by end (M0048).
        builder.HasIndex(r => new { r.ResolvingAgencyId, r.ReceivedAt });
        builder.HasIndex(r => new { r.EndedAt, r.ResolvingAgencyId });
    }
}

internal sealed class MetricProcedureRollupConfiguration : IEntityTypeConfiguration<MetricProcedureRollup>
{
    public void Configure(EntityTypeBuilder<MetricProcedureRollup> builder)
    {
        builder.ToTable("MetricProcedureRollups");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.ProcedureCode).HasMaxLength(20);
        builder.Property(r => r.Channel).HasConversion<int>();
        builder.HasIndex(r => new { r.ResolvingAgencyId, r.ReceivedAt });
    }
}
