using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Citizens.Data;
using MotCua.Modules.Citizens.Verification;
using MotCua.Modules.Organization.Account;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Citizens.Organisations;

/// <summary>
/// Nhận lời mời: the invitations sent to the signed-in citizen's confirmed e-mail address or phone number, each joined
/// with the code from the message. Invitations to anyone else's contacts are not shown and cannot be used.
/// </summary>
[EnableRateLimiting(SignInLimit.Policy)]
internal sealed class AcceptModel(
    AppDbContext db, UserManager<AppUser> users, VerificationCodes codes, AuditLog audit, TimeProvider clock, IOptions<AccountOptions> options,
    IStringLocalizer<CitizensText> text) : PageModel
{
    public IReadOnlyList<(Guid Id, string Organisation)> Invitations { get; private set; } = [];

    public async Task OnGetAsync(Guid? id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid invitation, string? code, CancellationToken cancellationToken)
    {
        var user = await LoadAsync(id, cancellationToken);
        if (user is null || Invitations.All(i => i.Id != invitation))
        {
            return NotFound();
        }

        var (result, row) = await codes.CheckAsync(invitation, VerificationPurpose.OrganisationInvitation, code, cancellationToken);
        if (result != CodeCheck.Accepted || row!.SubjectId is not { } organisationId)
        {
            new RuleFailure("", text[result == CodeCheck.Spent ? "Code_Spent" : "Code_Wrong"]).AddTo(ModelState);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        if (!await db.OrganisationMembers.AnyAsync(m => m.OrganisationId == organisationId && m.UserId == user.Id, cancellationToken))
        {
            db.OrganisationMembers.Add(new OrganisationMember { OrganisationId = organisationId, UserId = user.Id, JoinedAt = clock.GetUtcNow().UtcDateTime });
            audit.Record("OrganisationMemberJoined", nameof(CitizenOrganisation), organisationId, user.FullName);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Joined through a second invitation at the same moment: the member row exists, which is what was asked.
        }

        return Redirect($"/tai-khoan/to-chuc/{organisationId}");
    }

    private async Task<AppUser?> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return null;
        }

        string?[] mine = [user.EmailConfirmed ? user.Email?.ToLowerInvariant() : null, user.PhoneNumberConfirmed ? user.PhoneNumber : null];
        var contacts = mine.OfType<string>().ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var max = options.Value.CodeAttempts;
        var rows = await db.VerificationCodes.AsNoTracking()
            .Where(c => c.Purpose == VerificationPurpose.OrganisationInvitation && contacts.Contains(c.Contact)
                && c.UsedAt == null && c.ExpiresAt > now && c.Attempts < max && (id == null || c.Id == id))
            .Join(db.CitizenOrganisations, c => c.SubjectId, o => o.Id, (c, o) => new { c.Id, o.Name })
            .ToListAsync(cancellationToken);
        Invitations = [.. rows.Select(r => (r.Id, r.Name))];
        return user;
    }
}
