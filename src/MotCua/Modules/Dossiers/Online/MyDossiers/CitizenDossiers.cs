using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Citizens;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers.Online.MyDossiers;

/// <summary>The dossiers a citizen account may follow in full: those it submitted, and those of organisations it belongs to.</summary>
internal sealed class CitizenDossiers(AppDbContext db, CitizenDirectory citizens)
{
    /// <summary>The statuses in which the result has been issued (đã xử lý xong, đã trả): from then on it is the applicant's.</summary>
    public static readonly DossierStatus[] ResultIssued = [DossierStatus.Done, DossierStatus.Returned];

    /// <summary>
    /// Which files of their dossier an applicant sees and downloads: what was sent (components, supplements) and the
    /// electronic result once issued; never the agency's other working papers.
    /// </summary>
    public static bool ApplicantSees(DossierStatus status, AttachmentPurpose purpose) =>
        purpose is AttachmentPurpose.Component or AttachmentPurpose.Supplement || (purpose == AttachmentPurpose.Result && ResultIssued.Contains(status));

    public IQueryable<Dossier> Of(Guid userId)
    {
        var organisations = citizens.OrganisationsOf(userId);
        return db.Dossiers.Where(d => d.OwnerId == userId || (d.OrganisationId != null && organisations.Contains(d.OrganisationId)));
    }
}
