using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Catalog.ManageProcedures;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Catalog.PublishProcedure;

/// <summary>A read-only view of one version of a procedure, as it was published (or as the draft stands).</summary>
[Authorize(Policy = Policies.ManageCatalog)]
internal sealed class VersionModel(AppDbContext db) : PageModel
{
    public string Code { get; private set; } = "";

    public ProcedureVersion Version { get; private set; } = null!;

    public ProcedureInput Procedure { get; private set; } = null!;

    public CatalogReferences References { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, int number, CancellationToken cancellationToken)
    {
        var version = await db.ProcedureVersions.AsNoTracking()
            .Include(v => v.Procedure)
            .Include(v => v.Levels)
            .Include(v => v.Agencies)
            .AsSplitQuery()
            .SingleOrDefaultAsync(v => v.Procedure!.Code == code && v.Number == number, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        References = await CatalogReferences.LoadAsync(db, cancellationToken);
        Code = version.Procedure!.Code;
        Version = version;
        Procedure = References.ToInput(Code, version);
        return Page();
    }
}
