using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace MotCua.Modules.Organization.Account;

/// <summary>Identity's validation messages (password policy, duplicate names, concurrency) in the user's language.</summary>
internal sealed class VietnameseIdentityErrors(IStringLocalizer<OrganizationText> text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Identity_Default");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Concurrency_Person");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Identity_PasswordMismatch");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Identity_Default");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Identity_InvalidUserName", userName ?? "");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Rule_UserNameTaken", userName);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), "Rule_RoleUnknown");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "Identity_Default");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), "Identity_Default");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "Password_TooShort", length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), "Password_UniqueChars", uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Password_NonAlphanumeric");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Password_Digit");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Password_Lower");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Password_Upper");

    private IdentityError Error(string code, string key, params object[] arguments) =>
        new() { Code = code, Description = text[key, arguments] };
}
