using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Feedback.Data;

/// <summary>A file the sender gave with a PAKN, checked by content when stored; never published.</summary>
internal sealed class PetitionAttachment
{
    public Guid Id { get; set; }

    public Guid PetitionId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    /// <summary>The file store's key (Feedback:Attachments:Path).</summary>
    public string StoragePath { get; set; } = "";

    public DateTime AddedAt { get; set; }
}

internal sealed class PetitionAttachmentConfiguration : IEntityTypeConfiguration<PetitionAttachment>
{
    public void Configure(EntityTypeBuilder<PetitionAttachment> builder)
    {
        builder.ToTable("PetitionAttachments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.StoragePath).HasMaxLength(100);
        builder.HasIndex(a => a.PetitionId);
    }
}
