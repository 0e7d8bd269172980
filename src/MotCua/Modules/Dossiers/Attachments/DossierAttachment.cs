using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Common.Files;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers.Attachments;

/// <summary>What an attached file is for; component and result files are what digitisation (số hóa) counts.</summary>
internal enum AttachmentPurpose
{
    /// <summary>A scanned or electronic copy of one of the dossier's components (thành phần hồ sơ).</summary>
    Component,

    /// <summary>The electronic result (kết quả giải quyết TTHC).</summary>
    Result,

    /// <summary>A paper handed in to complete the dossier (hồ sơ bổ sung).</summary>
    Supplement,

    Other,
}

/// <summary>
/// Tệp đính kèm: one file attached to a dossier. The bytes live in the dossiers' <see cref="IFileStore"/> under
/// <see cref="StoragePath"/>; this row keeps what was checked when it arrived (type by content, size, SHA-256) and who
/// attached it. Rows are never changed.
/// </summary>
internal sealed class DossierAttachment : IDossierFactsSource
{
    public const int MaxFileNameLength = UploadFileName.MaxLength;

    private DossierAttachment()
    {
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public AttachmentPurpose Purpose { get; private set; }

    /// <summary>The component's position in the dossier's checklist, for <see cref="AttachmentPurpose.Component"/> files.</summary>
    public int? ComponentPosition { get; private set; }

    /// <summary>The uploader's file name, sanitised (<see cref="UploadFileName"/>); shown and offered on download only.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>The type read from the file's first bytes (<see cref="AcceptedFileType"/>), never the one the browser sent.</summary>
    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>The store's key of the file (relative, e.g. <c>2026/11/3f2a…</c>).</summary>
    public string StoragePath { get; private set; } = "";

    public DateTime UploadedAt { get; private set; }

    public Guid? UploadedById { get; private set; }

    public string UploadedByName { get; private set; } = "";

    /// <summary>For a result with a term (giấy phép có thời hạn): its last valid day; it goes with the result into the wallet.</summary>
    public DateOnly? ValidUntil { get; private set; }

    public static DossierAttachment Create(
        Guid dossierId, AttachmentPurpose purpose, int? componentPosition, string fileName, AcceptedFileType type, StoredFile file, DateTime at, Actor actor,
        DateOnly? validUntil = null) => new()
    {
        ValidUntil = purpose == AttachmentPurpose.Result ? validUntil : null,
        Id = Guid.CreateVersion7(),
        DossierId = dossierId,
        Purpose = purpose,
        ComponentPosition = componentPosition,
        FileName = fileName,
        ContentType = type.ContentType,
        Size = file.Size,
        Sha256 = file.Sha256,
        StoragePath = file.Key,
        UploadedAt = at,
        UploadedById = actor.UserId,
        UploadedByName = actor.Name,
    };
}

internal sealed class DossierAttachmentConfiguration : IEntityTypeConfiguration<DossierAttachment>
{
    public void Configure(EntityTypeBuilder<DossierAttachment> builder)
    {
        builder.ToTable("DossierAttachments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.FileName).HasMaxLength(DossierAttachment.MaxFileNameLength);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.StoragePath).HasMaxLength(200);
        builder.Property(a => a.UploadedByName).HasMaxLength(256);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(a => a.DossierId).OnDelete(DeleteBehavior.Restrict);
    }
}
