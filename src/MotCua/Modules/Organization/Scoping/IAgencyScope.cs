namespace MotCua.Modules.Organization.Scoping;

/// <summary>
/// Which agency data the current person or service account may see and change. Modules ask this instead of reading roles or claims
/// themselves (ADR-005): staff work inside their agency, province-wide roles see every agency.
/// </summary>
internal interface IAgencyScope
{
    /// <summary>True for any signed-in staff member (every role except Citizen).</summary>
    bool IsStaff { get; }

    /// <summary>
    /// True for an integrating system authenticated by an API key (ADR-012): not staff, bound to <see cref="AgencyId"/>.
    /// </summary>
    bool IsServiceAccount { get; }

    /// <summary>The agency of the staff member or service account; null for citizens, anonymous visitors and accounts without an agency.</summary>
    Guid? AgencyId { get; }

    /// <summary>The unit (phòng) of the staff member, when the account has one.</summary>
    Guid? UnitId { get; }

    /// <summary>True for ProvinceOfficer and SystemAdmin: not limited to one agency.</summary>
    bool IsProvinceWide { get; }

    /// <summary>True when the person may work on data owned by <paramref name="agencyId"/>.</summary>
    bool CanAccessAgency(Guid agencyId);
}
