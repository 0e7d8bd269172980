using System.Security.Claims;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Dossiers;

/// <summary>The worklist (with what waits for this officer), dossiers and ledger for staff; intake for the desk.</summary>
internal sealed class DossiersMenu(DossierWorklists worklists, IStringLocalizer<SharedText> text) : IMenuContributor
{
    public async Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var links = new List<MenuLink>();
        if (Roles.Staff.Any(user.IsInRole))
        {
            var mine = await worklists.CountMineAsync(user, cancellationToken);
            links.Add(new(400, "/worklist", text["Nav_Worklist"], new MenuCount(mine, text["Nav_WorklistCount", mine])));
            links.Add(new(410, "/dossiers", text["Nav_Dossiers"]));
            links.Add(new(420, "/dossiers/ledger", text["Nav_Ledger"]));
        }

        if (user.IsInRole(Roles.CounterOfficer))
        {
            links.Add(new(500, "/dossiers/receive", text["Nav_Receive"]));
        }

        return links;
    }
}
