using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Online.Data;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Dossiers.Online.MyDossiers;

/// <summary>Hồ sơ của tôi: the citizen's drafts, and the dossiers they (or their organisations) submitted, newest first, paged.</summary>
internal sealed class IndexModel(AppDbContext db, CitizenDossiers dossiers, UserManager<AppUser> users) : PageModel
{
    public const int PageSize = 20;

    [FromQuery(Name = "trang")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<OnlineApplication> Drafts { get; private set; } = [];

    public IReadOnlyList<MyDossierRow> Dossiers { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(users.GetUserId(User)!);
        Drafts = await db.OnlineApplications.AsNoTracking()
            .Where(a => a.OwnerId == userId && a.Status == ApplicationStatus.Draft)
            .OrderByDescending(a => a.UpdatedAt).Take(50).ToListAsync(cancellationToken);
        var mine = dossiers.Of(userId);
        Total = await mine.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Dossiers = await mine.AsNoTracking().OrderByDescending(d => d.SubmittedAt)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(d => new MyDossierRow(d.Id, d.Code, d.ProcedureCode, d.ProcedureName, d.Status, d.SubmittedAt, d.DueAt))
            .ToListAsync(cancellationToken);
    }
}

internal sealed record MyDossierRow(Guid Id, string? Code, string ProcedureCode, string ProcedureName, DossierStatus Status, DateTime SubmittedAt, DateTime? DueAt);
