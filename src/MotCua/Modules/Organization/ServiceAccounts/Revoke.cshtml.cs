using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.ServiceAccounts;

/// <summary>Asks for confirmation, then revokes a key for good; rotation is a new key plus this (ADR-012).</summary>
internal sealed class RevokeModel(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<OrganizationText> text) : PageModel
{
    public ServiceAccount Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var account = await db.ServiceAccounts.AsNoTracking().Include(s => s.Agency).SingleOrDefaultAsync(s => s.Id == id);
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var account = await db.ServiceAccounts.Include(s => s.Agency).SingleOrDefaultAsync(s => s.Id == id);
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        if (account.IsRevoked)
        {
            new RuleFailure("", text["ServiceAccount_AlreadyRevoked"]).AddTo(ModelState);
            return Page();
        }

        account.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        account.RevokedBy = User.Identity?.Name ?? "";
        var masked = ApiKey.Mask(account.PublicId);
        audit.Record("ServiceAccountRevoked", nameof(ServiceAccount), account.Id, $"{account.Name} | {account.Agency?.Code} | {masked}");
        await db.SaveChangesAsync();
        TempData[nameof(IndexModel.Done)] = text["ServiceAccount_RevokedDone", masked].Value;
        return Redirect("/admin/service-accounts");
    }
}
