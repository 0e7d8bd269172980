using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Portal;

/// <summary>
/// The applicants' ratings of their dossiers' handling (TT 01/2018/TT-VPCP Điều 13–14), which the portal takes at the
/// kiosk and online: the port Dossiers declares for its dossier page (<see cref="IDossierRatings"/>), and whether a
/// dossier was rated.
/// </summary>
internal sealed class DossierRatings(AppDbContext db) : IDossierRatings
{
    public Task<DossierRatingView?> OfAsync(Guid dossierId, CancellationToken cancellationToken) =>
        db.DossierRatings.AsNoTracking().Where(r => r.DossierId == dossierId)
            .Select(r => new DossierRatingView(r.RatedAt, r.Satisfied, r.TimeScore, r.ContactsScore, r.AgenciesScore, r.AttitudeScore, r.ConductComplaint, r.Comment))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The ratings of the given dossiers that were rated, without the comments, read in the caller's context and
    /// transaction: what the metrics keep with the dossier's facts (ADR-049).
    /// </summary>
    public static async Task<Dictionary<Guid, DossierRatingView>> OfManyAsync(AppDbContext db, IReadOnlyCollection<Guid> dossierIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.DossierRatings.AsNoTracking().Where(r => dossierIds.Contains(r.DossierId))
            .Select(r => new { r.DossierId, View = new DossierRatingView(r.RatedAt, r.Satisfied, r.TimeScore, r.ContactsScore, r.AgenciesScore, r.AttitudeScore, r.ConductComplaint, null) })
            .ToDictionaryAsync(r => r.DossierId, r => r.View, cancellationToken);
    }

    /// <summary>True once the dossier was rated, from any channel (one rating per dossier).</summary>
    public Task<bool> RatedAsync(Guid dossierId, CancellationToken cancellationToken) =>
        db.DossierRatings.AnyAsync(r => r.DossierId == dossierId, cancellationToken);
}
