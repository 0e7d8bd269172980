using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers.Online.MyDossiers;

/// <summary>The dossiers a citizen account may follow in full: those it submitted, and those of organisations it belongs to.</summary>
internal sealed class CitizenDossiers(AppDbContext db)
{
    public IQueryable<Dossier> Of(Guid userId)
    {
        var organisations = db.OrganisationMembers.Where(m => m.UserId == userId).Select(m => (Guid?)m.OrganisationId);
        return db.Dossiers.Where(d => d.OwnerId == userId || (d.OrganisationId != null && organisations.Contains(d.OrganisationId)));
    }
}
