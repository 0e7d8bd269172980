using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Citizens.Data;
using MotCua.Modules.Citizens.Verification;
using MotCua.Modules.Organization.Account;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Citizens.Register;

/// <summary>
/// Đăng ký tài khoản: name, e-mail address or mobile number, password and consent; a code is sent to the contact and the
/// account exists only once it is entered. An address that already has an account gets a notice instead of a code, and
/// the page says the same thing either way.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInLimit.Policy)]
internal sealed class IndexModel(
    AppDbContext db, AccountLookup accounts, CitizenAccounts citizens, VerificationCodes codes, UserManager<AppUser> users, IStringLocalizer<CitizensText> text) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var failures = new List<RuleFailure>();
        var fullName = Input.FullName?.Trim() ?? "";
        if (fullName.Length == 0 || fullName.Length > CitizenAccounts.FullNameMaxLength)
        {
            failures.Add(new RuleFailure(nameof(Input.FullName), text["Register_NameInvalid", CitizenAccounts.FullNameMaxLength]));
        }

        if (!ContactPoint.TryParse(Input.Contact, out var contact))
        {
            failures.Add(new RuleFailure(nameof(Input.Contact), text["Contact_Invalid"]));
        }

        failures.AddRange(await citizens.CheckPasswordAsync(Input.Password, Input.ConfirmPassword, nameof(Input.Password), nameof(Input.ConfirmPassword)));
        if (!Input.Consent)
        {
            failures.Add(new RuleFailure(nameof(Input.Consent), text["Register_ConsentRequired"]));
        }

        failures.AddTo(ModelState, nameof(Input));
        if (!ModelState.IsValid || contact is null)
        {
            return Page();
        }

        var existing = await accounts.FindByContactAsync(contact, cancellationToken);
        var pending = existing is null ? new PendingRegistration(fullName, users.PasswordHasher.HashPassword(new AppUser(), Input.Password!)).Serialize() : null;
        var row = await codes.IssueAsync(
            VerificationPurpose.Registration, contact, null, pending, existing is null ? CodeDelivery.Code : CodeDelivery.AccountExistsNotice, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/tai-khoan/xac-thuc/{row.Id}");
    }
}

/// <summary>The registration form as posted.</summary>
internal sealed class RegisterInput
{
    public string? FullName { get; set; }

    public string? Contact { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }

    /// <summary>Consent to the processing of personal data (NĐ 13/2023/NĐ-CP Điều 11).</summary>
    public bool Consent { get; set; }
}
