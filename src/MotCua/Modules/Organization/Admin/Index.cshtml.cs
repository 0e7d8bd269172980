using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Organization.Admin;

internal sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int RecentChanges = 15;

    public IReadOnlyList<AuditEntry> Changes { get; private set; } = [];

    public int AgencyCount { get; private set; }

    public int PeopleCount { get; private set; }

    public async Task OnGetAsync()
    {
        Changes = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Take(RecentChanges).ToListAsync();
        AgencyCount = await db.Agencies.CountAsync();
        PeopleCount = await db.Users.CountAsync();
    }

    /// <summary>Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact.</summary>
}
