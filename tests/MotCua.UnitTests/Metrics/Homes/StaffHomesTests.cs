using System.Security.Claims;
using MotCua.Modules.Metrics.Homes;
using MotCua.Modules.Organization;

namespace MotCua.UnitTests.Metrics.Homes;

/// <summary>Which home a person lands on: the highest of their roles', the others linked.</summary>
public sealed class StaffHomesTests
{
    private static ClaimsPrincipal Person(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), "test"));

    [Fact]
    public void A_person_with_several_roles_lands_on_the_highest_and_keeps_the_others()
    {
        var homes = StaffHomes.Of(Person(Roles.Specialist, Roles.AgencyLeader, Roles.CounterOfficer));

        homes.ShouldBe([HomeKind.AgencyLeader, HomeKind.Specialist, HomeKind.Counter]);
    }

    [Fact]
    public void Every_staff_role_but_the_administrator_has_a_home_and_citizens_have_none()
    {
        foreach (var role in Roles.Staff.Where(r => r != Roles.SystemAdmin))
        {
            StaffHomes.Of(Person(role)).Count.ShouldBe(1, role);
        }

        StaffHomes.Of(Person(Roles.SystemAdmin)).ShouldBeEmpty();
        StaffHomes.Of(Person(Roles.Citizen)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_home_has_an_address_that_names_it_back()
    {
        foreach (var kind in Enum.GetValues<HomeKind>())
        {
            StaffHomes.TryParse(StaffHomes.Url(kind)[(StaffHomes.Root.Length + 1)..], out var parsed).ShouldBeTrue();
            parsed.ShouldBe(kind);
        }

        StaffHomes.TryParse("boss", out _).ShouldBeFalse();
    }
}
