using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.Account;

/// <summary>
/// Sign-in for staff (user name) and citizens (confirmed e-mail address or mobile number), or through an external
/// identity provider when one is configured. A failure never tells whether the account exists.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInLimit.Policy)]
internal sealed class LoginModel(SignInManager<AppUser> signIn, AccountLookup accounts, IStringLocalizer<SharedText> text) : PageModel
{
    // Hashed once so that a name nobody has costs as much time as a wrong password (no enumeration by timing).
    private static readonly Lazy<string> UnknownAccountHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Arrived from a completed password reset.</summary>
    [FromQuery(Name = "da-dat-lai")]
    public bool PasswordWasReset { get; set; }

    public IReadOnlyList<AuthenticationScheme> ExternalProviders { get; private set; } = [];

    public async Task OnGetAsync() => ExternalProviders = [.. await signIn.GetExternalAuthenticationSchemesAsync()];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ExternalProviders = [.. await signIn.GetExternalAuthenticationSchemesAsync()];
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await accounts.FindAsync(Input.UserName, cancellationToken);
        if (user is null)
        {
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownAccountHash.Value, Input.Password);
            new RuleFailure("", text["Login_Failed"]).AddTo(ModelState);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // Staff land on their home (/home, ADR-055) unless a page sent them here; citizens on the portal's.
            var landing = (await signIn.UserManager.GetRolesAsync(user)).Any(Roles.Staff.Contains) ? "/home" : "/";
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl : landing);
        }

        // Only someone who knows the password learns that the account is locked; anyone else reads the usual failure.
        var lockedAndRight = result.IsLockedOut && await signIn.UserManager.CheckPasswordAsync(user, Input.Password);
        new RuleFailure("", lockedAndRight ? LockedOutMessage(user) : text["Login_Failed"]).AddTo(ModelState);
        return Page();
    }

    private string LockedOutMessage(AppUser user)
    {
        // An administrator's lock has no end; the automatic lockout after failed attempts ends after 15 minutes.
        return user.IsLockedByAdministrator ? text["Login_Disabled"] : text["Login_LockedOut"];
    }
}

internal sealed class LoginInput
{
    [Required(ErrorMessage = "Validation_Required")]
    [Display(Name = "Login_UserName")]
    [StringLength(256, ErrorMessage = "Validation_MaxLength")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Validation_Required")]
    [Display(Name = "Login_Password")]
    [DataType(DataType.Password)]
    [StringLength(256, ErrorMessage = "Validation_MaxLength")]
    public string Password { get; set; } = "";
}
