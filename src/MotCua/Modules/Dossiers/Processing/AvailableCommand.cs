namespace MotCua.Modules.Dossiers.Processing;

/// <summary>A command the current person may give now, on a task or on the dossier.</summary>
internal sealed record AvailableCommand(DossierCommand Command, Guid? TaskId);
