using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization;

/// <summary>
/// The organisation's reference data as other modules read it (docs/architecture.md "Data ownership"): administrative
/// levels, agencies, their units and staff accounts, never tracked, so a module can filter, join and project them in its
/// own queries but changes them only through this module's pages. The queries run in the caller's unit of work
/// (<see cref="Of"/>), so a join with the caller's tables is still one statement.
/// </summary>
internal sealed class OrganizationDirectory
{
    private readonly AppDbContext _db;

    private OrganizationDirectory(AppDbContext db) => _db = db;

    /// <summary>The directory read through <paramref name="db"/>, the caller's unit of work.</summary>
    public static OrganizationDirectory Of(AppDbContext db) => new(db);

    public IQueryable<AdministrativeLevel> Levels => _db.AdministrativeLevels.AsNoTracking();

    public IQueryable<Agency> Agencies => _db.Agencies.AsNoTracking();

    public IQueryable<Unit> Units => _db.Units.AsNoTracking();

    /// <summary>Staff and citizen accounts (ASP.NET Core Identity users).</summary>
    public IQueryable<AppUser> Accounts => _db.Users.AsNoTracking();

    /// <summary>The accounts holding <paramref name="role"/> (<see cref="Roles"/>).</summary>
    public IQueryable<AppUser> InRole(string role) =>
        Accounts.Where(u => _db.UserRoles.Any(r => r.UserId == u.Id && _db.Roles.Any(x => x.Id == r.RoleId && x.Name == role)));

    /// <summary>Which account holds which role, for a query that lists people with their roles.</summary>
    public IQueryable<AccountRole> AccountRoles =>
        _db.UserRoles.AsNoTracking().Join(_db.Roles, r => r.RoleId, x => x.Id, (r, x) => new AccountRole { AccountId = r.UserId, Role = x.Name! });
}

/// <summary>One role of one account.</summary>
internal sealed class AccountRole
{
    public Guid AccountId { get; init; }

    public string Role { get; init; } = "";
}

