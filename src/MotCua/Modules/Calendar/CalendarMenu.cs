using System.Security.Claims;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Common.Web;

namespace MotCua.Modules.Calendar;

/// <summary>The working calendar, public.</summary>
internal sealed class CalendarMenu(IStringLocalizer<SharedText> text) : IMenuContributor
{
    public Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MenuLink>>([new(200, "/calendar", text["Nav_Calendar"])]);
}
