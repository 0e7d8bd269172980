namespace MotCua.Modules.Dossiers.Attachments;

/// <summary>Marker for the interface texts of dossier attachments (AttachmentsText.resx, AttachmentsText.en.resx).</summary>
internal sealed class AttachmentsText;
