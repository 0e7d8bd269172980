namespace MotCua.Modules.Dossiers;

/// <summary>
/// What Dossiers needs from the fees of its dossiers (NĐ 61/2018/NĐ-CP Điều 22), declared here and implemented by the
/// Fees module, which depends on Dossiers and not the other way round (ADR-035).
/// </summary>
internal interface IDossierFees
{
    /// <summary>
    /// Adds a request for the procedure's fees to the caller's unit of work; returns what the dossier's history records of
    /// it (amount and fee lines), or null when the procedure has no fee. The caller records it.
    /// </summary>
    string? RequestProcedureFees(Guid dossierId, Guid agencyId, Catalog.PublishedProcedure procedure, string requestedBy);

    /// <summary>True while a required fee of the dossier is unpaid: the result is not returned then.</summary>
    Task<bool> HasUnpaidRequiredAsync(Guid dossierId, CancellationToken cancellationToken);

    /// <summary>What the return records about fees: none (or all withdrawn) → not applicable; a required one unpaid → unpaid; else paid.</summary>
    Task<FeeStatus> FeeStatusAsync(Guid dossierId, CancellationToken cancellationToken);
}
