using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Citizens;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Portal.Data;

namespace MotCua.Modules.Portal.Wallet;

/// <summary>
/// Keeps a citizen's wallet in step with their dossiers: every component of an accepted dossier and every result once
/// issued is filed once (one document per dossier file, by a unique index). Run when the wallet or an application is
/// opened, so it is derived from the dossiers' state and never misses one.
/// </summary>
internal sealed class WalletFiling(AppDbContext db, CitizenDossiers dossiers, CitizenDirectory citizens, TimeProvider clock)
{
    public async Task FileAsync(Guid userId, CancellationToken cancellationToken)
    {
        var documents = await dossiers.DocumentsAsync(userId, db.WalletDocuments.Select(w => w.SourceAttachmentId), cancellationToken);
        if (documents.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var d in documents)
        {
            db.WalletDocuments.Add(new WalletDocument
            {
                Id = Guid.CreateVersion7(), OwnerId = d.OwnerId, OrganisationId = d.OrganisationId, Title = d.Title,
                Origin = d.IsResult ? WalletOrigin.IssuedResult : d.UploadedByOwner ? WalletOrigin.UploadedByCitizen : WalletOrigin.DigitisedByOfficer,
                SourceDossierId = d.DossierId, SourceDossierCode = d.DossierCode, ProcedureCode = d.ProcedureCode, SourceAttachmentId = d.AttachmentId,
                FileName = d.FileName, ContentType = d.ContentType, Size = d.Size, Sha256 = d.Sha256, StoragePath = d.StoragePath, AddedAt = now,
                ValidUntil = d.ValidUntil,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Filed at the same moment by another request (the unique index kept the first): what this one wanted is there.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The documents an application may use: the organisation's when it applies for one, else the citizen's own.</summary>
    public IQueryable<WalletDocument> Usable(Guid userId, Guid? organisationId) =>
        organisationId is { } organisation
            ? db.WalletDocuments.Where(w => w.OrganisationId == organisation)
            : db.WalletDocuments.Where(w => w.OwnerId == userId && w.OrganisationId == null);

    /// <summary>Everything the account may see: its own documents and those of its organisations.</summary>
    public IQueryable<WalletDocument> Visible(Guid userId)
    {
        var organisations = citizens.OrganisationsOf(userId);
        return db.WalletDocuments.Where(w => (w.OwnerId == userId && w.OrganisationId == null) || (w.OrganisationId != null && organisations.Contains(w.OrganisationId)));
    }
}
