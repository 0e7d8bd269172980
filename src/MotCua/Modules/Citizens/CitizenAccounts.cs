using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Citizens.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Account;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Citizens;

/// <summary>What a pending registration keeps until its code is entered: the name and the password's hash, never the password.</summary>
internal sealed record PendingRegistration(string FullName, string PasswordHash)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    public static PendingRegistration? Read(string? payload) => payload is null ? null : JsonSerializer.Deserialize<PendingRegistration>(payload);
}

/// <summary>Creates citizen accounts (after a verified contact or an identity provider's word) and checks new passwords.</summary>
internal sealed class CitizenAccounts(AppDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock, IStringLocalizer<CitizensText> text)
{
    public const int FullNameMaxLength = 200;

    /// <summary>
    /// Runs the password policy: its Vietnamese messages under <paramref name="field"/>, a confirmation that differs under
    /// <paramref name="confirmationField"/>; <c>[]</c> when the password can be used.
    /// </summary>
    public async Task<IReadOnlyList<RuleFailure>> CheckPasswordAsync(string? password, string? confirmation, string field, string confirmationField)
    {
        if (string.IsNullOrEmpty(password))
        {
            return [new RuleFailure(field, text["Password_Required"])];
        }

        var failures = new List<RuleFailure>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new AppUser(), password);
            failures.AddRange(result.Errors.Select(e => new RuleFailure(field, e.Description, e.Code)));
        }

        if (password != confirmation)
        {
            failures.Add(new RuleFailure(confirmationField, text["Password_Mismatch"]));
        }

        return failures.AsResult();
    }

    /// <summary>
    /// Creates a citizen account with a profile; the caller has proved the contact (or the identity provider vouched).
    /// Saved by the user manager in the caller's transaction.
    /// </summary>
    public async Task<IdentityResult> CreateAsync(AppUser user, CitizenProfile profile)
    {
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return created;
        }

        var role = await users.AddToRoleAsync(user, Roles.Citizen);
        if (!role.Succeeded)
        {
            return role;
        }

        profile.UserId = user.Id;
        profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.CitizenProfiles.Add(profile);
        audit.Record("CitizenRegistered", nameof(AppUser), user.Id, user.FullName);
        await db.SaveChangesAsync();
        return IdentityResult.Success;
    }

    /// <summary>A new account for the owner of <paramref name="contact"/>; its user name is the contact.</summary>
    public static AppUser NewUser(ContactPoint contact, string fullName, string? passwordHash) => new()
    {
        UserName = contact.Value,
        FullName = fullName,
        PasswordHash = passwordHash,
        Email = contact.Kind == ContactKind.Email ? contact.Value : null,
        EmailConfirmed = contact.Kind == ContactKind.Email,
        PhoneNumber = contact.Kind == ContactKind.Phone ? contact.Value : null,
        PhoneNumberConfirmed = contact.Kind == ContactKind.Phone,
        LockoutEnabled = true,
    };
}
