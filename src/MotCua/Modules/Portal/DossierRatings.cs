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

    /// <summary>
    /// How many of <paramref name="dossierIds"/> (a query, composed into one statement) were rated not satisfied by
    /// <paramref name="at"/>: Bộ chỉ số 766 chỉ số 5.4's "đánh giá không hài lòng" share.
    /// </summary>
    public Task<int> UnsatisfiedCountAsync(IQueryable<Guid> dossierIds, DateTime at, CancellationToken cancellationToken) =>
        db.DossierRatings.AsNoTracking().CountAsync(r => dossierIds.Contains(r.DossierId) && !r.Satisfied && r.RatedAt < at, cancellationToken);

    /// <summary>Of <paramref name="dossierIds"/>, those rated not satisfied by <paramref name="at"/> (a drill-down page's few ids).</summary>
    public async Task<IReadOnlyList<Guid>> UnsatisfiedOfAsync(IReadOnlyCollection<Guid> dossierIds, DateTime at, CancellationToken cancellationToken) =>
        await db.DossierRatings.AsNoTracking().Where(r => dossierIds.Contains(r.DossierId) && !r.Satisfied && r.RatedAt < at)
            .Select(r => r.DossierId).ToListAsync(cancellationToken);
}
