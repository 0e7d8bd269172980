using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Data;

namespace MotCua.Modules.Catalog.ViewProcedure;

/// <summary>Everything a citizen needs to know about one procedure in force; printable.</summary>
[AllowAnonymous]
internal sealed class DetailsModel(AppDbContext db) : PageModel
{
    public ProcedureDetails Procedure { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var details = code.Length > Data.Procedure.CodeMaxLength ? null : await ProcedureDetails.LoadAsync(db, code.Trim(), cancellationToken);
        if (details is null)
        {
            return NotFound();
        }

        Procedure = details;
        return Page();
    }
}
