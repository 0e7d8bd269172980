using System.Security.Claims;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Queue;

/// <summary>Calling numbers, for the desk.</summary>
internal sealed class QueueMenu(IStringLocalizer<SharedText> text) : IMenuContributor
{
    public Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MenuLink>>(user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.CounterOfficer)
            ? [new(510, "/queue", text["Nav_Queue"])]
            : []);
}
