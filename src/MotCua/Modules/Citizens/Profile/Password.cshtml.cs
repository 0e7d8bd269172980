using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Organization.Account;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Citizens.Profile;

/// <summary>Đổi mật khẩu (or set one, for an account made through an identity provider).</summary>
[EnableRateLimiting(SignInLimit.Policy)]
internal sealed class PasswordModel(
    AppDbContext db, CitizenAccounts citizens, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit, IStringLocalizer<CitizensText> text) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool HasPassword { get; private set; }

    public async Task OnGetAsync() => HasPassword = (await users.GetUserAsync(User))?.PasswordHash is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        HasPassword = user.PasswordHash is not null;
        var passwordFailures = await citizens.CheckPasswordAsync(Password, ConfirmPassword, nameof(Password), nameof(ConfirmPassword));
        passwordFailures.AddTo(ModelState);
        if (passwordFailures.Count > 0)
        {
            return Page();
        }

        var result = HasPassword
            ? await users.ChangePasswordAsync(user, CurrentPassword ?? "", Password!)
            : await users.AddPasswordAsync(user, Password!);
        if (!result.Succeeded)
        {
            new RuleFailure(nameof(CurrentPassword), text["Password_CurrentWrong"]).AddTo(ModelState);
            return Page();
        }

        audit.Record("CitizenPasswordChanged", nameof(AppUser), user.Id, user.FullName);
        await db.SaveChangesAsync(cancellationToken);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = text["Password_Changed"].Value;
        return Redirect("/tai-khoan");
    }
}
