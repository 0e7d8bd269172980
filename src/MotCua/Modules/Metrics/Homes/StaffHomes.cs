using System.Security.Claims;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Metrics.Homes;

/// <summary>The home page of a staff role (ADR-055).</summary>
internal enum HomeKind
{
    /// <summary>Công chức Bộ phận Một cửa: the desk and today's queue.</summary>
    Counter,

    /// <summary>Chuyên viên: the worklist.</summary>
    Specialist,

    /// <summary>Lãnh đạo phòng: the worklist, the agency's on-time rate, the unit's overdue tasks.</summary>
    UnitLeader,

    /// <summary>Lãnh đạo cơ quan: as the unit leader, over the whole agency.</summary>
    AgencyLeader,

    /// <summary>Cán bộ kiểm soát TTHC: the agency's figures and the links to Bộ chỉ số 766 and the statistics.</summary>
    Control,

    /// <summary>Văn phòng UBND tỉnh: the province's figures.</summary>
    Province,
}

/// <summary>Which homes a person has, the one they land on, and the addresses (<c>/home</c>, <c>/home/{slug}</c>).</summary>
internal static class StaffHomes
{
    public const string Root = "/home";

    /// <summary>The homes by rank: a person with several roles lands on the first of theirs and is linked to the others.</summary>
    private static readonly (HomeKind Kind, string Role, string Slug)[] Ranked =
    [
        (HomeKind.Province, Roles.ProvinceOfficer, "province"),
        (HomeKind.AgencyLeader, Roles.AgencyLeader, "agency"),
        (HomeKind.Control, Roles.ControlOfficer, "control"),
        (HomeKind.UnitLeader, Roles.UnitLeader, "unit"),
        (HomeKind.Specialist, Roles.Specialist, "specialist"),
        (HomeKind.Counter, Roles.CounterOfficer, "counter"),
    ];

    /// <summary>The homes of <paramref name="user"/>, highest first; empty for people without one (citizens, system administrators).</summary>
    public static IReadOnlyList<HomeKind> Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return [.. Ranked.Where(r => user.IsInRole(r.Role)).Select(r => r.Kind)];
    }

    /// <summary>The address of a home.</summary>
    public static string Url(HomeKind kind) => Root + "/" + Ranked.Single(r => r.Kind == kind).Slug;

    /// <summary>The home named by <paramref name="slug"/>; false for an unknown one.</summary>
    public static bool TryParse(string? slug, out HomeKind kind)
    {
        var found = Ranked.Where(r => string.Equals(r.Slug, slug, StringComparison.Ordinal)).Select(r => (HomeKind?)r.Kind).SingleOrDefault();
        kind = found ?? default;
        return found is not null;
    }

    /// <summary>The leaders' homes, which show the on-time rate, the overdue tasks and the ratings.</summary>
    public static bool IsLeader(HomeKind kind) => kind is HomeKind.UnitLeader or HomeKind.AgencyLeader;

    /// <summary>The oversight homes, which show a scope's figures and link to Bộ chỉ số 766 and the statistics.</summary>
    public static bool IsOversight(HomeKind kind) => kind is HomeKind.Control or HomeKind.Province;
}
