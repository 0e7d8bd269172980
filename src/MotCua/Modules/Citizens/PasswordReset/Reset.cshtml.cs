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
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Citizens.PasswordReset;

/// <summary>Đặt lại mật khẩu with the code: the new password is checked first, so a weak one does not use up the code.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInLimit.Policy)]
internal sealed class ResetModel(
    AppDbContext db, VerificationCodes codes, CitizenAccounts citizens, UserManager<AppUser> users, AuditLog audit, IStringLocalizer<CitizensText> text) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public string MaskedContact { get; private set; } = "";

    public bool Spent { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, cancellationToken))
        {
            return Page();
        }

        var passwordFailures = await citizens.CheckPasswordAsync(Password, ConfirmPassword, nameof(Password), nameof(ConfirmPassword));
        passwordFailures.AddTo(ModelState);
        if (passwordFailures.Count > 0)
        {
            return Page();
        }

        var (result, row) = await codes.CheckAsync(id, VerificationPurpose.PasswordReset, Code, cancellationToken);
        var user = row?.SubjectId is { } userId ? await users.FindByIdAsync(userId.ToString()) : null;
        if (result != CodeCheck.Accepted || user is null)
        {
            // A reset asked for an address no account has can never be completed; it reads as a wrong code.
            Spent = result == CodeCheck.Spent;
            new RuleFailure(nameof(Code), text[Spent ? "Code_Spent" : "Code_Wrong"]).AddTo(ModelState);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), Password!);
        if (!reset.Succeeded)
        {
            reset.Errors.Select(e => new RuleFailure(nameof(Password), e.Description, e.Code)).ToList().AddTo(ModelState);

            return Page();
        }

        // The person proved the contact: the lockout after wrong passwords ends with the reset.
        await users.ResetAccessFailedCountAsync(user);
        if (user.LockoutEnd is not null && !user.IsLockedByAdministrator)
        {
            await users.SetLockoutEndDateAsync(user, null);
        }

        audit.Record("PasswordReset", nameof(AppUser), user.Id, user.FullName);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect("/account/login?da-dat-lai=true");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var live = await codes.FindLiveAsync(id, VerificationPurpose.PasswordReset, cancellationToken);
        Spent = live is null;
        MaskedContact = live?.Contact.Masked() ?? "";
        return !Spent;
    }
}
