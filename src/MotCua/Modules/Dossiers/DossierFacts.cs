using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Lifecycle;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Dossiers.ViewDossier;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers;

/// <summary>
/// The Dossiers module's API for modules that work for a dossier (ADR-035): who may open it, the few facts they show,
/// and the facts they add to its history. Nothing here saves: a recorded fact joins the caller's unit of work.
/// </summary>
internal sealed class DossierFacts(AppDbContext db, DossierLifecycle lifecycle, IOptions<DossierTimePolicy> policy)
{
    /// <summary>False for unknown dossiers and for staff of agencies that have nothing to do with it (answered 404 alike).</summary>
    public Task<bool> CanViewAsync(IAgencyScope scope, Guid dossierId, CancellationToken cancellationToken) =>
        DossierAccess.CanViewAsync(db, scope, dossierId, cancellationToken);

    /// <summary>The dossier's summary, or null for an unknown id.</summary>
    public Task<DossierSummary?> SummaryAsync(Guid dossierId, CancellationToken cancellationToken) =>
        db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId)
            .Select(d => new DossierSummary(d.Id, d.Code, d.AgencyId, d.Agency!.Name, d.ProcedureName, d.Applicant.Name, d.Applicant.Address))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The codes of the given dossiers (null while one has none); unknown ids are left out.</summary>
    public async Task<Dictionary<Guid, string?>> CodesAsync(IReadOnlyCollection<Guid> dossierIds, CancellationToken cancellationToken) =>
        await db.Dossiers.AsNoTracking().Where(d => dossierIds.Contains(d.Id)).Select(d => new { d.Id, d.Code })
            .ToDictionaryAsync(d => d.Id, d => d.Code, cancellationToken);

    /// <summary>
    /// The dossier with this code (mã số hồ sơ) and the agency that received it, or null for an unknown code or for text
    /// that is not a dossier code. A typed code may have surrounding spaces and lower-case letters (<see cref="DossierCode.TryParse"/>).
    /// </summary>
    public async Task<(Guid DossierId, Guid AgencyId)?> FindByCodeAsync(string code, CancellationToken cancellationToken)
    {
        if (!DossierCode.TryParse(code, out var parsed))
        {
            return null;
        }

        var text = parsed.Value.ToString();
        var found = await db.Dossiers.AsNoTracking().Where(d => d.Code == text).Select(d => new { d.Id, d.AgencyId }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Id, found.AgencyId);
    }

    /// <summary>
    /// The figures (<see cref="DossierFigures"/>) of up to <paramref name="batchSize"/> dossiers whose id follows
    /// <paramref name="afterId"/>, in id order: a reader pages through every dossier by passing the last id it got
    /// (<see cref="Guid.Empty"/> first). For rebuilding what was captured with each change (ADR-049).
    /// </summary>
    public async Task<IReadOnlyList<DossierFigures>> FiguresAsync(Guid afterId, int batchSize, CancellationToken cancellationToken)
    {
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.Id > afterId).OrderBy(d => d.Id).Take(batchSize).ToListAsync(cancellationToken);
        return [.. dossiers.Select(DossierFigures.Of)];
    }

    /// <summary>
    /// Of the given dossiers, those with an electronic result (kết quả giải quyết điện tử, Bộ chỉ số 766 chỉ số 4.1): a
    /// result file attached. Read in the caller's context and transaction, so the save that attaches it can refresh the
    /// dossier's facts (ADR-049).
    /// </summary>
    public static async Task<HashSet<Guid>> WithElectronicResultAsync(AppDbContext db, IReadOnlyCollection<Guid> dossierIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = await db.DossierAttachments.AsNoTracking().Where(a => dossierIds.Contains(a.DossierId) && a.Purpose == Attachments.AttachmentPurpose.Result)
            .Select(a => a.DossierId).Distinct().ToListAsync(cancellationToken);
        return [.. ids];
    }

    /// <summary>
    /// The verdicts on <paramref name="figures"/> as of <paramref name="asOf"/> under the dossiers' time policy
    /// (<c>Dossiers:Time:OnTimeGranularity</c>), as the dossier page shows them (ADR-049).
    /// </summary>
    public DossierJudgement? Judge(DossierFigures figures, BusinessCalendar calendar, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.Judge(calendar, asOf, policy.Value.OnTimeGranularity);
    }

    /// <summary>
    /// Adds a fee fact to the dossier's history and the applicant's notices, in the caller's unit of work. The dossier's
    /// revision changes with it, so a save that races another change of the dossier fails as a concurrency conflict.
    /// </summary>
    public async Task RecordFeeAsync(Guid dossierId, FeeFact fact, string comment, DateTime at, Actor actor, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.FindAsync([dossierId], cancellationToken)
            ?? throw new InvalidOperationException($"Dossier {dossierId} does not exist.");
        switch (fact)
        {
            case FeeFact.Requested:
                dossier.RecordPayment(DossierAction.PaymentRequested, comment, at, actor);
                break;
            case FeeFact.Paid:
                dossier.RecordPayment(DossierAction.Paid, comment, at, actor);
                break;
            case FeeFact.Cancelled:
                dossier.RecordPayment(DossierAction.PaymentCancelled, comment, at, actor);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fact), fact, null);
        }

        lifecycle.Stage(dossier);
    }
}
