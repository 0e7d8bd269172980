using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.Admin.Agencies;

internal sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public Paging Paging { get; private set; } = null!;

    /// <summary>Sorted by code the list reads as the tree: a child's code extends its parent's (QĐ 20/2020).</summary>
    public bool ShowsTree => Sort is null or "code";

    public async Task OnGetAsync()
    {
        var agencies = db.Agencies.AsNoTracking().Include(a => a.Level).AsQueryable();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var q = Query.Trim().ToLower(System.Globalization.CultureInfo.InvariantCulture);
            agencies = agencies.Where(a => a.Code.ToLower().Contains(q) || a.Name.ToLower().Contains(q) || (a.ShortName != null && a.ShortName.ToLower().Contains(q)));
        }

        agencies = Sort switch
        {
            "name" => agencies.OrderBy(a => a.Name).ThenBy(a => a.Code),
            "level" => agencies.OrderBy(a => a.Level!.SortOrder).ThenBy(a => a.Code),
            "status" => agencies.OrderByDescending(a => a.IsActive).ThenBy(a => a.Code),
            _ => agencies.OrderBy(a => a.Code),
        };
        var total = await agencies.CountAsync();
        var page = Paging.Clamp(PageNumber, total, Paging.DefaultPageSize);
        Paging = new Paging(page, Paging.DefaultPageSize, total, new Dictionary<string, string?> { ["q"] = Query, ["sort"] = Sort });
        Agencies = await agencies.Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync();
    }

    /// <summary>Depth in the tree, read from the number of groups in the code (H99 = 0, H99.10 = 1, …).</summary>
    public static int Depth(string code) => Math.Min(code.Count(c => c == '.'), 4);
}
