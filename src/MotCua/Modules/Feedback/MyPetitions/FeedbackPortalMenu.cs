using System.Security.Claims;
using Microsoft.Extensions.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Feedback.MyPetitions;

/// <summary>A citizen's own PAKN, beside their dossiers.</summary>
internal sealed class FeedbackPortalMenu(IStringLocalizer<FeedbackPortalText> text) : IMenuContributor
{
    public Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MenuLink>>(user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Citizen)
            ? [new MenuLink(605, "/pakn-cua-toi", text["Nav_MyPetitions"])]
            : []);
}
