using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Documents.Layout;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Dossiers.Forms.Preview;

/// <summary>
/// Shows a standard form filled with fictional sample data, as print-ready HTML and as PDF, so that control officers can
/// check the templates of either regime.
/// </summary>
[Authorize(Policy = Policies.ManageCatalog)]
internal sealed class IndexModel(FormRegimes regimes, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "";

    /// <summary><c>a</c> (TT 01/2018) or <c>b</c> (TT 03/2025); default: the regime in force today.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Regime { get; set; }

    public FormKind FormKind { get; private set; }

    public FormRegime FormRegime { get; private set; }

    /// <summary>The filled form, or null when the regime has no such form.</summary>
    public DocumentModel? Document { get; private set; }

    public static string RegimeCode(FormRegime regime) => regime == FormRegime.Tt01_2018 ? "a" : "b";

    public IActionResult OnGet() => Load() ?? Page();

    public IActionResult OnGetPdf()
    {
        if (Load() is { } failure)
        {
            return failure;
        }

        return Document is null
            ? NotFound()
            : File(FormPdf.Render(FormSamples.For(FormKind), FormRegime), "application/pdf", $"mau-{FormKind.ToString().ToLowerInvariant()}-{RegimeCode(FormRegime)}.pdf");
    }

    private IActionResult? Load()
    {
        if (!TypedValues.TryNamed<FormKind>(Kind, out var kind))
        {
            return NotFound();
        }

        FormKind = kind;
        FormRegime = Regime?.ToLowerInvariant() switch
        {
            "a" => FormRegime.Tt01_2018,
            "b" => FormRegime.Tt03_2025,
            _ => regimes.ForDate(VietnamTime.Today(clock)),
        };
        Document = FormRegimes.Number(kind, FormRegime) is null ? null : FormTemplates.Build(FormSamples.For(kind), FormRegime);
        return null;
    }
}
