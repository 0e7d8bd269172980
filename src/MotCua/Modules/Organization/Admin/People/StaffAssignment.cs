using MotCua.Common.Localization;
using MotCua.Common.Validation;

namespace MotCua.Modules.Organization.Admin.People;

/// <summary>Which roles, agency and unit an account may combine.</summary>
internal static class StaffAssignment
{
    /// <summary>
    /// Checks an account's roles and placement; <paramref name="unitAgencyId"/> is the agency the chosen unit belongs to.
    /// Returns every broken rule (empty when the combination is valid), keyed by the field of the account form.
    /// </summary>
    public static IReadOnlyList<RuleFailure> Check(IReadOnlyCollection<string> roles, Guid? agencyId, Guid? unitId, Guid? unitAgencyId)
    {
        var broken = new List<RuleFailure>();
        if (roles.Count == 0)
        {
            broken.Add(Failure("Roles", "RoleRequired"));
        }

        if (roles.Any(r => !Roles.All.Contains(r)))
        {
            broken.Add(Failure("Roles", "RoleUnknown"));
        }

        var isCitizen = roles.Contains(Roles.Citizen);
        if (isCitizen && roles.Any(Roles.Staff.Contains))
        {
            broken.Add(Failure("Roles", "CitizenNotStaff"));
        }

        if (isCitizen && (agencyId is not null || unitId is not null))
        {
            broken.Add(Failure("AgencyId", "CitizenNoAgency"));
        }

        // ROADMAP "Who uses it": every staff role works for one agency, except the province-wide ProvinceOfficer and SystemAdmin.
        if (agencyId is null && roles.Any(Roles.AgencyBound.Contains))
        {
            broken.Add(Failure("AgencyId", "StaffNeedsAgency"));
        }

        if (unitId is not null && agencyId is null)
        {
            broken.Add(Failure("UnitId", "UnitNeedsAgency"));
        }
        else if (unitId is not null && unitAgencyId != agencyId)
        {
            broken.Add(Failure("UnitId", "UnitOutsideAgency"));
        }

        return broken.AsResult();
    }

    // The rule's name is its message's key without the Rule_ prefix.
    private static RuleFailure Failure(string field, string rule) => new(field, ResourceText.Get<OrganizationText>("Rule_" + rule), rule);
}
