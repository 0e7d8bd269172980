using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.DemoData;

/// <summary>Seeds the demo province's levels, agencies and units when the database has no agency yet.</summary>
internal sealed class OrganizationSeeder(
    UserManager<AppUser> users, RoleManager<AppRole> roles, ILogger<OrganizationSeeder> logger) : IDemoSeeder
{
    public int Order => 100;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Agencies.AnyAsync(cancellationToken))
        {
            await SeedAgenciesAsync(db, cancellationToken);
        }

        await SeedAccountsAsync(db, cancellationToken);
    }

    private async Task SeedAccountsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // Every start of a seeded database comes here: one query for the roles and one for the accounts there already,
        // instead of a look-up per role and per account.
        var existingRoles = (await db.Roles.Select(r => r.NormalizedName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var role in Roles.All.Where(r => !existingRoles.Contains(roles.NormalizeKey(r))))
        {
            await roles.CreateAsync(new AppRole(role));
        }

        var demoNames = DemoProvince.Accounts.Select(a => users.NormalizeName(a.UserName)).ToList();
        var existingAccounts = (await db.Users.Where(u => demoNames.Contains(u.NormalizedUserName!)).Select(u => u.NormalizedUserName).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var account in DemoProvince.Accounts.Where(a => !existingAccounts.Contains(users.NormalizeName(a.UserName))))
        {
            var agency = account.AgencyCode is null ? null : await db.Agencies.SingleAsync(a => a.Code == account.AgencyCode, cancellationToken);
            var unit = agency is null || account.UnitCode is null
                ? null
                : await db.Units.SingleAsync(u => u.AgencyId == agency.Id && u.Code == account.UnitCode, cancellationToken);
            var user = new AppUser
            {
                UserName = account.UserName,
                FullName = account.FullName,
                Position = account.Position,
                AgencyId = agency?.Id,
                UnitId = unit?.Id,
                Email = account.Role == Roles.Citizen ? null : account.UserName + "@example.vn",
                EmailConfirmed = true,
                LockoutEnabled = true,
            };
            var created = await users.CreateAsync(user, DemoProvince.DemoPassword);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("Demo account " + account.UserName + ": " + string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, account.Role);
        }

        logger.LogInformation(
            "Demo accounts (password {Password}): {Accounts}",
            DemoProvince.DemoPassword,
            string.Join(", ", DemoProvince.Accounts.Select(a => $"{a.UserName} ({a.Role})")));
    }

    private static async Task SeedAgenciesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var levels = DemoProvince.Levels.Select((l, i) => new AdministrativeLevel
        {
            Id = Guid.CreateVersion7(),
            Code = l.Code,
            Name = l.Name,
            SortOrder = i + 1,
            ValidFrom = l.From,
            ValidTo = l.To,
        }).ToDictionary(l => l.Code);
        db.AdministrativeLevels.AddRange(levels.Values);

        var agencies = new Dictionary<string, Agency>();
        foreach (var a in DemoProvince.Agencies)
        {
            agencies[a.Code] = new Agency
            {
                Id = Guid.CreateVersion7(),
                Code = a.Code,
                Name = a.Name,
                ShortName = a.ShortName,
                Kind = a.Kind,
                LevelId = levels[a.Level].Id,
                ParentId = a.Parent is null ? null : agencies[a.Parent].Id,
                IsActive = a.IsActive,
                Version = Guid.CreateVersion7(),
            };
        }

        db.Agencies.AddRange(agencies.Values);
        db.Units.AddRange(DemoProvince.Units.Select(u => new Unit
        {
            Id = Guid.CreateVersion7(),
            AgencyId = agencies[u.AgencyCode].Id,
            Code = u.Code,
            Name = u.Name,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
