using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Files;
using MotCua.Modules.Catalog;
using MotCua.Modules.Citizens;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Dossiers;

/// <summary>One line of a citizen's list of dossiers.</summary>
internal sealed record CitizenDossierRow(Guid Id, string? Code, string ProcedureCode, string ProcedureName, DossierStatus Status, DateTime SubmittedAt, DateTime? DueAt);

/// <summary>A page of a citizen's dossiers, newest first: the page number after clamping, the total and the rows.</summary>
internal sealed record CitizenDossierPage(int PageNumber, int Total, IReadOnlyList<CitizenDossierRow> Rows);

/// <summary>A processing step as the applicant sees it.</summary>
internal sealed record CitizenDossierStep(string Name, string Holder, DateTime ReceivedAt, DateTime? CompletedAt);

/// <summary>A file of a dossier the applicant may see and download.</summary>
internal sealed record CitizenDossierFile(Guid Id, AttachmentPurpose Purpose, string FileName, long Size, DateTime At)
{
    public bool IsResult => Purpose == AttachmentPurpose.Result;
}

/// <summary>What the applicant sees of one of their dossiers.</summary>
/// <param name="AwaitsCompletion">The desk asked for completion of this online dossier before accepting it.</param>
/// <param name="SupplementRequestedAt">When a supplement was asked for during processing and not completed yet; null otherwise.</param>
internal sealed record CitizenDossierDetails(
    Guid Id, string? Code, string ProcedureCode, string ProcedureName, DossierStatus Status, string AgencyName, DateTime SubmittedAt, DateTime? ReceivedAt,
    DateTime? DueAt, DateTime? OriginalDueAt, ReturnMethod ReturnMethod, string? ReturnAddress, string? DeskNote, bool AwaitsCompletion,
    DateTime? SupplementRequestedAt, string? SupplementRequest, IReadOnlyList<CitizenDossierStep> Steps, IReadOnlyList<CitizenDossierFile> Files);

/// <summary>A file of a citizen's dossier opened for download.</summary>
internal sealed record CitizenDossierDownload(Stream Content, string ContentType, string FileName);

/// <summary>
/// A document of a citizen's dossier that belongs in their electronic data store: a component of an accepted dossier or
/// a result once issued, with the dossier it came from.
/// </summary>
/// <param name="UploadedByOwner">The component was uploaded by the account that owns the dossier (not digitised at the desk).</param>
internal sealed record CitizenDocument(
    Guid AttachmentId, Guid DossierId, string? DossierCode, Guid OwnerId, Guid? OrganisationId, string ProcedureCode, string Title, bool IsResult,
    bool UploadedByOwner, string FileName, string ContentType, long Size, string Sha256, string StoragePath, DateOnly? ValidUntil);

/// <summary>
/// The dossiers a citizen account may follow in full: those it submitted, and those of organisations it belongs to. The
/// citizen portal reads them only through here: lists, one dossier with its steps and files, a file, the documents for
/// the wallet.
/// </summary>
internal sealed class CitizenDossiers(AppDbContext db, CitizenDirectory citizens, PublishedProcedures procedures, [FromKeyedServices(AttachmentOptions.StoreKey)] IFileStore store)
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

    public Task<bool> FollowsAsync(Guid userId, Guid dossierId, CancellationToken cancellationToken) =>
        Of(userId).AnyAsync(d => d.Id == dossierId, cancellationToken);

    /// <summary>One page of the account's dossiers, newest first; a page number out of range shows the nearest page.</summary>
    public async Task<CitizenDossierPage> PageAsync(Guid userId, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        var mine = Of(userId);
        var total = await mine.CountAsync(cancellationToken);
        pageNumber = Math.Clamp(pageNumber, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var rows = await mine.AsNoTracking().OrderByDescending(d => d.SubmittedAt)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(d => new CitizenDossierRow(d.Id, d.Code, d.ProcedureCode, d.ProcedureName, d.Status, d.SubmittedAt, d.DueAt))
            .ToListAsync(cancellationToken);
        return new CitizenDossierPage(pageNumber, total, rows);
    }

    /// <summary>One of the account's dossiers with its steps and the files the applicant sees; null for anyone else's.</summary>
    public async Task<CitizenDossierDetails?> DetailsAsync(Guid userId, Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await Of(userId).AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        var agencyName = await OrganizationDirectory.Of(db).Agencies.Where(a => a.Id == dossier.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        var steps = await db.DossierTasks.AsNoTracking()
            .Where(t => t.DossierId == dossierId && t.Kind == DossierTaskKind.Step).OrderBy(t => t.Sequence)
            .Select(t => new CitizenDossierStep(t.Name, t.HolderName, t.ReceivedAt, t.CompletedAt)).ToListAsync(cancellationToken);
        var files = await db.DossierAttachments.AsNoTracking()
            .Where(a => a.DossierId == dossierId)
            .OrderBy(a => a.UploadedAt)
            .Select(a => new CitizenDossierFile(a.Id, a.Purpose, a.FileName, a.Size, a.UploadedAt)).ToListAsync(cancellationToken);
        var supplement = dossier.PendingSupplement;
        return new CitizenDossierDetails(
            dossier.Id, dossier.Code, dossier.ProcedureCode, dossier.ProcedureName, dossier.Status, agencyName, dossier.SubmittedAt, dossier.ReceivedAt,
            dossier.DueAt, dossier.OriginalDueAt, dossier.ReturnMethod, dossier.ReturnAddress, dossier.DeskNote,
            AwaitsCompletion: dossier.Status == DossierStatus.SupplementRequested && dossier.Code is null && dossier.Channel == SubmissionChannel.Online,
            supplement?.RequestedAt, supplement?.Request, steps, [.. files.Where(f => ApplicantSees(dossier.Status, f.Purpose))]);
    }

    /// <summary>A file of one of the account's dossiers that the applicant sees; null for another account's dossier or file, or a result not yet issued.</summary>
    public async Task<CitizenDossierDownload?> OpenFileAsync(Guid userId, Guid dossierId, Guid fileId, CancellationToken cancellationToken)
    {
        var dossier = await Of(userId).AsNoTracking().Where(d => d.Id == dossierId).Select(d => new { d.Status }).SingleOrDefaultAsync(cancellationToken);
        var file = await db.DossierAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == fileId && a.DossierId == dossierId, cancellationToken);
        return dossier is null || file is null || !ApplicantSees(dossier.Status, file.Purpose)
            ? null
            : new CitizenDossierDownload(store.OpenRead(file.StoragePath), file.ContentType, file.FileName);
    }

    /// <summary>
    /// The documents of the account's accepted dossiers that belong in its wallet — every component given for a dossier
    /// with a code, and every result once issued — except the attachments in <paramref name="filed"/>.
    /// </summary>
    public async Task<IReadOnlyList<CitizenDocument>> DocumentsAsync(Guid userId, IQueryable<Guid> filed, CancellationToken cancellationToken)
    {
        var candidates = await Of(userId).Where(d => d.Code != null && d.OwnerId != null)
            .Join(db.DossierAttachments, d => d.Id, a => a.DossierId, (d, a) => new { Dossier = d, Attachment = a })
            .Where(x => !filed.Contains(x.Attachment.Id)
                && ((x.Attachment.Purpose == AttachmentPurpose.Component && x.Attachment.ComponentPosition != null)
                    || (x.Attachment.Purpose == AttachmentPurpose.Result && ResultIssued.Contains(x.Dossier.Status))))
            .Select(x => new
            {
                x.Dossier.Id, x.Dossier.Code, x.Dossier.OwnerId, x.Dossier.OrganisationId, x.Dossier.ProcedureCode, x.Dossier.ProcedureVersionId, x.Dossier.Components,
                Attachment = x.Attachment,
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var documents = new List<CitizenDocument>(candidates.Count);
        foreach (var c in candidates)
        {
            var a = c.Attachment;
            var isResult = a.Purpose == AttachmentPurpose.Result;
            var title = isResult
                ? (await procedures.GetVersionAsync(c.ProcedureVersionId, cancellationToken))?.Result ?? a.FileName
                : c.Components.FirstOrDefault(p => p.Position == a.ComponentPosition)?.Name ?? a.FileName;
            documents.Add(new CitizenDocument(
                a.Id, c.Id, c.Code, c.OwnerId!.Value, c.OrganisationId, c.ProcedureCode, title, isResult, a.UploadedById == c.OwnerId,
                a.FileName, a.ContentType, a.Size, a.Sha256, a.StoragePath, a.ValidUntil));
        }

        return documents;
    }
}
