using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Portal.Data;

/// <summary>A file given for one component: uploaded, or taken from the citizen's document wallet.</summary>
internal sealed class OnlineApplicationFile
{
    public Guid Id { get; init; }

    public Guid ApplicationId { get; init; }

    /// <summary>The component's position in the procedure version (from 1).</summary>
    public int ComponentPosition { get; init; }

    public string FileName { get; init; } = "";

    public string ContentType { get; init; } = "";

    public long Size { get; init; }

    public string Sha256 { get; init; } = "";

    public string StoragePath { get; init; } = "";

    /// <summary>The wallet document this file was taken from (tái sử dụng), if any.</summary>
    public Guid? WalletDocumentId { get; init; }

    public DateTime AddedAt { get; init; }
}

internal sealed class OnlineApplicationFileConfiguration : IEntityTypeConfiguration<OnlineApplicationFile>
{
    public void Configure(EntityTypeBuilder<OnlineApplicationFile> builder)
    {
        builder.ToTable("OnlineApplicationFiles");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.StoragePath).HasMaxLength(200);
        builder.HasIndex(f => f.ApplicationId);
    }
}
