using System.Security.Claims;

namespace MotCua.Modules.Organization.Scoping;

/// <summary>The <see cref="IAgencyScope"/> read from a signed-in principal's roles and organisation claims.</summary>
internal sealed class AgencyScope : IAgencyScope
{
    private AgencyScope(bool isStaff, bool isProvinceWide, Guid? agencyId, Guid? unitId, bool isServiceAccount = false)
    {
        IsStaff = isStaff;
        IsServiceAccount = isServiceAccount;
        IsProvinceWide = isProvinceWide;
        AgencyId = agencyId;
        UnitId = unitId;
    }

    public bool IsStaff { get; }

    public bool IsServiceAccount { get; }

    public Guid? AgencyId { get; }

    public Guid? UnitId { get; }

    public bool IsProvinceWide { get; }

    /// <summary>The scope of <paramref name="user"/>; an anonymous or missing principal has no access to any agency.</summary>
    public static AgencyScope From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return new AgencyScope(false, false, null, null);
        }

        if (user.IsInRole(Roles.ServiceAccount))
        {
            // An integrating system (ADR-012) works for exactly one agency, read from the same claim as a staff member's.
            return new AgencyScope(false, false, ReadGuid(user, StaffClaims.AgencyId), null, isServiceAccount: true);
        }

        var isStaff = Roles.Staff.Any(user.IsInRole);
        var isProvinceWide = Roles.ProvinceWide.Any(user.IsInRole);
        return new AgencyScope(
            isStaff,
            isProvinceWide,
            isStaff ? ReadGuid(user, StaffClaims.AgencyId) : null,
            isStaff ? ReadGuid(user, StaffClaims.UnitId) : null);
    }

    public bool CanAccessAgency(Guid agencyId) =>
        (IsStaff && (IsProvinceWide || AgencyId == agencyId)) || (IsServiceAccount && AgencyId == agencyId);

    private static Guid? ReadGuid(ClaimsPrincipal user, string type) =>
        Guid.TryParse(user.FindFirstValue(type), out var value) ? value : null;
}
