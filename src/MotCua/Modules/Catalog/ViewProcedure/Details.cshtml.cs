using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Data;

namespace MotCua.Modules.Catalog.ViewProcedure;

/// <summary>Everything a citizen needs to know about one procedure in force, printable; for an abolished one, only the decision that abolished it.</summary>
[AllowAnonymous]
internal sealed class DetailsModel(AppDbContext db) : PageModel
{
    /// <summary>The version in force; null when <see cref="Abolished"/> is set.</summary>
    public ProcedureDetails? Procedure { get; private set; }

    public AbolishedProcedure? Abolished { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (code.Length > Data.Procedure.CodeMaxLength)
        {
            return NotFound();
        }

        code = code.Trim();
        Procedure = await ProcedureDetails.LoadAsync(db, code, cancellationToken);
        if (Procedure is null)
        {
            // Citizens arrive from old links and printed lists: they learn the procedure is gone and by which decision.
            Abolished = await AbolishedProcedure.LoadAsync(db, code, cancellationToken);
        }

        return Procedure is null && Abolished is null ? NotFound() : Page();
    }
}
