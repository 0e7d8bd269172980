using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.Admin.Units;

internal sealed class IndexModel(AppDbContext db) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid agencyId)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agencyId);
        if (agency is null)
        {
            return NotFound();
        }

        Agency = agency;
        Units = await db.Units.AsNoTracking().Where(u => u.AgencyId == agencyId).OrderBy(u => u.Code).ToListAsync();
        return Page();
    }
}
