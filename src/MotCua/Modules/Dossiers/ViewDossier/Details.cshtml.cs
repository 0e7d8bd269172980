using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers.ViewDossier;

/// <summary>One dossier for the staff of its agency: status, appointment, applicant, components and the checked history.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class DetailsModel(AppDbContext db, IAgencyScope scope) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    public Dossier Dossier { get; private set; } = null!;

    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<DossierEvent> History { get; private set; } = [];

    /// <summary>Null when the history chain holds; otherwise the first entry that does not.</summary>
    public int? BrokenAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Agency).SingleOrDefaultAsync(d => d.Id == Id, cancellationToken);
        if (dossier is null || !scope.CanAccessAgency(dossier.AgencyId))
        {
            return NotFound();
        }

        Dossier = dossier;
        AgencyName = dossier.Agency!.Name;
        History = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == Id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        BrokenAt = HistoryChain.FirstBroken(History, dossier.LastEventHash, dossier.EventCount);
        return Page();
    }
}
