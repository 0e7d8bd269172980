namespace MotCua.Modules.Organization.Scoping;

/// <summary>Claim types the organisation module puts into the sign-in cookie (ADR-005).</summary>
public static class StaffClaims
{
    /// <summary>The id of the agency a staff member works for.</summary>
    public const string AgencyId = "motcua:agency";

    /// <summary>The id of the unit (phòng) a staff member works in.</summary>
    public const string UnitId = "motcua:unit";

    /// <summary>The person's full name, shown in the header.</summary>
    public const string FullName = "motcua:fullname";
}
