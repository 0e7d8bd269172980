using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Fees;

/// <summary>The reconciliation of payments, for those who handle dossiers.</summary>
internal sealed class FeesMenu(IAuthorizationService authorization, IStringLocalizer<SharedText> text) : IMenuContributor
{
    public async Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(user, Policies.HandleDossiers)).Succeeded
            ? [new(700, "/payments/reconciliation", text["Nav_Reconciliation"])]
            : [];
}
