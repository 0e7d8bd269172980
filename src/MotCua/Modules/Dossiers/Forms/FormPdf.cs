using MotCua.Common.Documents.Layout;

namespace MotCua.Modules.Dossiers.Forms;

/// <summary>Renders the standard forms as PDF (A5; the ledger A4 landscape) with embedded Noto Serif subsets.</summary>
internal static class FormPdf
{
    /// <summary>The PDF of a form in a regime.</summary>
    /// <exception cref="ArgumentException">The regime has no such form.</exception>
    public static byte[] Render(IStandardForm form, FormRegime regime) => PdfRenderer.Render(FormTemplates.Build(form, regime));
}
