using System.Security.Claims;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Portal.Notices;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Portal;

/// <summary>A citizen's dossiers, document wallet and notices (with how many are unread).</summary>
internal sealed class PortalMenu(UnreadNotices notices, IStringLocalizer<SharedText> text) : IMenuContributor
{
    public async Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true || !user.IsInRole(Roles.Citizen))
        {
            return [];
        }

        var unread = await notices.UnreadAsync(user, cancellationToken);
        return
        [
            new(600, "/ho-so-cua-toi", text["Nav_MyDossiers"]),
            new(610, "/kho-du-lieu", text["Nav_Wallet"]),
            new(620, "/thong-bao", text["Nav_Notices"], unread > 0 ? new MenuCount(unread, text["Nav_NoticesUnread", unread]) : null),
        ];
    }
}
