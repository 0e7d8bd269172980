using MotCua.Common.Validation;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Admin.People;

namespace MotCua.UnitTests.Organization;

public sealed class StaffAssignmentTests
{
    private static readonly Guid Agency = Guid.CreateVersion7();
    private static readonly Guid OtherAgency = Guid.CreateVersion7();
    private static readonly Guid Unit = Guid.CreateVersion7();

    [Theory]
    [InlineData(Roles.CounterOfficer)]
    [InlineData(Roles.Specialist)]
    [InlineData(Roles.UnitLeader)]
    [InlineData(Roles.AgencyLeader)]
    [InlineData(Roles.ControlOfficer)]
    public void Agency_bound_staff_without_an_agency_is_refused(string role)
    {
        Keys(StaffAssignment.Check([role], null, null, null)).ShouldBe(["Rule_StaffNeedsAgency"]);
    }

    [Theory]
    [InlineData(Roles.ProvinceOfficer)]
    [InlineData(Roles.SystemAdmin)]
    public void Province_wide_staff_may_have_no_agency(string role)
    {
        StaffAssignment.Check([role], null, null, null).ShouldBeEmpty();
    }

    [Fact]
    public void Staff_with_an_agency_and_a_unit_of_that_agency_is_accepted()
    {
        StaffAssignment.Check([Roles.Specialist, Roles.UnitLeader], Agency, Unit, Agency).ShouldBeSameAs(Array.Empty<RuleFailure>());
    }

    [Fact]
    public void A_unit_of_another_agency_is_refused()
    {
        Keys(StaffAssignment.Check([Roles.Specialist], Agency, Unit, OtherAgency)).ShouldBe(["Rule_UnitOutsideAgency"]);
    }

    [Fact]
    public void A_unit_without_an_agency_is_refused()
    {
        Keys(StaffAssignment.Check([Roles.SystemAdmin], null, Unit, Agency)).ShouldBe(["Rule_UnitNeedsAgency"]);
    }

    [Fact]
    public void A_citizen_has_no_agency_and_no_staff_role()
    {
        StaffAssignment.Check([Roles.Citizen], null, null, null).ShouldBeEmpty();
        Keys(StaffAssignment.Check([Roles.Citizen], Agency, null, null)).ShouldBe(["Rule_CitizenNoAgency"]);
        Keys(StaffAssignment.Check([Roles.Citizen, Roles.Specialist], Agency, null, null)).ShouldContain("Rule_CitizenNotStaff");
    }

    [Fact]
    public void An_account_needs_a_known_role()
    {
        Keys(StaffAssignment.Check([], null, null, null)).ShouldBe(["Rule_RoleRequired"]);
        Keys(StaffAssignment.Check(["Superuser"], null, null, null)).ShouldBe(["Rule_RoleUnknown"]);
    }

    private static List<string> Keys(IEnumerable<MotCua.Common.Validation.RuleFailure> failures) =>
        failures.Select(f => "Rule_" + f.Source).ToList();
}
