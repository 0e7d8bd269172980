using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Dossiers.Attachments;

/// <summary>One line of a dossier's attachment list.</summary>
internal sealed record AttachmentRow(
    Guid Id, string FileName, AttachmentPurpose Purpose, int? ComponentPosition, long Size, string Sha256, DateTime UploadedAt, string UploadedByName)
{
    /// <summary>The first characters of the hash, enough to compare with a copy by eye.</summary>
    public string ShortSha256 => Sha256[..12];

    /// <summary>"640 B", "850 KB", "1,4 MB" in the current culture.</summary>
    public string SizeText => Size switch
    {
        < 1024 => $"{Size} B",
        < 1024 * 1024 => $"{Size / 1024d:0} KB",
        _ => $"{Size / (1024d * 1024):0.#} MB",
    };

    public static Task<List<AttachmentRow>> ListAsync(AppDbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        db.DossierAttachments.AsNoTracking()
            .Where(a => a.DossierId == dossierId)
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .Select(a => new AttachmentRow(a.Id, a.FileName, a.Purpose, a.ComponentPosition, a.Size, a.Sha256, a.UploadedAt, a.UploadedByName))
            .ToListAsync(cancellationToken);
}
