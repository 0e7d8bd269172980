using System.Security.Claims;
using Microsoft.Extensions.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Feedback.Inbox;

/// <summary>
/// The PAKN inbox with the number of new PAKN of the agency, and its published answers, for those who handle them; the desk
/// transcription for the desk.
/// </summary>
internal sealed class FeedbackMenu(PetitionInbox inbox, IAgencyScope scope, IStringLocalizer<FeedbackStaffText> text) : IMenuContributor
{
    private static readonly string[] Handlers = [Roles.ControlOfficer, Roles.Specialist, Roles.UnitLeader, Roles.AgencyLeader];

    public async Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var links = new List<MenuLink>();
        if (Handlers.Any(user.IsInRole) && scope.AgencyId is { } agencyId)
        {
            var count = await inbox.NewCountAsync(agencyId, cancellationToken);
            links.Add(new(430, "/feedback", text["Nav_Feedback"], new MenuCount(count, text["Nav_FeedbackCount", count])));
            links.Add(new(431, "/feedback/published", text["Nav_Published"]));
        }

        if (user.IsInRole(Roles.CounterOfficer))
        {
            links.Add(new(510, "/feedback/desk", text["Nav_Desk"]));
        }

        return links;
    }
}
