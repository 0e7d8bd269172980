using MotCua.Modules.Catalog;

namespace MotCua.Modules.Dossiers.Ledger;

/// <summary>
/// Cơ quan chủ trì giải quyết as the ledger prints it. A dossier does not record which agency resolves it yet, so it is read
/// from the catalogue's agencies of the procedure version the dossier was received under: the receiving agency itself when
/// it performs or decides the procedure, otherwise the one performing agency (or the one deciding agency). When the
/// catalogue names several (e.g. every commune) and none is the receiving agency, the cell stays blank rather than guess.
/// </summary>
internal static class LeadAgency
{
    public static string? Of(IReadOnlyList<PublishedAgency> agencies, Guid receivingAgencyId)
    {
        var resolving = agencies.Where(a => a.Role != AgencyRole.Coordinating).ToList();
        if (resolving.FirstOrDefault(a => a.AgencyId == receivingAgencyId) is { } own)
        {
            return own.Name;
        }

        var performing = resolving.Where(a => a.Role == AgencyRole.Performing).ToList();
        var candidates = performing.Count > 0 ? performing : resolving;
        return candidates.Count == 1 ? candidates[0].Name : null;
    }
}
