using System.Security.Claims;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>
/// Who sees which TT 01/2018 results (ADR-058): every staff member sees the units' results of their agency (the province
/// roles every agency's, with the ranking); officers' scores only as far as the role reaches — an officer their own, a
/// unit leader their unit's officers, an agency leader (and the agency's service account) their agency's, the province
/// roles every officer's. A step's agency decides whose officer it is, so no agency sees another agency's officers.
/// </summary>
internal static class EvaluationAccess
{
    /// <summary>The staff roles that open the evaluation pages.</summary>
    public static readonly string[] Readers =
        [Roles.CounterOfficer, Roles.Specialist, Roles.UnitLeader, Roles.AgencyLeader, Roles.ControlOfficer, Roles.ProvinceOfficer, Roles.SystemAdmin];

    /// <summary>The officers <paramref name="user"/> may see the scores of.</summary>
    public static OfficerFilter OfficersFor(ClaimsPrincipal user, IAgencyScope scope)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IsProvinceWide)
        {
            return new OfficerFilter(true, null, null, null);
        }

        if (scope.AgencyId is not { } agency)
        {
            return OfficerFilter.None;
        }

        if (scope.IsServiceAccount || user.IsInRole(Roles.AgencyLeader))
        {
            return new OfficerFilter(false, agency, null, null);
        }

        if (user.IsInRole(Roles.UnitLeader) && scope.UnitId is { } unit)
        {
            return new OfficerFilter(false, agency, unit, null);
        }

        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var me) ? new OfficerFilter(false, null, null, me) : OfficerFilter.None;
    }

    /// <summary>Whether <paramref name="filter"/> lets <paramref name="officerId"/>'s step of <paramref name="agencyId"/> / <paramref name="unitId"/> through.</summary>
    public static bool Allows(this OfficerFilter filter, Guid? officerId, Guid agencyId, Guid? unitId)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return officerId is not null
            && (filter.All
                || (filter.OfficerId is { } me && officerId == me)
                || (filter.AgencyId is { } agency && agencyId == agency && (filter.UnitId is null || unitId == filter.UnitId)));
    }
}
