using System.Security.Claims;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Citizens;

/// <summary>A citizen's own account.</summary>
internal sealed class CitizensMenu(IStringLocalizer<SharedText> text) : IMenuContributor
{
    public Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MenuLink>>(user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Citizen)
            ? [new(630, "/tai-khoan", text["Nav_MyAccount"])]
            : []);
}
