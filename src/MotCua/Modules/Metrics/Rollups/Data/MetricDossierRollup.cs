using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Live;

namespace MotCua.Modules.Metrics.Rollups.Data;

/// <summary>
/// How many ended and judged facts rows (<see cref="MetricDossier"/>) of one competent agency and one half-month of
/// reception share the same values of what the period-dependent rules of Bộ chỉ số 766 read (ADR-061:
/// <c>PeriodMembership</c> and <c>DossierSets.Unsatisfied54</c>), and, for each static flag (<see cref="RolledFlag"/>), how
/// many of them it holds for. The key columns carry the names and types of the facts row's, so that each period-dependent
/// predicate runs on this table unchanged (<see cref="RolledExpressions"/>): instants as their bucket's representative
/// (<see cref="HalfMonthBuckets"/>), the due only as set or not (<c>HasDueAt</c>: the rules test it against null only); a
/// value a rule reads only under a condition (the due and the supplement request while the dossier was open, the rating
/// and its instant when not satisfied) is kept only where it can change an answer, so that fewer rows differ. The static
/// flags are read only as marginal counts over a population, never jointly, so they are sums, not key columns. Written
/// only by <see cref="MetricRollupsWriter"/>, a bucket at a time.
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

    public DateTime? EndedAt { get; private set; }

    public DateTime? RatedAt { get; private set; }

    /// <summary>False when rated not satisfied, else null: the rules read it only for "not satisfied".</summary>
    public bool? Satisfied { get; private set; }

    public OnTimeClass? StatisticClass { get; private set; }

    /// <summary>How many of the rows are <see cref="RolledFlag.Online33"/>.</summary>
    public int Online33 { get; private set; }

    /// <summary>How many of the rows are <see cref="RolledFlag.WithResult41"/>.</summary>
    public int WithResult41 { get; private set; }

    /// <summary>How many of the rows are <see cref="RolledFlag.ElectronicResult41"/>.</summary>
    public int ElectronicResult41 { get; private set; }

    /// <summary>How many of the rows are <see cref="RolledFlag.Digitised42"/>.</summary>
    public int Digitised42 { get; private set; }

    /// <summary>How many of the rows are <see cref="RolledFlag.Reused43"/>.</summary>
    public int Reused43 { get; private set; }

    /// <summary>How many of the rows are <see cref="RolledFlag.WithFees36"/>.</summary>
    public int WithFees36 { get; private set; }

    /// <summary>How many of the rows are <see cref="RolledFlag.PaidOnline36"/>.</summary>
    public int PaidOnline36 { get; private set; }

    /// <summary>How many facts rows have these values.</summary>
    public int Count { get; private set; }

    /// <summary>The roll-up rows of <paramref name="rows"/>, all of one agency and of the bucket starting at <paramref name="bucket"/>.</summary>
    public static List<MetricDossierRollup> Of(Guid agencyId, DateTime bucket, IEnumerable<MetricDossier> rows, HalfMonthBuckets buckets)
    {
        var flags = RolledFlag.All.Select(f => (Holds: f.Predicate.Compile(), f.Column)).ToList();
        return [.. rows
            .Select(m => (Row: m, Rollup: Of(agencyId, bucket, m, buckets)))
            .GroupBy(r => r.Rollup.Key)
            .Select(g =>
            {
                var rollup = g.First().Rollup;
                rollup.Id = Guid.CreateVersion7();
                rollup.Count = g.Count();
                foreach (var (holds, column) in flags)
                {
                    column.SetValue(rollup, g.Count(r => holds(r.Row)));
                }

                return rollup;
            })];
    }

    private static MetricDossierRollup Of(Guid agencyId, DateTime bucket, MetricDossier m, HalfMonthBuckets buckets)
    {
        // The boundaries a counted row's open state is read at lie after its reception and no later than its end: the due and
        // the supplement request are clamped to that span, and dropped when it is empty (received and ended in one bucket).
        var ended = buckets.HalfOpen(m.EndedAt)!.Value;
        var openSpan = ended > bucket;
        return new()
        {
            ResolvingAgencyId = agencyId,
            ReceivedAt = bucket,
            HasDueAt = m.DueAt != null,
            OriginalDueAt = openSpan ? HalfMonthBuckets.KeepWithin(buckets.HalfOpen(m.OriginalDueAt), bucket, ended) : null,
            FirstSupplementAt = openSpan ? HalfMonthBuckets.KeepWithin(buckets.ClosedRight(m.FirstSupplementAt), bucket + HalfMonthBuckets.Microsecond, ended + HalfMonthBuckets.Microsecond) : null,
            EndedAt = ended,
            // The rating and its instant are read only for "not satisfied by the period end", at a boundary after the reception.
            RatedAt = m.Satisfied == false ? HalfMonthBuckets.KeepWithin(buckets.HalfOpen(m.RatedAt), bucket, DateTime.MaxValue) : null,
            Satisfied = m.Satisfied == false ? false : null,
            StatisticClass = m.StatisticClass,
        };
    }

    private (bool, DateTime?, DateTime?, DateTime?, DateTime?, bool?, OnTimeClass?) Key =>
        (HasDueAt, OriginalDueAt, FirstSupplementAt, EndedAt, RatedAt, Satisfied, StatisticClass);
}

/// <summary>
/// A static flag of Bộ chỉ số 766 (one that does not depend on the period) that the roll-up keeps as a sum column (ADR-061):
/// its <see cref="DossierSets"/> predicate, compiled by the writer to count a group's rows, and the column the reader sums.
/// </summary>
internal sealed class RolledFlag
{
    private RolledFlag(Expression<Func<MetricDossier, bool>> predicate, Expression<Func<MetricDossierRollup, int>> sum)
    {
        Predicate = predicate;
        Sum = sum;
        Column = (PropertyInfo)((MemberExpression)sum.Body).Member;
    }

    public static RolledFlag Online33 { get; } = new(DossierSets.Online33(), r => r.Online33);

    public static RolledFlag WithResult41 { get; } = new(DossierSets.WithResult41(), r => r.WithResult41);

    public static RolledFlag ElectronicResult41 { get; } = new(DossierSets.ElectronicResult41(), r => r.ElectronicResult41);

    public static RolledFlag Digitised42 { get; } = new(DossierSets.Digitised42(), r => r.Digitised42);

    public static RolledFlag Reused43 { get; } = new(DossierSets.Reused43(), r => r.Reused43);

    public static RolledFlag WithFees36 { get; } = new(DossierSets.WithFees36(), r => r.WithFees36);

    public static RolledFlag PaidOnline36 { get; } = new(DossierSets.PaidOnline36(), r => r.PaidOnline36);

    /// <summary>Every flag the roll-up sums.</summary>
    public static IReadOnlyList<RolledFlag> All { get; } = [Online33, WithResult41, ElectronicResult41, Digitised42, Reused43, WithFees36, PaidOnline36];

    /// <summary>The rule, over the facts rows.</summary>
    public Expression<Func<MetricDossier, bool>> Predicate { get; }

    /// <summary>The roll-up's count of the rows the rule holds for.</summary>
    public Expression<Func<MetricDossierRollup, int>> Sum { get; }

    /// <summary>The property behind <see cref="Sum"/>, which the writer sets.</summary>
    public PropertyInfo Column { get; }
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
