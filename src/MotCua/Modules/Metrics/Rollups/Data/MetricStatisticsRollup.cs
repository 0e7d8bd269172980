using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Metrics.Rollups.Data;

/// <summary>
/// How many ended and judged facts rows of one competent agency, half-month of reception and procedure version share the
/// same tally parts of the dossier statistics table (ADR-065): the parts that do not depend on the period — channel,
/// apology, and the state and legal class the dossier ended with — as they are, and what the period-dependent parts read
/// as bucket stand-ins (<see cref="HalfMonthBuckets"/>), clamped to the span the dossier was open, so that the tally of a
/// dossier open at a period end on a bucket boundary is answered here as on its facts row. Written only by
/// <see cref="MetricRollupsWriter"/>, a bucket at a time, with the 766 roll-ups.
/// </summary>
internal sealed class MetricStatisticsRollup : ICountedRollup
{
    private MetricStatisticsRollup()
    {
    }

    public Guid Id { get; private set; }

    public Guid ResolvingAgencyId { get; private set; }

    /// <summary>The start of the half-month of reception: with the agency, the bucket the rows belong to.</summary>
    public DateTime ReceivedAt { get; private set; }

    public Guid ProcedureVersionId { get; private set; }

    public SubmissionChannel Channel { get; private set; }

    /// <summary>An apology was issued (<see cref="DossierFact.ApologyCount"/> &gt; 0).</summary>
    public bool Apologised { get; private set; }

    /// <summary>The <c>DossierTallyState</c> of a period that ends after the dossier ended.</summary>
    public int State { get; private set; }

    /// <summary>The legal <c>OnTimeClass</c> of a period that ends after the dossier ended.</summary>
    public int Time { get; private set; }

    /// <summary>The start of the bucket the dossier ended in: compared with a period's bounds by <c>&lt;</c> and <c>&gt;=</c>.</summary>
    public DateTime EndedAt { get; private set; }

    /// <summary>The appointment in force, read with <c>end &gt; DueAt</c> at a period end the dossier was open at; null when it ended in its reception's bucket.</summary>
    public DateTime? DueAt { get; private set; }

    /// <summary>The pending supplement request, read with <c>&lt;= end</c> at a period end the dossier was open at; null when none or none such end.</summary>
    public DateTime? PendingSupplementSince { get; private set; }

    /// <summary>The pending supplement was requested after the appointment: the clock stood past it (NĐ 61/2018 Điều 19 khoản 4).</summary>
    public bool PendingLate { get; private set; }

    /// <summary>When the appointment last moved, read with <c>&gt; end</c>: a dossier open at a period end before it is read from the facts.</summary>
    public DateTime? ChangedAt { get; private set; }

    /// <summary>How many facts rows have these values.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The roll-up rows of <paramref name="rows"/>, all of one agency and of the bucket starting at <paramref name="bucket"/>,
    /// with the state and class each ended with as <paramref name="ended"/> tallies them.
    /// </summary>
    public static List<MetricStatisticsRollup> Of(Guid agencyId, DateTime bucket, IEnumerable<DossierFact> rows, Func<DossierFact, TallyFact> ended, HalfMonthBuckets buckets) =>
        [.. rows.Select(f => Of(agencyId, bucket, f, ended(f), buckets))
            .GroupBy(r => r.Key)
            .Select(g =>
            {
                var rollup = g.First();
                rollup.Id = Guid.CreateVersion7();
                rollup.Count = g.Count();
                return rollup;
            })];

    private static MetricStatisticsRollup Of(Guid agencyId, DateTime bucket, DossierFact f, TallyFact tally, HalfMonthBuckets buckets)
    {
        // A period end the dossier was open at lies after its bucket and no later than the start of the bucket it ended in:
        // the instants compared with that end are clamped to the span, and dropped when it is empty.
        var ended = buckets.HalfOpen(f.EndedAt)!.Value;
        var openSpan = ended > bucket;
        var pending = openSpan ? HalfMonthBuckets.KeepWithin(buckets.ClosedRight(f.PendingSupplementSince), bucket + HalfMonthBuckets.Microsecond, ended + HalfMonthBuckets.Microsecond) : null;
        return new()
        {
            ResolvingAgencyId = agencyId,
            ReceivedAt = bucket,
            ProcedureVersionId = f.ProcedureVersionId,
            Channel = f.Channel,
            Apologised = tally.Apologised,
            State = tally.State,
            Time = tally.Time,
            EndedAt = ended,
            DueAt = openSpan ? HalfMonthBuckets.KeepWithin(buckets.HalfOpen(f.DueAt), bucket, ended) : null,
            PendingSupplementSince = pending,
            PendingLate = pending is not null && f.PendingSupplementSince > f.DueAt,
            ChangedAt = openSpan ? HalfMonthBuckets.KeepWithin(buckets.ClosedRight(f.ChangedAt), bucket + HalfMonthBuckets.Microsecond, ended + HalfMonthBuckets.Microsecond) : null,
        };
    }

    private (Guid, SubmissionChannel, bool, int, int, DateTime, DateTime?, DateTime?, bool, DateTime?) Key =>
        (ProcedureVersionId, Channel, Apologised, State, Time, EndedAt, DueAt, PendingSupplementSince, PendingLate, ChangedAt);
}

internal sealed class MetricStatisticsRollupConfiguration : IEntityTypeConfiguration<MetricStatisticsRollup>
{
    public void Configure(EntityTypeBuilder<MetricStatisticsRollup> builder)
    {
        builder.ToTable("MetricStatisticsRollups");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Channel).HasConversion<int>();
        // A bucket is rewritten whole and an agency's table reads its buckets; the province's table reads by end (M0053).
        builder.HasIndex(r => new { r.ResolvingAgencyId, r.ReceivedAt });
        builder.HasIndex(r => new { r.EndedAt, r.ResolvingAgencyId });
    }
}
