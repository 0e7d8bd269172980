using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.Account;

[AllowAnonymous]
internal sealed class LoginModel(SignInManager<AppUser> signIn, TimeProvider clock, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError("", result.IsLockedOut ? await LockedOutMessageAsync() : text["Login_Failed"]);
        return Page();
    }

    private async Task<string> LockedOutMessageAsync()
    {
        // An administrator's lock has no end; the automatic lockout after failed attempts ends after 15 minutes.
        var user = await signIn.UserManager.FindByNameAsync(Input.UserName.Trim());
        var lockedByAdministrator = user?.LockoutEnd is { } end && end - clock.GetUtcNow() > TimeSpan.FromDays(1);
        return lockedByAdministrator ? text["Login_Disabled"] : text["Login_LockedOut"];
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
    public string Password { get; set; } = "";
}
