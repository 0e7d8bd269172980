namespace MotCua.Modules.Dossiers;

/// <summary>The applicant's rating of how a dossier was handled (TT 01/2018/TT-VPCP Điều 13–14), as the dossier page shows it.</summary>
internal sealed record DossierRatingView(DateTime RatedAt, bool Satisfied, int TimeScore, int ContactsScore, int AgenciesScore, int AttitudeScore, bool ConductComplaint, string? Comment);

/// <summary>
/// What Dossiers needs of the applicants' ratings, declared here and implemented by the Portal module, which takes the
/// ratings and depends on Dossiers, not the other way round (ADR-035, ADR-036).
/// </summary>
internal interface IDossierRatings
{
    /// <summary>The dossier's rating, or null while it has none.</summary>
    Task<DossierRatingView?> OfAsync(Guid dossierId, CancellationToken cancellationToken);
}
