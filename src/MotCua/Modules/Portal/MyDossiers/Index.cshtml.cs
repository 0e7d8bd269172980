using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Portal.Data;

namespace MotCua.Modules.Portal.MyDossiers;

/// <summary>Hồ sơ của tôi: the citizen's drafts, and the dossiers they (or their organisations) submitted, newest first, paged.</summary>
internal sealed class IndexModel(AppDbContext db, CitizenDossiers dossiers, UserManager<AppUser> users) : PageModel
{
    public const int PageSize = 20;

    [FromQuery(Name = "trang")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<OnlineApplication> Drafts { get; private set; } = [];

    public IReadOnlyList<CitizenDossierRow> Dossiers { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(users.GetUserId(User)!);
        Drafts = await db.OnlineApplications.AsNoTracking()
            .Where(a => a.OwnerId == userId && a.Status == ApplicationStatus.Draft)
            .OrderByDescending(a => a.UpdatedAt).Take(50).ToListAsync(cancellationToken);
        var page = await dossiers.PageAsync(userId, PageNumber, PageSize, cancellationToken);
        (PageNumber, Total, Dossiers) = (page.PageNumber, page.Total, page.Rows);
    }
}
