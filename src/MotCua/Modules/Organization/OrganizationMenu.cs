using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Common.Web;

namespace MotCua.Modules.Organization;

/// <summary>Administration, for system administrators.</summary>
internal sealed class OrganizationMenu(IAuthorizationService authorization, IStringLocalizer<SharedText> text) : IMenuContributor
{
    public async Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(user, Policies.ManageOrganization)).Succeeded
            ? [new(900, "/admin", text["Nav_Admin"])]
            : [];
}
