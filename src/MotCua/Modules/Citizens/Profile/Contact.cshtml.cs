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

namespace MotCua.Modules.Citizens.Profile;

/// <summary>Adding or changing the account's e-mail address or phone number: a code goes to the new one first.</summary>
[EnableRateLimiting(SignInLimit.Policy)]
internal sealed class ContactModel(
    AppDbContext db, AccountLookup accounts, VerificationCodes codes, UserManager<AppUser> users, IStringLocalizer<CitizensText> text) : PageModel
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

        var userId = Guid.Parse(users.GetUserId(User)!);
        // An address another account has gets the same page as a free one; its owner is told someone tried it.
        var owner = await accounts.FindByContactAsync(contact, cancellationToken);
        var delivery = owner is null ? CodeDelivery.Code : owner.Id == userId ? CodeDelivery.Nothing : CodeDelivery.AccountExistsNotice;
        var row = await codes.IssueAsync(VerificationPurpose.ContactChange, contact, userId, null, delivery, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/tai-khoan/lien-he/{row.Id}");
    }
}
