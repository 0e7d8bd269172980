using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Feedback;

/// <summary>One time limit of a PAKN as stored (ADR-046 §4).</summary>
internal sealed record PetitionDeadlineFact(PetitionDeadlineKind Kind, int Round, Guid AgencyId, DateTime StartAt, DateTime DueAt, DateTime? ClosedAt, OnTimeClass? Class)
{
    public bool IsLateAt(DateTime at) => PetitionTimeliness.IsLateAt(Kind, StartAt, DueAt, ClosedAt, Class, at);
}

/// <summary>
/// What the metrics and the periodic reports read of one PAKN, as stored when it happened (ADR-046 §7): never recomputed
/// from text.
/// </summary>
internal sealed record PetitionFact(
    Guid Id,
    string Code,
    Guid ReceivingAgencyId,
    Guid AgencyId,
    PetitionChannel Channel,
    PetitionCategory Category,
    string? ProcedureCode,
    DateTime ReceivedAt,
    PetitionStatus Status,
    DateTime? AnsweredAt,
    DateTime? PublishedAt,
    DateTime? ClosedAt,
    PetitionGrounds? Grounds,
    PetitionOutcome? Outcome,
    bool? Satisfied,
    DateTime? RatedAt,
    DateTime? ReopenedAt,
    IReadOnlyList<PetitionDeadlineFact> Deadlines)
{
    /// <summary>766 5.2 as seen at <paramref name="at"/> (a period's end): a deadline met late, or an obligation running past due.</summary>
    public bool IsLateAt(DateTime at) => Deadlines.Any(d => d.IsLateAt(at));

    /// <summary>766 5.3 as seen at <paramref name="at"/>: rated unsatisfied, late, or reopened.</summary>
    public bool IsUnsatisfiedAt(DateTime at) =>
        PetitionTimeliness.IsUnsatisfied(RatedAt <= at ? Satisfied : null, ReopenedAt <= at, IsLateAt(at));
}

/// <summary>The figures of a period (ADR-046 §7): PAKN counted once, by their first receipt in the period.</summary>
internal sealed record PetitionCounts(
    int Received,
    IReadOnlyDictionary<PetitionChannel, int> ByChannel,
    IReadOnlyDictionary<PetitionCategory, int> ByCategory,
    int Answered,
    int Published,
    int Refused,
    int StillOpen,
    int OnTime,
    int Late,
    int RatedSatisfied,
    int RatedUnsatisfied,
    int Unsatisfied)
{
    /// <summary>
    /// Counts <paramref name="facts"/> as seen at <paramref name="at"/>. A merged duplicate is not counted: its original
    /// is ([U], ADR-046 §3).
    /// </summary>
    public static PetitionCounts Of(IEnumerable<PetitionFact> facts, DateTime at)
    {
        var counted = facts.Where(IsCounted).ToList();
        return new PetitionCounts(
            counted.Count,
            counted.GroupBy(f => f.Channel).ToDictionary(g => g.Key, g => g.Count()),
            counted.GroupBy(f => f.Category).ToDictionary(g => g.Key, g => g.Count()),
            counted.Count(f => f.AnsweredAt <= at),
            counted.Count(f => f.PublishedAt <= at),
            counted.Count(f => f.Status == PetitionStatus.Refused && f.ClosedAt <= at),
            counted.Count(f => !(f.AnsweredAt <= at) && !(f.ClosedAt <= at)),
            counted.Count(f => IsOnTimeAt(f, at)),
            counted.Count(f => !IsOnTimeAt(f, at)),
            counted.Count(f => f.RatedAt <= at && f.Satisfied == true),
            counted.Count(f => f.RatedAt <= at && f.Satisfied == false),
            counted.Count(f => !IsNotUnsatisfiedAt(f, at)));
    }

    /// <summary>A PAKN in <see cref="Received"/> (766 5.2 and 5.3's mẫu số): all but a merged duplicate, whose original counts ([U], ADR-046 §3).</summary>
    public static bool IsCounted(PetitionFact fact) => fact.Status != PetitionStatus.Merged;

    /// <summary>A counted PAKN in <see cref="OnTime"/> (766 5.2's tử số) as seen at <paramref name="at"/>.</summary>
    public static bool IsOnTimeAt(PetitionFact fact, DateTime at) => !fact.IsLateAt(at);

    /// <summary>A counted PAKN outside <see cref="Unsatisfied"/> (766 5.3's tử số) as seen at <paramref name="at"/>.</summary>
    public static bool IsNotUnsatisfiedAt(PetitionFact fact, DateTime at) => !fact.IsUnsatisfiedAt(at);
}

/// <summary>
/// The Feedback module's numbers for Metrics and Reports (766 indicators 5.2 and 5.3, the periodic reports): the stored
/// facts of the PAKN received in a period, and their counts judged at the period's end.
/// </summary>
internal sealed class PetitionStatistics(AppDbContext db)
{
    /// <summary>
    /// The PAKN first received in [<paramref name="from"/>, <paramref name="to"/>) that any of <paramref name="agencyIds"/>
    /// received, held, or ran a deadline for (null: every agency).
    /// </summary>
    public async Task<IReadOnlyList<PetitionFact>> FactsAsync(IReadOnlyCollection<Guid>? agencyIds, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        var petitions = db.Petitions.AsNoTracking().Where(p => p.ReceivedAt >= from && p.ReceivedAt < to);
        if (agencyIds is not null)
        {
            petitions = petitions.Where(p => agencyIds.Contains(p.ReceivingAgencyId) || agencyIds.Contains(p.AgencyId)
                || db.PetitionDeadlines.Any(d => d.PetitionId == p.Id && agencyIds.Contains(d.AgencyId)));
        }

        var rows = await petitions.OrderBy(p => p.ReceivedAt)
            .Select(p => new
            {
                p.Id, p.Code, p.ReceivingAgencyId, p.AgencyId, p.Channel, p.Category, p.ProcedureCode, p.ReceivedAt, p.Status, p.AnsweredAt, p.PublishedAt, p.ClosedAt,
                p.Grounds, p.Outcome, p.Satisfied, p.RatedAt, p.ReopenedAt,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var deadlines = (await db.PetitionDeadlines.AsNoTracking().Where(d => ids.Contains(d.PetitionId))
                .Select(d => new { d.PetitionId, Fact = new PetitionDeadlineFact(d.Kind, d.Round, d.AgencyId, d.StartAt, d.DueAt, d.ClosedAt, d.Class) })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.PetitionId, d => d.Fact);
        return [.. rows.Select(r => new PetitionFact(
            r.Id, r.Code, r.ReceivingAgencyId, r.AgencyId, r.Channel, r.Category, r.ProcedureCode, r.ReceivedAt, r.Status, r.AnsweredAt, r.PublishedAt, r.ClosedAt,
            r.Grounds, r.Outcome, r.Satisfied, r.RatedAt, r.ReopenedAt,
            [.. deadlines[r.Id].OrderBy(d => d.StartAt).ThenBy(d => d.Kind)]))];
    }

    /// <summary>The counts of <see cref="FactsAsync"/>, judged at <paramref name="to"/> (or now, if earlier).</summary>
    public async Task<PetitionCounts> CountsAsync(IReadOnlyCollection<Guid>? agencyIds, DateTime from, DateTime to, DateTime now, CancellationToken cancellationToken) =>
        PetitionCounts.Of(await FactsAsync(agencyIds, from, to, cancellationToken), to < now ? to : now);
}
