using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Citizens.Data;
using MotCua.Modules.Citizens.Verification;
using MotCua.Modules.Organization.Account;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Citizens.Organisations;

/// <summary>
/// One organisation as its members see it: the members, and for managers inviting by e-mail or phone (a code goes to
/// that contact only if an account has it — the page says the same either way), removing members and naming managers.
/// Anyone who is not a member gets 404.
/// </summary>
[EnableRateLimiting(SignInLimit.Policy)]
internal sealed class DetailsModel(
    AppDbContext db, UserManager<AppUser> users, AccountLookup accounts, VerificationCodes codes, AuditLog audit, IStringLocalizer<CitizensText> text) : PageModel
{
    /// <summary>How long an invitation code can be used.</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public CitizenOrganisation Organisation { get; private set; } = null!;

    public IReadOnlyList<(OrganisationMember Member, AppUser Account)> Members { get; private set; } = [];

    public bool IsManager { get; private set; }

    public Guid UserId { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(Guid id, string? contact, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !IsManager)
        {
            return NotFound();
        }

        if (!ContactPoint.TryParse(contact, out var parsed))
        {
            new RuleFailure("contact", text["Contact_Invalid"]).AddTo(ModelState);
            return Page();
        }

        var invitee = await accounts.FindByContactAsync(parsed, cancellationToken);
        var canJoin = invitee is not null && Members.All(m => m.Account.Id != invitee.Id);
        await codes.IssueAsync(
            VerificationPurpose.OrganisationInvitation, parsed, Organisation.Id, null, canJoin ? CodeDelivery.Code : CodeDelivery.Nothing, cancellationToken,
            InvitationLifetime, Organisation.Name);
        audit.Record("OrganisationInvitationSent", nameof(CitizenOrganisation), Organisation.Id, parsed.Masked());
        await db.SaveChangesAsync(cancellationToken);
        Message = text["Orgs_Invited", parsed.Masked()];
        return Redirect($"/tai-khoan/to-chuc/{id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid member, CancellationToken cancellationToken) =>
        await ChangeAsync(id, member, remove: true, cancellationToken);

    public async Task<IActionResult> OnPostManagerAsync(Guid id, Guid member, CancellationToken cancellationToken) =>
        await ChangeAsync(id, member, remove: false, cancellationToken);

    /// <summary>Removes a member or makes one a manager; a member may also remove themself (leave).</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, Guid memberId, bool remove, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || (!IsManager && !(remove && memberId == UserId)))
        {
            return NotFound();
        }

        var row = await db.OrganisationMembers.SingleOrDefaultAsync(m => m.OrganisationId == id && m.UserId == memberId, cancellationToken);
        if (row is null)
        {
            return NotFound();
        }

        if (remove && row.IsManager && Members.Count(m => m.Member.IsManager) == 1)
        {
            new RuleFailure("", text["Orgs_LastManager"]).AddTo(ModelState);
            return Page();
        }

        if (remove)
        {
            db.OrganisationMembers.Remove(row);
        }
        else
        {
            row.IsManager = true;
        }

        var name = Members.First(m => m.Account.Id == memberId).Account.FullName;
        audit.Record(remove ? "OrganisationMemberRemoved" : "OrganisationManagerNamed", nameof(CitizenOrganisation), id, name);
        await db.SaveChangesAsync(cancellationToken);
        Message = text[remove ? "Orgs_Removed" : "Orgs_ManagerNamed", name];
        return Redirect(remove && memberId == UserId ? "/tai-khoan/to-chuc" : $"/tai-khoan/to-chuc/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        UserId = Guid.Parse(users.GetUserId(User)!);
        var userId = UserId;
        var organisation = await db.CitizenOrganisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.Members.Any(m => m.UserId == userId), cancellationToken);
        if (organisation is null)
        {
            return false;
        }

        Organisation = organisation;
        var members = await db.OrganisationMembers.AsNoTracking()
            .Where(m => m.OrganisationId == id)
            .Join(OrganizationDirectory.Of(db).Accounts, m => m.UserId, u => u.Id, (m, u) => new { Member = m, Account = u })
            .OrderByDescending(x => x.Member.IsManager).ThenBy(x => x.Account.FullName)
            .ToListAsync(cancellationToken);
        Members = [.. members.Select(x => (x.Member, x.Account))];
        IsManager = Members.Any(m => m.Account.Id == userId && m.Member.IsManager);
        return true;
    }
}
