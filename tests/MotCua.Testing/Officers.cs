using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.Testing;

/// <summary>Officers beyond the demo's one-per-role, for scenarios that need several units.</summary>
public static class Officers
{
    /// <summary>Creates an officer of <paramref name="agencyCode"/> (and unit) in <paramref name="role"/> with the demo password; returns the user name.</summary>
    public static async Task<string> CreateOfficerAsync(this MotCuaFactory factory, string agencyCode, string? unitCode, string role, string fullName)
    {
        var userName = "cb" + Guid.NewGuid().ToString("N")[..10];
        await using var scope = factory.CreateDbScope(out var db);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        var unit = unitCode is null ? null : await db.Units.SingleAsync(u => u.AgencyId == agency.Id && u.Code == unitCode);
        var user = new AppUser { UserName = userName, FullName = fullName, AgencyId = agency.Id, UnitId = unit?.Id, EmailConfirmed = true };
        Check(await users.CreateAsync(user, DemoProvince.DemoPassword));
        Check(await users.AddToRoleAsync(user, role));
        return userName;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
