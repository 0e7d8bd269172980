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

    /// <summary>
    /// The ratings given in [<paramref name="from"/>, <paramref name="to"/>) of dossiers received by any of
    /// <paramref name="agencyIds"/> (null: every agency): how many, and how many satisfied (766 chỉ số 5.4). Aggregates only.
    /// </summary>
    public async Task<RatingCounts> CountsAsync(IReadOnlyCollection<Guid>? agencyIds, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        var ratings = db.DossierRatings.AsNoTracking().Where(r => r.RatedAt >= from && r.RatedAt < to);
        if (agencyIds is not null)
        {
            ratings = ratings.Where(r => agencyIds.Contains(r.AgencyId));
        }

        var counts = await ratings.GroupBy(r => 1).Select(g => new RatingCounts(g.Count(), g.Count(r => r.Satisfied))).SingleOrDefaultAsync(cancellationToken);
        return counts ?? new RatingCounts(0, 0);
    }
}

/// <summary>Ratings given and, of them, satisfied (hài lòng).</summary>
internal sealed record RatingCounts(int Rated, int Satisfied);
