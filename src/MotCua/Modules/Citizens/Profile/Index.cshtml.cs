using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar;
using MotCua.Modules.Citizens.Data;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Citizens.Profile;

/// <summary>
/// Thông tin tài khoản of a citizen: name, identification number, tax code, date of birth, address; the confirmed
/// e-mail address and phone number with links to change them.
/// </summary>
internal sealed class IndexModel(
    AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit, TimeProvider clock, IStringLocalizer<CitizensText> text) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    [FromQuery(Name = "chao-mung")]
    public bool Welcome { get; set; }

    [TempData]
    public string? Message { get; set; }

    public AppUser Account { get; private set; } = null!;

    /// <summary>The identity provider that vouched for the identification number, which then cannot be edited.</summary>
    public string? VerifiedBy { get; private set; }

    public bool HasPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var profile = await LoadAsync(cancellationToken);
        if (profile is null)
        {
            return Challenge();
        }

        Input = new ProfileInput
        {
            FullName = Account.FullName,
            IdentityNumber = profile.IdentityNumber,
            TaxCode = profile.TaxCode,
            DateOfBirth = profile.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Address = profile.Address,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var profile = await LoadAsync(cancellationToken);
        if (profile is null)
        {
            return Challenge();
        }

        var failures = new List<RuleFailure>();
        var fullName = Input.FullName?.Trim() ?? "";
        if (fullName.Length == 0 || fullName.Length > CitizenAccounts.FullNameMaxLength)
        {
            failures.Add(new RuleFailure(nameof(Input.FullName), text["Register_NameInvalid", CitizenAccounts.FullNameMaxLength]));
        }

        DateOnly? born = null;
        if (!string.IsNullOrWhiteSpace(Input.DateOfBirth))
        {
            var today = VietnamTime.Today(clock);
            if (TypedValues.TryIsoDate(Input.DateOfBirth, out var date)
                && date.Year >= 1900 && date <= today)
            {
                born = date;
            }
            else
            {
                failures.Add(new RuleFailure(nameof(Input.DateOfBirth), text["Profile_BirthInvalid"]));
            }
        }

        // A number an identity provider vouched for stays as it was; the form cannot change it.
        var identityNumber = VerifiedBy is null ? Blank(Input.IdentityNumber) : profile.IdentityNumber;
        if (identityNumber is not null && !Identifiers.IsPersonalNumber(identityNumber, born))
        {
            failures.Add(new RuleFailure(nameof(Input.IdentityNumber), text[Identifiers.IsPersonalNumber(identityNumber) ? "Profile_IdentityYear" : "Profile_IdentityInvalid"]));
        }

        var taxCode = Blank(Input.TaxCode);
        if (taxCode is not null && !Identifiers.IsTaxCode(taxCode))
        {
            failures.Add(new RuleFailure(nameof(Input.TaxCode), text["Profile_TaxCodeInvalid"]));
        }

        var address = Blank(Input.Address);
        if (address?.Length > CitizenProfile.AddressMaxLength)
        {
            failures.Add(new RuleFailure(nameof(Input.Address), text["Profile_AddressTooLong", CitizenProfile.AddressMaxLength]));
        }

        failures.AddTo(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Account.FullName = fullName;
        profile.IdentityNumber = identityNumber;
        profile.TaxCode = taxCode;
        profile.DateOfBirth = born;
        profile.Address = address;
        profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("CitizenProfileChanged", nameof(AppUser), Account.Id, fullName);
        await db.SaveChangesAsync(cancellationToken);
        await signIn.RefreshSignInAsync(Account);
        Message = text["Profile_Saved"];
        return Redirect("/tai-khoan");
    }

    private async Task<CitizenProfile?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return null;
        }

        Account = account;
        HasPassword = account.PasswordHash is not null;
        var profile = await db.CitizenProfiles.SingleOrDefaultAsync(p => p.UserId == account.Id, cancellationToken);
        if (profile is null)
        {
            profile = new CitizenProfile { UserId = account.Id, UpdatedAt = clock.GetUtcNow().UtcDateTime };
            db.CitizenProfiles.Add(profile);
        }

        VerifiedBy = profile.IdentityVerifiedBy;
        return profile;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The profile form as posted.</summary>
internal sealed class ProfileInput
{
    public string? FullName { get; set; }

    public string? IdentityNumber { get; set; }

    public string? TaxCode { get; set; }

    /// <summary>yyyy-MM-dd, as a date input sends it.</summary>
    public string? DateOfBirth { get; set; }

    public string? Address { get; set; }
}
