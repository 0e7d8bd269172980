using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Catalog;

/// <summary>The public catalogue for everyone; its management for those who keep it.</summary>
internal sealed class CatalogMenu(IAuthorizationService authorization, IStringLocalizer<SharedText> text) : IMenuContributor
{
    private static readonly string[] OneStopListKeepers = OneStopList.IndexModel.Keepers.Split(',');

    public async Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var links = new List<MenuLink> { new(100, "/procedures", text["Nav_Procedures"]) };
        if (user.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(user, Policies.ManageCatalog)).Succeeded)
        {
            links.Add(new(800, "/catalog", text["Nav_Catalog"]));
        }

        // The one-stop list (ADR-063), for those the page lets in.
        if (OneStopListKeepers.Any(user.IsInRole))
        {
            links.Add(new(810, "/catalog/one-stop-list", text["Nav_OneStopList"]));
        }

        return links;
    }
}
