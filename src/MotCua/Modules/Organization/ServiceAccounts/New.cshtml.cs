using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Organization.Admin;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.ServiceAccounts;

internal sealed class NewModel(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<OrganizationText> text) : PageModel
{
    [BindProperty]
    public ServiceAccountInput Input { get; set; } = new();

    public IReadOnlyList<Agency> AgencyChoices { get; private set; } = [];

    /// <summary>The new key, set only in the answer to the post that created it; it is never stored or shown again.</summary>
    public string? CreatedKey { get; private set; }

    public string? CreatedName { get; private set; }

    public async Task OnGetAsync() => await LoadChoicesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Input.Name?.Trim() ?? "";
        Input.Name = name;
        var today = VietnamTime.Today(clock);
        var failures = new List<RuleFailure>();
        if (name.Length == 0)
        {
            failures.Add(new RuleFailure(nameof(Input.Name), text["Validation_Required", FieldName.Of(text["ServiceAccount_Name"])]));
        }
        else if (name.Length > ServiceAccount.NameMaxLength)
        {
            failures.Add(new RuleFailure(nameof(Input.Name), text["Validation_MaxLength", text["ServiceAccount_Name"], ServiceAccount.NameMaxLength]));
        }

        var agency = Input.AgencyId is { } agencyId
            ? await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agencyId && a.IsActive)
            : null;
        if (agency is null)
        {
            failures.Add(new RuleFailure(nameof(Input.AgencyId), text["Rule_ServiceAccountAgency"]));
        }

        if (Input.ExpiresOn is { } lastDay && lastDay < today)
        {
            failures.Add(new RuleFailure(nameof(Input.ExpiresOn), text["Rule_ExpiryNotFuture"]));
        }

        failures.AddTo(ModelState, nameof(Input));
        if (!ModelState.IsValid || agency is null)
        {
            await LoadChoicesAsync();
            return Page();
        }

        var expiresAtUtc = Input.ExpiresOn is { } day ? VietnamTime.EndOfLocalDayUtc(day) : (DateTime?)null;
        var createdBy = User.Identity?.Name ?? "";
        var (account, key) = ServiceAccountIssuer.Issue(db, name, agency.Id, expiresAtUtc, createdBy, clock.GetUtcNow().UtcDateTime);
        audit.Record(
            "ServiceAccountCreated",
            nameof(ServiceAccount),
            account.Id,
            $"{account.Name} | {agency.Code} | {key.Masked} | {(Input.ExpiresOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "-")}");
        await db.SaveChangesAsync();

        // The key is in this one answer only: not in TempData (a cookie), not cached by the browser or a proxy.
        Response.Headers.CacheControl = "no-store";
        CreatedKey = key.Value;
        CreatedName = account.Name;
        return Page();
    }

    private async Task LoadChoicesAsync() =>
        AgencyChoices = await db.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Code).ToListAsync();
}

internal sealed class ServiceAccountInput
{
    // Nullable so that the model binder adds no English "required" message of its own; the page checks it in Vietnamese.
    public string? Name { get; set; }

    public Guid? AgencyId { get; set; }

    /// <summary>Last day (Vietnam time) on which the key works; null = no expiry.</summary>
    public DateOnly? ExpiresOn { get; set; }
}
