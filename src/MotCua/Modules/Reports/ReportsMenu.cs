using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Reports;

/// <summary>The statistics table, for those its page lets in (Policies.ReadReports).</summary>
internal sealed class ReportsMenu(IAuthorizationService authorization, IStringLocalizer<ReportsText> text) : IMenuContributor
{
    public async Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(user, Policies.ReadReports)).Succeeded
            ? [new(440, "/reports/statistics", text["Nav_Statistics"]), new(441, "/reports/control", Common.Localization.ResourceText.Get<ControlReports.ControlReportText>("Nav_ControlReports")), new(442, "/reports/obligations", text["Nav_Obligations"])]
            : [];
}
