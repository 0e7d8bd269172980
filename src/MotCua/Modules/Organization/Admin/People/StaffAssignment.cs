namespace MotCua.Modules.Organization.Admin.People;

/// <summary>Which roles, agency and unit an account may combine.</summary>
internal static class StaffAssignment
{
    /// <summary>
    /// Checks an account's roles and placement; <paramref name="unitAgencyId"/> is the agency the chosen unit belongs to.
    /// Returns every broken rule (empty when the combination is valid).
    /// </summary>
    public static IReadOnlyList<RuleViolation> Check(IReadOnlyCollection<string> roles, Guid? agencyId, Guid? unitId, Guid? unitAgencyId)
    {
        var broken = new List<RuleViolation>();
        if (roles.Count == 0)
        {
            broken.Add(new("Roles", "Rule_RoleRequired"));
        }

        if (roles.Any(r => !Roles.All.Contains(r)))
        {
            broken.Add(new("Roles", "Rule_RoleUnknown"));
        }

        var isCitizen = roles.Contains(Roles.Citizen);
        if (isCitizen && roles.Any(Roles.Staff.Contains))
        {
            broken.Add(new("Roles", "Rule_CitizenNotStaff"));
        }

        if (isCitizen && (agencyId is not null || unitId is not null))
        {
            broken.Add(new("AgencyId", "Rule_CitizenNoAgency"));
        }

        // ROADMAP "Who uses it": every staff role works for one agency, except the province-wide ProvinceOfficer and SystemAdmin.
        if (agencyId is null && roles.Any(Roles.AgencyBound.Contains))
        {
            broken.Add(new("AgencyId", "Rule_StaffNeedsAgency"));
        }

        if (unitId is not null && agencyId is null)
        {
            broken.Add(new("UnitId", "Rule_UnitNeedsAgency"));
        }
        else if (unitId is not null && unitAgencyId != agencyId)
        {
            broken.Add(new("UnitId", "Rule_UnitOutsideAgency"));
        }

        return broken;
    }
}
