using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Catalog;
using MotCua.Modules.Citizens;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Dossiers.Online.Data;
using MotCua.Modules.Dossiers.Online.MyDossiers;

namespace MotCua.Modules.Dossiers.Online.Wallet;

/// <summary>
/// Keeps a citizen's wallet in step with their dossiers: every component of an accepted dossier and every result once
/// issued is filed once (one document per dossier file, by a unique index). Run when the wallet or an application is
/// opened, so it is derived from the dossiers' state and never misses one.
/// </summary>
internal sealed class WalletFiling(AppDbContext db, CitizenDossiers dossiers, CitizenDirectory citizens, PublishedProcedures procedures, TimeProvider clock)
{
    public async Task FileAsync(Guid userId, CancellationToken cancellationToken)
    {
        var filed = db.WalletDocuments.Select(w => w.SourceAttachmentId);
        var candidates = await dossiers.Of(userId).Where(d => d.Code != null && d.OwnerId != null)
            .Join(db.DossierAttachments, d => d.Id, a => a.DossierId, (d, a) => new { Dossier = d, Attachment = a })
            .Where(x => !filed.Contains(x.Attachment.Id)
                && ((x.Attachment.Purpose == AttachmentPurpose.Component && x.Attachment.ComponentPosition != null)
                    || (x.Attachment.Purpose == AttachmentPurpose.Result && CitizenDossiers.ResultIssued.Contains(x.Dossier.Status))))
            .Select(x => new
            {
                x.Dossier.Id, x.Dossier.Code, x.Dossier.OwnerId, x.Dossier.OrganisationId, x.Dossier.ProcedureCode, x.Dossier.ProcedureVersionId, x.Dossier.Components,
                Attachment = x.Attachment,
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var c in candidates)
        {
            var a = c.Attachment;
            var isResult = a.Purpose == AttachmentPurpose.Result;
            var title = isResult
                ? (await procedures.GetVersionAsync(c.ProcedureVersionId, cancellationToken))?.Result ?? a.FileName
                : c.Components.FirstOrDefault(p => p.Position == a.ComponentPosition)?.Name ?? a.FileName;
            db.WalletDocuments.Add(new WalletDocument
            {
                Id = Guid.CreateVersion7(), OwnerId = c.OwnerId!.Value, OrganisationId = c.OrganisationId, Title = title,
                Origin = isResult ? WalletOrigin.IssuedResult : a.UploadedById == c.OwnerId ? WalletOrigin.UploadedByCitizen : WalletOrigin.DigitisedByOfficer,
                SourceDossierId = c.Id, SourceDossierCode = c.Code, ProcedureCode = c.ProcedureCode, SourceAttachmentId = a.Id,
                FileName = a.FileName, ContentType = a.ContentType, Size = a.Size, Sha256 = a.Sha256, StoragePath = a.StoragePath, AddedAt = now,
                ValidUntil = a.ValidUntil,
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
