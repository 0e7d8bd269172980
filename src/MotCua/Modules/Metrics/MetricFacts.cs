using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Metrics;

/// <summary>
/// The dossiers' facts (<c>MetricDossiers</c>, ADR-049) as other modules read them: never tracked, in the caller's unit of
/// work, so a report filters, groups and counts them in its own query (one statement, computed by the database). The rows
/// are written only by this module.
/// </summary>
internal sealed class MetricFacts
{
    private readonly AppDbContext _db;

    private MetricFacts(AppDbContext db) => _db = db;

    /// <summary>The facts read through <paramref name="db"/>, the caller's unit of work.</summary>
    public static MetricFacts Of(AppDbContext db) => new(db);

    /// <summary>One row per dossier, as captured with its last change and judged by <c>metrics.judge</c>.</summary>
    public IQueryable<DossierFact> Dossiers => _db.MetricDossiers.AsNoTracking().Select(Projection);

    /// <summary>A facts row as a report reads it: the projection of <see cref="Dossiers"/>, for readers in this module that choose the rows first.</summary>
    internal static readonly System.Linq.Expressions.Expression<Func<Data.MetricDossier, DossierFact>> Projection = m => new DossierFact
    {
        DossierId = m.DossierId,
        Code = m.Code,
        ResolvingAgencyId = m.ResolvingAgencyId,
        ReceivingAgencyId = m.AgencyId,
        ProcedureCode = m.ProcedureCode,
        ProcedureVersionId = m.ProcedureVersionId,
        Channel = m.Channel,
        Status = m.Status,
        ReceivedAt = m.ReceivedAt,
        DueAt = m.DueAt,
        FinishedAt = m.FinishedAt,
        ReturnedAt = m.ReturnedAt,
        StoppedAt = m.StoppedAt,
        WithdrawnAt = m.WithdrawnAt,
        EndedAt = m.EndedAt,
        Outcome = m.Outcome,
        PendingSupplementSince = m.PendingSupplementSince,
        SupplementCount = m.SupplementCount,
        ExtensionCount = m.ExtensionCount,
        ApologyCount = m.ApologyCount,
        LegalClass = m.LegalClass,
        DueMovedAt = m.DueMovedAt,
        ChangedAt = m.ChangedAt,
    };

    /// <summary>
    /// The figures of the given dossiers as they stood at <paramref name="at"/> (ADR-064): the appointment in force and the
    /// supplements then, for a report that judges a past period end with <c>DossierFacts.Judge</c>. Unknown ids are left out.
    /// </summary>
    public async Task<IReadOnlyList<DossierFigures>> FiguresAsync(IReadOnlyCollection<Guid> dossierIds, DateTime at, CancellationToken cancellationToken) =>
        [.. (await _db.MetricDossiers.AsNoTracking().Where(m => dossierIds.Contains(m.DossierId)).ToListAsync(cancellationToken)).Select(m => m.Figures(at))];
}

/// <summary>The filters a report scopes the facts with.</summary>
internal static class DossierFactQueries
{
    /// <summary>The dossiers whose figures count for <paramref name="agencyId"/> (its competent agency's, ADR-049 "Competent agency").</summary>
    public static IQueryable<DossierFact> CountedFor(this IQueryable<DossierFact> facts, Guid agencyId) =>
        facts.Where(f => f.ResolvingAgencyId == agencyId);
}

/// <summary>The facts of one dossier a report reads (<see cref="DossierFigures"/> as stored; every instant UTC).</summary>
internal sealed class DossierFact
{
    public Guid DossierId { get; init; }

    public string? Code { get; init; }

    /// <summary>The agency the figures count for: the competent agency once processing started, else the receiving agency (<see cref="Dossier.ResolvingAgencyId"/>).</summary>
    public Guid ResolvingAgencyId { get; init; }

    /// <summary>The agency whose one-stop desk received the dossier: for desk-specific counts only.</summary>
    public Guid ReceivingAgencyId { get; init; }

    public string ProcedureCode { get; init; } = "";

    public Guid ProcedureVersionId { get; init; }

    public SubmissionChannel Channel { get; init; }

    public DossierStatus Status { get; init; }

    /// <summary>Ngày tiếp nhận; null before the desk accepted the dossier.</summary>
    public DateTime? ReceivedAt { get; init; }

    /// <summary>Ngày hẹn trả in force.</summary>
    public DateTime? DueAt { get; init; }

    public DateTime? FinishedAt { get; init; }

    public DateTime? ReturnedAt { get; init; }

    public DateTime? StoppedAt { get; init; }

    public DateTime? WithdrawnAt { get; init; }

    /// <summary>The first end reached; null while open.</summary>
    public DateTime? EndedAt { get; init; }

    public DossierOutcome? Outcome { get; init; }

    public DateTime? PendingSupplementSince { get; init; }

    public int SupplementCount { get; init; }

    public int ExtensionCount { get; init; }

    public int ApologyCount { get; init; }

    /// <summary>The legal verdict of an ended dossier as of its end; null while open or not judged yet.</summary>
    public OnTimeClass? LegalClass { get; init; }

    /// <summary>When the appointment in force last moved or a supplement was completed: a period ending before it reads the figures as they stood (<see cref="MetricFacts.FiguresAsync"/>).</summary>
    public DateTime? DueMovedAt { get; init; }

    /// <summary>
    /// When a figure read as it stood at a period end last changed — the appointment, a supplement's completion, an extension
    /// or an apology (ADR-066): a period ending before it reads the row's figures as they stood (<see cref="MetricFacts.FiguresAsync"/>);
    /// for any other the row's columns are those of its end.
    /// </summary>
    public DateTime? ChangedAt { get; init; }
}
