using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Integrity;

/// <summary>Shown to system administrators on every page until a full verification holds (ADR-027).</summary>
internal sealed class IntegrityBanner(AppDbContext db, IAuthorizationService authorization, IStringLocalizer<IntegrityText> text) : IPageBannerSource
{
    public async Task<PageBanner?> BannerAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true || !(await authorization.AuthorizeAsync(user, Policies.ManageOrganization)).Succeeded ||
            await IntegrityRun.OpenAlertAsync(db, cancellationToken) is not { } alert)
        {
            return null;
        }

        return new PageBanner(
            text["IntegrityAlert_Title"], text["IntegrityAlert_Text", VietnamTime.Format(alert.At), text["IntegritySource_" + alert.Source]],
            "/admin/integrity#canh-bao", text["IntegrityAlert_Link"]);
    }
}
