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

    /// <summary>True once the dossier was rated, from any channel (one rating per dossier).</summary>
    public Task<bool> RatedAsync(Guid dossierId, CancellationToken cancellationToken) =>
        db.DossierRatings.AnyAsync(r => r.DossierId == dossierId, cancellationToken);
}
