using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.Account;

/// <summary>Finds the account a person means by what they type at sign-in: a user name, or a confirmed e-mail address or mobile number.</summary>
internal sealed class AccountLookup(UserManager<AppUser> users)
{
    public async Task<AppUser?> FindAsync(string input, CancellationToken cancellationToken)
    {
        if (ContactPoint.TryParse(input, out var contact) && await FindByContactAsync(contact, cancellationToken) is { } owner)
        {
            return owner;
        }

        return await users.FindByNameAsync(input.Trim());
    }

    /// <summary>The account that has proved it owns <paramref name="contact"/>, if any (a contact belongs to at most one).</summary>
    public Task<AppUser?> FindByContactAsync(ContactPoint contact, CancellationToken cancellationToken)
    {
        if (contact.Kind == ContactKind.Email)
        {
            var normalized = users.NormalizeEmail(contact.Value);
            return users.Users.Where(u => u.NormalizedEmail == normalized && u.EmailConfirmed).OrderBy(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        }

        return users.Users.Where(u => u.PhoneNumber == contact.Value && u.PhoneNumberConfirmed).OrderBy(u => u.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
