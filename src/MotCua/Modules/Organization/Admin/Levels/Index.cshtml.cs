using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.Admin.Levels;

internal sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<AdministrativeLevel> Levels { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync() =>
        Levels = await db.AdministrativeLevels.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Code).ToListAsync();
}
