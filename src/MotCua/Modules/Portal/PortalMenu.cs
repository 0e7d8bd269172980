using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Portal;

/// <summary>Tracking for everyone; a citizen's dossiers, document wallet and notices (with how many are unread).</summary>
internal sealed class PortalMenu(AppDbContext db, IStringLocalizer<SharedText> text) : IMenuContributor
{
    public async Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        MenuLink tracking = new(300, "/tra-cuu", text["Nav_Track"]);
        if (user.Identity?.IsAuthenticated != true || !user.IsInRole(Roles.Citizen))
        {
            return [tracking];
        }

        // One indexed count per page.
        var unread = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            ? await db.CitizenNotifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken)
            : 0;
        return
        [
            tracking,
            new(600, "/ho-so-cua-toi", text["Nav_MyDossiers"]),
            new(610, "/kho-du-lieu", text["Nav_Wallet"]),
            new(620, "/thong-bao", text["Nav_Notices"], unread > 0 ? new MenuCount(unread, text["Nav_NoticesUnread", unread]) : null),
        ];
    }
}
