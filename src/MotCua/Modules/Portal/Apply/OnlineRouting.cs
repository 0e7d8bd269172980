using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Portal.Apply;

/// <summary>
/// Where an online dossier goes: to the agencies competent for the procedure version (never chosen by where the citizen
/// lives), received by the one-stop desk that serves the chosen agency.
/// </summary>
internal sealed class OnlineRouting(AppDbContext db)
{
    /// <summary>The agencies a citizen may choose: those performing the procedure, or, when none is named, those deciding it.</summary>
    public static IReadOnlyList<PublishedAgency> Competent(PublishedProcedure procedure)
    {
        var performing = procedure.Agencies.Where(a => a.Role == AgencyRole.Performing).ToList();
        return performing.Count > 0 ? performing : [.. procedure.Agencies.Where(a => a.Role == AgencyRole.Deciding)];
    }

    /// <summary>
    /// The one-stop desk that receives for <paramref name="competentAgencyId"/>: the agency itself when it is a service
    /// centre or when no single service centre serves its level; otherwise that centre.
    /// </summary>
    public async Task<Guid> DeskForAsync(Guid competentAgencyId, CancellationToken cancellationToken)
    {
        // NĐ 118/2025/NĐ-CP Điều 7–8: the provincial Trung tâm Phục vụ hành chính công receives for the province's agencies; a
        // commune's Bộ phận Một cửa receives for the commune.
        var agency = await OrganizationDirectory.Of(db).Agencies.SingleAsync(a => a.Id == competentAgencyId, cancellationToken);
        if (agency.Kind == AgencyKind.ServiceCentre)
        {
            return agency.Id;
        }

        var centres = await OrganizationDirectory.Of(db).Agencies
            .Where(a => a.Kind == AgencyKind.ServiceCentre && a.IsActive && a.LevelId == agency.LevelId)
            .OrderBy(a => a.Id).Select(a => a.Id).Take(2).ToListAsync(cancellationToken);
        return centres.Count == 1 ? centres[0] : agency.Id;
    }
}
