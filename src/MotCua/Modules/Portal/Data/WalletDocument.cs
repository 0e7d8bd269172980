using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Portal.Data;

/// <summary>How a wallet document came to be: the 766 digitisation indicators tell these apart.</summary>
internal enum WalletOrigin
{
    /// <summary>Uploaded by the citizen with an online dossier the desk accepted.</summary>
    UploadedByCitizen = 1,

    /// <summary>Digitised (scanned) by an officer at the desk.</summary>
    DigitisedByOfficer = 2,

    /// <summary>An electronic result issued to the citizen.</summary>
    IssuedResult = 3,
}

/// <summary>
/// A document in a citizen's electronic data store (kho quản lý dữ liệu điện tử, NĐ 45/2020/NĐ-CP Điều 16): an accepted
/// component or an issued result, with its source dossier. Later applications may use it instead of an upload
/// (NĐ 224/2026/NĐ-CP Điều 18 khoản 4). The file is the dossier's own stored file, never a copy.
/// </summary>
internal sealed class WalletDocument
{
    public Guid Id { get; set; }

    public Guid OwnerId { get; set; }

    /// <summary>Set when the source dossier was filed for an organisation: its members share the document.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The component's or the result's name, e.g. "Trích lục khai tử".</summary>
    public string Title { get; set; } = "";

    public WalletOrigin Origin { get; set; }

    public Guid SourceDossierId { get; set; }

    public string? SourceDossierCode { get; set; }

    public string ProcedureCode { get; set; } = "";

    /// <summary>The dossier attachment filed: one document per attachment.</summary>
    public Guid SourceAttachmentId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public string StoragePath { get; set; } = "";

    /// <summary>Hiệu lực: the last day it can be used, when it has one; null when none is recorded.</summary>
    public DateOnly? ValidUntil { get; set; }

    public DateTime AddedAt { get; set; }
}

internal sealed class WalletDocumentConfiguration : IEntityTypeConfiguration<WalletDocument>
{
    public void Configure(EntityTypeBuilder<WalletDocument> builder)
    {
        builder.ToTable("WalletDocuments");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Property(d => d.Origin).HasConversion<int>();
        builder.Property(d => d.SourceDossierCode).HasMaxLength(50);
        builder.Property(d => d.ProcedureCode).HasMaxLength(20);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.StoragePath).HasMaxLength(200);
        builder.HasIndex(d => d.SourceAttachmentId).IsUnique();
        builder.HasIndex(d => new { d.OwnerId, d.AddedAt });
        builder.HasIndex(d => d.OrganisationId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
