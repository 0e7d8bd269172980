namespace MotCua.Modules.Organization;

/// <summary>The roles of the product (ROADMAP "Who uses it"). Staff roles are scoped to an agency and unit.</summary>
internal static class Roles
{
    public const string Citizen = nameof(Citizen);
    public const string CounterOfficer = nameof(CounterOfficer);
    public const string Specialist = nameof(Specialist);
    public const string UnitLeader = nameof(UnitLeader);
    public const string AgencyLeader = nameof(AgencyLeader);
    public const string ControlOfficer = nameof(ControlOfficer);
    public const string ProvinceOfficer = nameof(ProvinceOfficer);
    public const string SystemAdmin = nameof(SystemAdmin);

    /// <summary>
    /// An integrating system authenticated by an API key (ADR-012), never a person: it is in none of the lists below,
    /// cannot be given to an account and never opens a page.
    /// </summary>
    public const string ServiceAccount = nameof(ServiceAccount);

    public static readonly IReadOnlyList<string> All =
        [Citizen, CounterOfficer, Specialist, UnitLeader, AgencyLeader, ControlOfficer, ProvinceOfficer, SystemAdmin];

    /// <summary>Every role except Citizen.</summary>
    public static readonly IReadOnlyList<string> Staff = [.. All.Where(r => r != Citizen)];

    /// <summary>Staff roles that are not bound to one agency.</summary>
    public static readonly IReadOnlyList<string> ProvinceWide = [ProvinceOfficer, SystemAdmin];

    /// <summary>Staff roles that need an agency (and may have a unit of that agency).</summary>
    public static readonly IReadOnlyList<string> AgencyBound = [.. Staff.Except(ProvinceWide)];
}
