using System.Globalization;
using System.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Files;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Lifecycle;

namespace MotCua.Modules.Dossiers.Attachments;

/// <summary>Why a file was not attached; each has a message in <c>AttachmentsText</c> (<c>Refusal_*</c>).</summary>
internal enum AttachmentRefusal
{
    NoFile,
    Empty,
    NotAcceptedType,
    TooLarge,
    UnknownPurpose,
    UnknownComponent,
    DossierChangedMeanwhile,
    ValidUntilInvalid,
}

/// <summary>
/// Attaches one file to a dossier: checks it by content, stores it, and saves the attachment row, the digitised flag and
/// the history event together. All or nothing: when the database refuses the save, the stored file is removed again.
/// </summary>
internal sealed class AttachmentUpload(AppDbContext db, DossierLifecycle lifecycle, [FromKeyedServices(AttachmentOptions.StoreKey)] IFileStore store, IOptions<AttachmentOptions> options, TimeProvider clock)
{
    // History entries are written in the installation's language (the neutral resources), whatever the officer's UI language.
    private static readonly ResourceManager Texts = new(typeof(AttachmentsText));

    /// <param name="dossier">Tracked; its agency already checked against the caller's scope.</param>
    /// <param name="content">Seekable (uploads are buffered by the form reader), positioned at the start.</param>
    /// <returns>Null when attached.</returns>
    public async Task<AttachmentRefusal?> AttachAsync(
        Dossier dossier, Stream content, string? fileName, AttachmentPurpose purpose, int? componentPosition, Actor actor, CancellationToken cancellationToken,
        DateOnly? validUntil = null)
    {
        var position = purpose == AttachmentPurpose.Component ? componentPosition : null;
        if (position is { } p && !dossier.Components.Any(c => c.Position == p && p >= 1))
        {
            return AttachmentRefusal.UnknownComponent;
        }

        if (content.Length - content.Position == 0)
        {
            return AttachmentRefusal.Empty;
        }

        var type = await AcceptedFileType.DetectAsync(content, cancellationToken);
        if (type is null)
        {
            return AttachmentRefusal.NotAcceptedType;
        }

        var stored = await store.SaveAsync(content, options.Value.MaxBytes, cancellationToken);
        if (stored is null)
        {
            return AttachmentRefusal.TooLarge;
        }

        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var attachment = DossierAttachment.Create(dossier.Id, purpose, position, UploadFileName.Sanitise(fileName, type), type, stored, now, actor, validUntil);
            if (position is { } digitised)
            {
                dossier.MarkDigitised(digitised);
            }

            dossier.RecordAttachment(attachment.FileName, Describe(purpose, position), now, actor);
            db.DossierAttachments.Add(attachment);
            lifecycle.Stage(dossier);
            // Once the file is stored, the rows are saved or the file is removed: a cancelled request must not split them.
            await db.SaveChangesAsync(CancellationToken.None);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            store.Delete(stored.Key);
            return AttachmentRefusal.DossierChangedMeanwhile;
        }
        catch
        {
            store.Delete(stored.Key);
            throw;
        }
    }

    private static string Describe(AttachmentPurpose purpose, int? position) =>
        position is { } p
            ? string.Format(CultureInfo.InvariantCulture, Texts.GetString("Purpose_ComponentNo", CultureInfo.InvariantCulture)!, p)
            : Texts.GetString("Purpose_" + purpose, CultureInfo.InvariantCulture)!;
}
