using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Organization.Admin.People;

internal sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "agency")]
    public Guid? AgencyId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<PersonRow> People { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Label)> Agencies { get; private set; } = [];

    public Paging Paging { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Agencies = (await db.Agencies.AsNoTracking().OrderBy(a => a.Code).Select(a => new { a.Id, a.Code, Name = a.ShortName ?? a.Name }).ToListAsync())
            .Select(a => (a.Id, a.Code + " — " + a.Name)).ToList();
        var users = db.Users.AsNoTracking().AsQueryable();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var q = Query.Trim().ToLower(System.Globalization.CultureInfo.InvariantCulture);
            users = users.Where(u => u.UserName!.ToLower().Contains(q) || u.FullName.ToLower().Contains(q) || (u.Position != null && u.Position.ToLower().Contains(q)));
        }

        if (AgencyId is not null)
        {
            users = users.Where(u => u.AgencyId == AgencyId);
        }

        var total = await users.CountAsync();
        var page = Paging.Clamp(PageNumber, total, Paging.DefaultPageSize);
        Paging = new Paging(page, Paging.DefaultPageSize, total, new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["agency"] = AgencyId?.ToString(),
        });
        var rows = await users.OrderBy(u => u.UserName).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.Position, Agency = u.Agency == null ? null : u.Agency.ShortName ?? u.Agency.Name, u.LockoutEnd })
            .ToListAsync();
        var ids = rows.Select(r => r.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking().Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync();
        var now = clock.GetUtcNow();
        People = rows.Select(r => new PersonRow(
            r.Id,
            r.UserName ?? "",
            r.FullName,
            r.Position,
            r.Agency,
            roles.Where(x => x.UserId == r.Id).Select(x => x.Name!).OrderBy(n => Roles.All.ToList().IndexOf(n)).ToList(),
            r.LockoutEnd > now)).ToList();
    }
}

internal sealed record PersonRow(Guid Id, string UserName, string FullName, string? Position, string? Agency, IReadOnlyList<string> Roles, bool IsLocked);
