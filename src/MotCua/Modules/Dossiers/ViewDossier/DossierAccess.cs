using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers.ViewDossier;

/// <summary>Who may open a dossier and print its forms: staff of the receiving agency, and of every agency that holds one of its tasks (liên thông).</summary>
internal static class DossierAccess
{
    /// <summary>False for unknown dossiers and for staff of agencies that have nothing to do with it (answered 404 alike).</summary>
    public static async Task<bool> CanViewAsync(AppDbContext db, IAgencyScope scope, Guid dossierId, CancellationToken cancellationToken)
    {
        var receiving = await db.Dossiers.Where(d => d.Id == dossierId).Select(d => (Guid?)d.AgencyId).SingleOrDefaultAsync(cancellationToken);
        if (receiving is not { } agencyId)
        {
            return false;
        }

        if (scope.CanAccessAgency(agencyId))
        {
            return true;
        }

        var working = await db.DossierTasks.Where(t => t.DossierId == dossierId).Select(t => t.AgencyId).Distinct().ToListAsync(cancellationToken);
        return working.Any(scope.CanAccessAgency);
    }
}
