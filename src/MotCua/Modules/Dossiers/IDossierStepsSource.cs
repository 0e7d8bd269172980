namespace MotCua.Modules.Dossiers;

/// <summary>
/// A row whose change changes the dossier's steps as the TT 01/2018 evaluation reads them (a task: ADR-058), and nothing of
/// its other facts, so the save that adds, changes or removes it writes the dossier's step facts again in its transaction
/// but does not read back its fees, result file and rating (<see cref="IDossierFactsSource"/>). Only <see cref="DossierId"/> is read.
/// </summary>
internal interface IDossierStepsSource
{
    /// <summary>The dossier whose steps the row is one of.</summary>
    Guid DossierId { get; }
}
