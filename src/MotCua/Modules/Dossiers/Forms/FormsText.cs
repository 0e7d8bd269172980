namespace MotCua.Modules.Dossiers.Forms;

/// <summary>Marker for the interface texts of the form preview (FormsText.resx, FormsText.en.resx).</summary>
internal sealed class FormsText;
