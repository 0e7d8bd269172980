using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Portal.Data;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Portal.Notices;

/// <summary>Thông báo: the citizen's latest notices, about their online dossiers and from other modules; opening the list marks them read.</summary>
internal sealed class IndexModel(AppDbContext db, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CitizenNotification> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(users.GetUserId(User)!);
        Notices = await db.CitizenNotifications.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.CreatedAt).Take(100).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.CitizenNotifications.Where(n => n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
