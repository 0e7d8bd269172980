using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Workflows.ManageProcesses;

/// <summary>The agencies whose internal processes the signed-in person may prepare and approve.</summary>
/// <param name="All">True for system administrators and for control officers of the provincial People's Committee's office.</param>
/// <param name="AgencyId">The only agency otherwise (null: none).</param>
internal sealed record ProcessScope(bool All, Guid? AgencyId)
{
    public bool Allows(Guid agencyId) => All || AgencyId == agencyId;

    /// <summary>
    /// A control officer works for their own agency, except the Văn phòng UBND tỉnh, which controls procedures of the
    /// whole province (NĐ 63/2010 Điều 4 as amended by NĐ 92/2017) and so prepares every agency's processes (ADR-010).
    /// </summary>
    public static async Task<ProcessScope> ForAsync(ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.SystemAdmin))
        {
            return new ProcessScope(true, null);
        }

        // The agency comes from the sign-in claims (ADR-005); only its kind and parent are read here.
        var agencyId = AgencyScope.From(user).AgencyId;
        if (!user.IsInRole(Roles.ControlOfficer) || agencyId is null)
        {
            return new ProcessScope(false, null);
        }

        var agency = await OrganizationDirectory.Of(db).Agencies
            .Where(a => a.Id == agencyId)
            .Select(a => new { a.Id, a.Kind, ParentKind = (AgencyKind?)a.Parent!.Kind, ParentIsRoot = a.Parent!.ParentId == null })
            .FirstOrDefaultAsync(cancellationToken);
        if (agency is null)
        {
            return new ProcessScope(false, null);
        }

        var provincialOffice = agency.Kind == AgencyKind.Office && agency.ParentKind == AgencyKind.PeoplesCommittee && agency.ParentIsRoot;
        return new ProcessScope(provincialOffice, agency.Id);
    }
}
