using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.Account;

/// <summary>
/// Compares, on every request, the sign-in cookie's security stamp with the account's (ADR-026). Signing out, an
/// administrator's lock and a password reset renew the stamp, so the cookie — and any copy of it — stops working at once.
/// The full refresh of roles and agency still runs every <see cref="OrganizationModule.CookieRevalidation"/> (base class).
/// </summary>
internal sealed class SessionStampValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<AppUser> signIn, ILoggerFactory logger, AppDbContext db)
    : SecurityStampValidator<AppUser>(options, signIn, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claimed = context.Principal?.FindFirstValue(SignInManager.Options.ClaimsIdentity.SecurityStampClaimType);
        var current = context.Principal is { } principal && Guid.TryParse(SignInManager.UserManager.GetUserId(principal), out var userId)
            ? await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(context.HttpContext.RequestAborted)
            : null;
        if (claimed is null || !string.Equals(claimed, current, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await SignInManager.SignOutAsync();
            return;
        }

        await base.ValidateAsync(context);
    }
}
