using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.Scoping;

/// <summary>Adds the full name and the agency and unit ids to the principal built at sign-in and on each security-stamp refresh.</summary>
internal sealed class StaffClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        foreach (var claim in StaffClaimsOf(user))
        {
            identity.AddClaim(claim);
        }

        return identity;
    }

    /// <summary>The organisation claims of <paramref name="user"/>.</summary>
    public static IEnumerable<Claim> StaffClaimsOf(AppUser user)
    {
        if (!string.IsNullOrEmpty(user.FullName))
        {
            yield return new Claim(StaffClaims.FullName, user.FullName);
        }

        if (user.AgencyId is { } agency)
        {
            yield return new Claim(StaffClaims.AgencyId, agency.ToString());
        }

        if (user.UnitId is { } unit)
        {
            yield return new Claim(StaffClaims.UnitId, unit.ToString());
        }
    }
}
