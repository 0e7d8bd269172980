using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Data;
using MotCua.Common.Documents.Layout;
using MotCua.Modules.Dossiers.Forms;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers.ViewDossier;

/// <summary>A dossier's form as a print-ready HTML page, from the same document model as its PDF.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class FormModel(AppDbContext db, IAgencyScope scope, DossierForms forms) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public string Kind { get; set; } = "";

    public DocumentModel Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await DossierAccess.CanViewAsync(db, scope, Id, cancellationToken) || await forms.BuildAsync(Id, Kind, cancellationToken) is not { } filled)
        {
            return NotFound();
        }

        Document = FormTemplates.Build(filled.Form, filled.Regime);
        return Page();
    }
}
