using System.Security.Claims;
using Microsoft.Extensions.Localization;
using MotCua.Common.Web;

namespace MotCua.Modules.Metrics.Homes;

/// <summary>The way back to one's home, for staff who have one.</summary>
internal sealed class HomesMenu(IStringLocalizer<HomeText> text) : IMenuContributor
{
    public Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MenuLink>>(user.Identity?.IsAuthenticated == true && StaffHomes.Of(user).Count > 0
            ? [new(350, StaffHomes.Root, text["Nav_Home"])]
            : []);
}
