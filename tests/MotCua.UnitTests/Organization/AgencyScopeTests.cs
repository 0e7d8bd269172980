using System.Security.Claims;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.UnitTests.Organization;

public sealed class AgencyScopeTests
{
    private static readonly Guid HomeAffairs = Guid.CreateVersion7();
    private static readonly Guid Justice = Guid.CreateVersion7();
    private static readonly Guid Unit = Guid.CreateVersion7();

    [Fact]
    public void Agency_staff_may_access_only_their_own_agency()
    {
        var scope = AgencyScope.From(Principal(Roles.Specialist, HomeAffairs, Unit));

        scope.IsStaff.ShouldBeTrue();
        scope.IsProvinceWide.ShouldBeFalse();
        scope.AgencyId.ShouldBe(HomeAffairs);
        scope.UnitId.ShouldBe(Unit);
        scope.CanAccessAgency(HomeAffairs).ShouldBeTrue();
        scope.CanAccessAgency(Justice).ShouldBeFalse();
    }

    [Theory]
    [InlineData(Roles.ProvinceOfficer)]
    [InlineData(Roles.SystemAdmin)]
    public void Province_wide_roles_may_access_every_agency(string role)
    {
        var scope = AgencyScope.From(Principal(role, null, null));

        scope.IsProvinceWide.ShouldBeTrue();
        scope.CanAccessAgency(HomeAffairs).ShouldBeTrue();
        scope.CanAccessAgency(Justice).ShouldBeTrue();
    }

    [Fact]
    public void Citizens_and_anonymous_visitors_access_no_agency_even_with_a_forged_agency_claim()
    {
        var citizen = AgencyScope.From(Principal(Roles.Citizen, HomeAffairs, null));
        var anonymous = AgencyScope.From(new ClaimsPrincipal(new ClaimsIdentity()));
        var missing = AgencyScope.From(null);

        foreach (var scope in new[] { citizen, anonymous, missing })
        {
            scope.IsStaff.ShouldBeFalse();
            scope.AgencyId.ShouldBeNull();
            scope.CanAccessAgency(HomeAffairs).ShouldBeFalse();
        }
    }

    [Fact]
    public void Staff_without_an_agency_claim_access_no_agency()
    {
        AgencyScope.From(Principal(Roles.CounterOfficer, null, null)).CanAccessAgency(HomeAffairs).ShouldBeFalse();
    }

    [Fact]
    public void The_claims_factory_writes_the_claims_the_scope_reads()
    {
        var user = new AppUser { FullName = "Lê Văn Cường", AgencyId = HomeAffairs, UnitId = Unit };
        var identity = new ClaimsIdentity(StaffClaimsPrincipalFactory.StaffClaimsOf(user), "test");
        identity.AddClaim(new Claim(ClaimTypes.Role, Roles.Specialist));

        var scope = AgencyScope.From(new ClaimsPrincipal(identity));

        identity.FindFirst(StaffClaims.FullName)!.Value.ShouldBe("Lê Văn Cường");
        scope.AgencyId.ShouldBe(HomeAffairs);
        scope.UnitId.ShouldBe(Unit);
    }

    [Fact]
    public void A_citizen_gets_no_agency_or_unit_claims()
    {
        StaffClaimsPrincipalFactory.StaffClaimsOf(new AppUser { FullName = "Nguyễn Văn An" })
            .Select(c => c.Type).ShouldBe([StaffClaims.FullName]);
    }

    private static ClaimsPrincipal Principal(string role, Guid? agency, Guid? unit)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "x"), new(ClaimTypes.Role, role) };
        if (agency is not null)
        {
            claims.Add(new Claim(StaffClaims.AgencyId, agency.Value.ToString()));
        }

        if (unit is not null)
        {
            claims.Add(new Claim(StaffClaims.UnitId, unit.Value.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
