using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Citizens.Data;
using MotCua.Modules.Citizens.Verification;
using MotCua.Modules.Organization.Account;

namespace MotCua.Modules.Citizens.PasswordReset;

/// <summary>
/// Quên mật khẩu: a code goes to the confirmed e-mail address or phone number if an account has it; the next page is the
/// same when none has (no enumeration).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInLimit.Policy)]
internal sealed class ForgotModel(AppDbContext db, AccountLookup accounts, VerificationCodes codes, IStringLocalizer<CitizensText> text) : PageModel
{
    [BindProperty]
    public string? Contact { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!ContactPoint.TryParse(Contact, out var contact))
        {
            new RuleFailure(nameof(Contact), text["Contact_Invalid"]).AddTo(ModelState);
            return Page();
        }

        var owner = await accounts.FindByContactAsync(contact, cancellationToken);
        var row = await codes.IssueAsync(
            VerificationPurpose.PasswordReset, contact, owner?.Id, null, owner is null ? CodeDelivery.Nothing : CodeDelivery.Code, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/tai-khoan/dat-lai-mat-khau/{row.Id}");
    }
}
