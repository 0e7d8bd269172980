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

    public static readonly IReadOnlyList<string> All =
        [Citizen, CounterOfficer, Specialist, UnitLeader, AgencyLeader, ControlOfficer, ProvinceOfficer, SystemAdmin];

    /// <summary>Every role except Citizen.</summary>
    public static readonly IReadOnlyList<string> Staff = [.. All.Where(r => r != Citizen)];

    /// <summary>Staff roles that are not bound to one agency.</summary>
    public static readonly IReadOnlyList<string> ProvinceWide = [ProvinceOfficer, SystemAdmin];

    /// <summary>Staff roles that need an agency (and may have a unit of that agency).</summary>
    public static readonly IReadOnlyList<string> AgencyBound = [.. Staff.Except(ProvinceWide)];
}
