using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.Admin.People;

internal sealed class EditModel(
    AppDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock, IStringLocalizer<OrganizationText> text, IStringLocalizer<SharedText> shared) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public AppUser? Existing { get; private set; }

    public bool IsLocked { get; private set; }

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    private string? _placement;

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is not null)
        {
            if (!await LoadExistingAsync(id.Value))
            {
                return NotFound();
            }

            Input = new PersonInput
            {
                UserName = Existing!.UserName ?? "",
                FullName = Existing.FullName,
                Position = Existing.Position,
                AgencyId = Existing.AgencyId,
                UnitId = Existing.UnitId,
                Roles = [.. await users.GetRolesAsync(Existing)],
                ConcurrencyStamp = Existing.ConcurrencyStamp,
            };
        }

        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        if (id is not null && !await LoadExistingAsync(id.Value))
        {
            return NotFound();
        }

        Input.Normalize();
        (await ValidateAsync()).AddTo(ModelState, nameof(Input));
        if (ModelState.IsValid)
        {
            var saved = Existing is null ? await CreateAsync() : await UpdateAsync(Existing);
            if (saved is not null)
            {
                Saved = text["Saved"];
                return Redirect($"/admin/people/edit/{saved.Id}");
            }
        }

        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostLockAsync(Guid id) => await ChangeLockAsync(id, lockOut: true);

    public async Task<IActionResult> OnPostUnlockAsync(Guid id) => await ChangeLockAsync(id, lockOut: false);

    public async Task<IActionResult> OnPostPasswordAsync(Guid id, string? newPassword)
    {
        if (!await LoadExistingAsync(id))
        {
            return NotFound();
        }

        var user = Existing!;
        if (string.IsNullOrEmpty(newPassword))
        {
            new RuleFailure(nameof(newPassword), text["Validation_Required", FieldName.Of(text["Person_NewPassword"])]).AddTo(ModelState);
        }
        else
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, newPassword);
            if (result.Succeeded)
            {
                // A reset also ends an automatic lockout, otherwise the person still could not sign in with the new password.
                await users.ResetAccessFailedCountAsync(user);
                audit.Record("PasswordReset", nameof(AppUser), user.Id, user.UserName ?? "");
                await db.SaveChangesAsync();
                Saved = text["Person_PasswordReset"];
                return Redirect($"/admin/people/edit/{id}");
            }

            IdentityFailures(nameof(newPassword), result).AddTo(ModelState);
        }

        await RefillFormAsync(user);
        return Page();
    }

    private async Task<IActionResult> ChangeLockAsync(Guid id, bool lockOut)
    {
        if (!await LoadExistingAsync(id))
        {
            return NotFound();
        }

        var user = Existing!;
        if (lockOut && IsCurrentUser(user))
        {
            new RuleFailure("", text["Rule_CannotLockSelf"]).AddTo(ModelState);
            await RefillFormAsync(user);
            return Page();
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, lockOut ? DateTimeOffset.MaxValue : null);
        if (lockOut)
        {
            // A new security stamp signs the person out everywhere at their next request (ADR-026).
            await users.UpdateSecurityStampAsync(user);
        }
        else
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        audit.Record(lockOut ? "PersonLocked" : "PersonUnlocked", nameof(AppUser), user.Id, user.UserName ?? "");
        await db.SaveChangesAsync();
        Saved = text[lockOut ? "Person_LockedDone" : "Person_UnlockedDone"];
        return Redirect($"/admin/people/edit/{id}");
    }

    private async Task<AppUser?> CreateAsync()
    {
        var user = new AppUser
        {
            UserName = Input.UserName,
            FullName = Input.FullName,
            Position = Input.Position,
            AgencyId = Input.AgencyId,
            UnitId = Input.UnitId,
            EmailConfirmed = true,
            LockoutEnabled = true,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, Input.Password ?? "");
        if (!created.Succeeded)
        {
            IdentityFailures(nameof(Input.Password), created).AddTo(ModelState, nameof(Input));
            return null;
        }

        var roles = await users.AddToRolesAsync(user, Input.Roles);
        if (!roles.Succeeded)
        {
            IdentityFailures(nameof(Input.Roles), roles).AddTo(ModelState, nameof(Input));
            return null;
        }

        audit.Record("PersonCreated", nameof(AppUser), user.Id, Describe(user, _placement, Input.Roles));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return user;
    }

    private async Task<AppUser?> UpdateAsync(AppUser user)
    {
        if (user.ConcurrencyStamp != Input.ConcurrencyStamp)
        {
            new RuleFailure("", text["Concurrency_Person"]).AddTo(ModelState);
            return null;
        }

        var currentRoles = await users.GetRolesAsync(user);
        var before = Describe(user, await PlacementAsync(user), currentRoles);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = Input.ConcurrencyStamp;
        user.FullName = Input.FullName;
        user.Position = Input.Position;
        user.AgencyId = Input.AgencyId;
        user.UnitId = Input.UnitId;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            IdentityFailures("", updated).AddTo(ModelState);
            return null;
        }

        var removed = await users.RemoveFromRolesAsync(user, currentRoles.Except(Input.Roles));
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, Input.Roles.Except(currentRoles)) : removed;
        if (!added.Succeeded)
        {
            IdentityFailures(nameof(Input.Roles), added).AddTo(ModelState, nameof(Input));
            return null;
        }

        audit.Record("PersonUpdated", nameof(AppUser), user.Id, before + " → " + Describe(user, _placement, Input.Roles));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return user;
    }

    /// <summary>The person form's failures under the fields of <see cref="PersonInput"/>, <c>[]</c> when it can be saved.</summary>
    private async Task<IReadOnlyList<RuleFailure>> ValidateAsync()
    {
        var failures = new List<RuleFailure>();
        if (Existing is null)
        {
            if (Input.UserName.Length == 0)
            {
                failures.Add(new RuleFailure(nameof(Input.UserName), text["Validation_Required", FieldName.Of(text["Person_UserName"])]));
            }
            else if (await users.FindByNameAsync(Input.UserName) is not null)
            {
                failures.Add(new RuleFailure(nameof(Input.UserName), text["Rule_UserNameTaken", Input.UserName]));
            }

            if (string.IsNullOrEmpty(Input.Password))
            {
                failures.Add(new RuleFailure(nameof(Input.Password), text["Validation_Required", FieldName.Of(text["Person_Password"])]));
            }
        }

        if (Input.FullName.Length == 0)
        {
            failures.Add(new RuleFailure(nameof(Input.FullName), text["Validation_Required", FieldName.Of(text["Person_FullName"])]));
        }
        else if (Input.FullName.Length > 200)
        {
            failures.Add(new RuleFailure(nameof(Input.FullName), text["Validation_MaxLength", FieldName.Of(text["Person_FullName"]), 200]));
        }

        if (Input.Position?.Length > 100)
        {
            failures.Add(new RuleFailure(nameof(Input.Position), text["Validation_MaxLength", FieldName.Of(text["Person_Position"]), 100]));
        }

        Agency? agency = null;
        if (Input.AgencyId is { } agencyId)
        {
            agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agencyId);
            if (agency is null || (!agency.IsActive && agencyId != Existing?.AgencyId))
            {
                failures.Add(new RuleFailure(nameof(Input.AgencyId), text["Rule_AgencyUnavailable"]));
            }
        }

        Unit? unit = null;
        if (Input.UnitId is { } unitId)
        {
            unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId);
            if (unit is null || (!unit.IsActive && unitId != Existing?.UnitId))
            {
                failures.Add(new RuleFailure(nameof(Input.UnitId), text["Rule_UnitUnavailable"]));
            }
        }

        _placement = $"{agency?.Code ?? "-"}/{unit?.Code ?? "-"}";
        failures.AddRange(StaffAssignment.Check(Input.Roles, Input.AgencyId, Input.UnitId, unit?.AgencyId));

        if (Existing is not null && IsCurrentUser(Existing) && !Input.Roles.Contains(Roles.SystemAdmin))
        {
            failures.Add(new RuleFailure(nameof(Input.Roles), text["Rule_KeepOwnAdminRole"]));
        }

        return failures.AsResult();
    }

    private bool IsCurrentUser(AppUser user) => User.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id.ToString();

    /// <summary>Identity's refusals under <paramref name="field"/>; a concurrency failure is about the whole form.</summary>
    private static List<RuleFailure> IdentityFailures(string field, IdentityResult result) =>
        [.. result.Errors.Select(e => new RuleFailure(e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure) ? "" : field, e.Description, e.Code))];

    private async Task<bool> LoadExistingAsync(Guid id)
    {
        Existing = await users.FindByIdAsync(id.ToString());
        if (Existing is null)
        {
            return false;
        }

        IsLocked = Existing.LockoutEnd > clock.GetUtcNow();
        return true;
    }

    private async Task RefillFormAsync(AppUser user)
    {
        Input = new PersonInput
        {
            UserName = user.UserName ?? "",
            FullName = user.FullName,
            Position = user.Position,
            AgencyId = user.AgencyId,
            UnitId = user.UnitId,
            Roles = [.. await users.GetRolesAsync(user)],
            ConcurrencyStamp = user.ConcurrencyStamp,
        };
        await LoadChoicesAsync();
    }

    private async Task LoadChoicesAsync()
    {
        Agencies = await db.Agencies.AsNoTracking().Where(a => a.IsActive || a.Id == Input.AgencyId).OrderBy(a => a.Code).ToListAsync();
        Units = await db.Units.AsNoTracking().Where(u => u.IsActive || u.Id == Input.UnitId).OrderBy(u => u.Code).ToListAsync();
    }

    private async Task<string> PlacementAsync(AppUser user)
    {
        var agency = user.AgencyId is null ? null : await db.Agencies.AsNoTracking().Where(a => a.Id == user.AgencyId).Select(a => a.Code).SingleOrDefaultAsync();
        var unit = user.UnitId is null ? null : await db.Units.AsNoTracking().Where(u => u.Id == user.UnitId).Select(u => u.Code).SingleOrDefaultAsync();
        return $"{agency ?? "-"}/{unit ?? "-"}";
    }

    private string Describe(AppUser user, string? placement, IEnumerable<string> roles) => RecordLanguage.Write(() => text[
        "Audit_Person", user.UserName ?? "", user.FullName, user.Position ?? "", placement ?? "",
        string.Join(", ", roles.Order(StringComparer.Ordinal).Select(r => shared["Role_" + r].Value))]);
}

internal sealed class PersonInput
{
    public string UserName { get; set; } = "";

    public string FullName { get; set; } = "";

    public string? Position { get; set; }

    public Guid? AgencyId { get; set; }

    public Guid? UnitId { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>The initial password, only when creating an account.</summary>
    public string? Password { get; set; }

    public string? ConcurrencyStamp { get; set; }

    public void Normalize()
    {
        UserName = UserName?.Trim() ?? "";
        FullName = FullName?.Trim() ?? "";
        Position = string.IsNullOrWhiteSpace(Position) ? null : Position.Trim();
        Roles = [.. (Roles ?? []).Distinct(StringComparer.Ordinal)];
    }
}
