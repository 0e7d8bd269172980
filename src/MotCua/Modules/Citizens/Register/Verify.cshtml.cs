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

/// <summary>Entering the registration code: the account is created, signed in and sent to its profile.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInLimit.Policy)]
internal sealed class VerifyModel(
    AppDbContext db, VerificationCodes codes, AccountLookup accounts, CitizenAccounts citizens, SignInManager<AppUser> signIn, IStringLocalizer<CitizensText> text) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public string MaskedContact { get; private set; } = "";

    /// <summary>The code was used, expired, ran out of attempts or never existed: the person starts again.</summary>
    public bool Spent { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : SpentPage();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return SpentPage();
        }

        var (result, row) = await codes.CheckAsync(id, VerificationPurpose.Registration, Code, cancellationToken);
        var pending = PendingRegistration.Read(row?.Payload);
        if (result != CodeCheck.Accepted || pending is null || !ContactPoint.TryParse(row!.Contact, out var contact))
        {
            new RuleFailure(nameof(Code), text[result == CodeCheck.Spent ? "Code_Spent" : "Code_Wrong"]).AddTo(ModelState);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await accounts.FindByContactAsync(contact, cancellationToken) is not null)
        {
            // Registered in the meantime (another code for the same address): the person owns the address, so it may be said.
            new RuleFailure(nameof(Code), text["Register_AlreadyRegistered"]).AddTo(ModelState);
            return Page();
        }

        var user = CitizenAccounts.NewUser(contact, pending.FullName, pending.PasswordHash);
        var created = await citizens.CreateAsync(user, new CitizenProfile());
        if (!created.Succeeded)
        {
            new RuleFailure(nameof(Code), text["Register_AlreadyRegistered"]).AddTo(ModelState);
            return Page();
        }

        await transaction.CommitAsync(cancellationToken);
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/tai-khoan?chao-mung=true");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var live = await codes.FindLiveAsync(id, VerificationPurpose.Registration, cancellationToken);
        MaskedContact = live?.Contact.Masked() ?? "";
        return live is not null;
    }

    private PageResult SpentPage()
    {
        Spent = true;
        return Page();
    }
}
