namespace MotCua.Modules.Dossiers;

/// <summary>
/// A row of another aggregate whose change changes a fact of its dossier that the dossier itself does not hold — a fee
/// request and how it was paid (Fees), the result file (Dossiers' attachments), the applicant's rating (Portal) — so
/// the save that adds, changes or removes it refreshes the dossier's facts in its transaction (ADR-049, "Facts from
/// other aggregates"). Only <see cref="DossierId"/> is read.
/// </summary>
internal interface IDossierFactsSource
{
    /// <summary>The dossier whose facts the row contributes to.</summary>
    Guid DossierId { get; }
}
