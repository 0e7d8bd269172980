using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Feedback.Inbox;

/// <summary>
/// The PAKN inbox with the number of new PAKN (the agency's, or every agency's for the province-wide roles), the published
/// answers, and the desk transcription: each link shown to exactly those its page lets in, by the page's policy and the same agency scope.
/// </summary>
internal sealed class FeedbackMenu(PetitionInbox inbox, IAgencyScope scope, IAuthorizationService authorization, IStringLocalizer<FeedbackStaffText> text) : IMenuContributor
{
    public async Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var links = new List<MenuLink>();
        if (user.Identity?.IsAuthenticated != true)
        {
            return links;
        }

        if (PetitionInbox.TryAgencyOf(scope, out var agencyId) && (await authorization.AuthorizeAsync(user, Policies.ReadFeedback)).Succeeded)
        {
            var count = await inbox.NewCountAsync(agencyId, cancellationToken);
            links.Add(new(430, "/feedback", text["Nav_Feedback"], new MenuCount(count, text["Nav_FeedbackCount", count])));
            links.Add(new(431, "/feedback/published", text["Nav_Published"]));
        }

        if (scope.AgencyId is not null && (await authorization.AuthorizeAsync(user, Policies.ReceiveFeedback)).Succeeded)
        {
            links.Add(new(510, "/feedback/desk", text["Nav_Desk"]));
        }

        return links;
    }
}
