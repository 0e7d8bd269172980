using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Citizens.Data;
using MotCua.Modules.Citizens.Verification;
using MotCua.Modules.Organization.Account;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Citizens.Profile;

/// <summary>Entering the code sent to the new contact; a user name that was the old contact follows the new one.</summary>
[EnableRateLimiting(SignInLimit.Policy)]
internal sealed class ConfirmContactModel(
    VerificationCodes codes, AccountLookup accounts, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit,
    IStringLocalizer<CitizensText> text) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public string MaskedContact { get; private set; } = "";

    public bool Spent { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await LoadAsync(id, cancellationToken);
        if (user is null)
        {
            return Page();
        }

        var (result, row) = await codes.CheckAsync(id, VerificationPurpose.ContactChange, Code, cancellationToken);
        if (result != CodeCheck.Accepted || row!.SubjectId != user.Id || !ContactPoint.TryParse(row.Contact, out var contact)
            || await accounts.FindByContactAsync(contact, cancellationToken) is not null)
        {
            Spent = result == CodeCheck.Spent;
            new RuleFailure(nameof(Code), text[Spent ? "Code_Spent" : "Code_Wrong"]).AddTo(ModelState);
            return Page();
        }

        var old = contact.Kind == ContactKind.Email ? user.Email : user.PhoneNumber;
        if (contact.Kind == ContactKind.Email)
        {
            user.Email = contact.Value;
            user.NormalizedEmail = users.NormalizeEmail(contact.Value);
            user.EmailConfirmed = true;
        }
        else
        {
            user.PhoneNumber = contact.Value;
            user.PhoneNumberConfirmed = true;
        }

        if (old is not null && string.Equals(user.UserName, old, StringComparison.OrdinalIgnoreCase))
        {
            user.UserName = contact.Value;
            user.NormalizedUserName = users.NormalizeName(contact.Value);
        }

        audit.Record("CitizenContactChanged", nameof(AppUser), user.Id, contact.Kind.ToString());
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            new RuleFailure(nameof(Code), text["Contact_Taken"]).AddTo(ModelState);
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = text["Contact_Changed"].Value;
        return Redirect("/tai-khoan");
    }

    private async Task<AppUser?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        var live = await codes.FindLiveAsync(id, VerificationPurpose.ContactChange, cancellationToken);
        if (user is null || live is null || live.Row.SubjectId != user.Id)
        {
            Spent = true;
            return null;
        }

        MaskedContact = live.Contact.Masked();
        return user;
    }
}
