using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Files;
using MotCua.Common.Localization;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Processing;

namespace MotCua.Modules.Dossiers;

/// <summary>
/// The citizen portal's answer to a supplement requested during processing (NĐ 61/2018 Điều 19 khoản 4): the files and a
/// note are attached to the dossier and processing resumes under the time policy, in one save.
/// </summary>
internal sealed class SupplementOnline(AppDbContext db, DossierProcessing processing, TimeProvider clock)
{
    /// <summary>Answers the pending supplement of <paramref name="dossierId"/>; the caller has checked the dossier is the account's.</summary>
    /// <exception cref="BusinessRuleException">Nothing is pending, or another change came first.</exception>
    public async Task AnswerAsync(Guid dossierId, string? note, IReadOnlyList<OnlineComponentFile> files, Actor actor, CancellationToken cancellationToken)
    {
        var work = await processing.LoadAsync(dossierId, cancellationToken) ?? throw BusinessRuleException.Of<ProcessingText>("DossierNotFound");
        if (work.Dossier.PendingSupplement is null || work.Dossier.Status != DossierStatus.SupplementRequested)
        {
            throw BusinessRuleException.Of<ProcessingText>("NoSupplementPending");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var file in files)
        {
            var type = AcceptedFileType.All.Single(t => t.ContentType == file.ContentType);
            db.DossierAttachments.Add(DossierAttachment.Create(
                dossierId, AttachmentPurpose.Supplement, null, file.FileName, type, new StoredFile(file.StoragePath, file.Size, file.Sha256), now, actor));
        }

        ProcessEngine.CompleteSupplementOnline(work, actor, string.IsNullOrWhiteSpace(note) ? ResourceText.ForRecord<ProcessingText>("History_SupplementOnline") : note.Trim(), now);
        await processing.SaveAsync(work, cancellationToken);
    }
}
