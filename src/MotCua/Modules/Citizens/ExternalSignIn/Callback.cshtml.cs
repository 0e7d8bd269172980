using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Citizens.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Citizens.ExternalSignIn;

/// <summary>
/// Back from the identity provider: a known login signs in; a citizen already signed in links it to their account;
/// otherwise a citizen account is made from the provider's name and identification number, which is then marked as
/// vouched for (ADR-022).
/// </summary>
[AllowAnonymous]
internal sealed class CallbackModel(
    AppDbContext db, SignInManager<AppUser> signIn, CitizenAccounts citizens, IOptions<ExternalSignInOptions> options, IStringLocalizer<CitizensText> text) : PageModel
{
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Problem = text["External_Failed"];
            return Page();
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (result.Succeeded)
        {
            return await DoneAsync(back);
        }

        if (result.IsLockedOut || result.IsNotAllowed)
        {
            Problem = text["External_Locked"];
            return Page();
        }

        var settings = options.Value;
        if (User.IsInRole(Roles.Citizen) && await signIn.UserManager.GetUserAsync(User) is { } current)
        {
            var linked = await signIn.UserManager.AddLoginAsync(current, info);
            if (linked.Succeeded)
            {
                return await DoneAsync("/tai-khoan");
            }

            Problem = text["External_Failed"];
            return Page();
        }

        var name = info.Principal.FindFirst(settings.NameClaim)?.Value?.Trim();
        var identityNumber = info.Principal.FindFirst(settings.IdentityNumberClaim)?.Value?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > CitizenAccounts.FullNameMaxLength)
        {
            Problem = text["External_NoName"];
            return Page();
        }

        var user = new AppUser
        {
            UserName = settings.Scheme.ToLowerInvariant() + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
            FullName = name,
            LockoutEnabled = true,
        };
        var profile = new CitizenProfile
        {
            IdentityNumber = Identifiers.IsPersonalNumber(identityNumber) ? identityNumber : null,
            IdentityVerifiedBy = Identifiers.IsPersonalNumber(identityNumber) ? settings.DisplayName : null,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await citizens.CreateAsync(user, profile);
        var login = created.Succeeded ? await signIn.UserManager.AddLoginAsync(user, info) : created;
        if (!login.Succeeded)
        {
            Problem = text["External_Failed"];
            return Page();
        }

        await transaction.CommitAsync(cancellationToken);
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return await DoneAsync("/tai-khoan?chao-mung=true");
    }

    private async Task<IActionResult> DoneAsync(string target)
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        return LocalRedirect(target);
    }
}
