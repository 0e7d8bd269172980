using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Portal.Data;

/// <summary>
/// A notice in the citizen's in-app list (thông báo): the same events as the e-mail and SMS notices, for dossiers the
/// account submitted online, kept until read and after.
/// </summary>
internal sealed class CitizenNotification
{
    public const int TextMaxLength = 500;

    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid DossierId { get; set; }

    public string Kind { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}

internal sealed class CitizenNotificationConfiguration : IEntityTypeConfiguration<CitizenNotification>
{
    public void Configure(EntityTypeBuilder<CitizenNotification> builder)
    {
        builder.ToTable("CitizenNotifications");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasMaxLength(50);
        builder.Property(n => n.Text).HasMaxLength(CitizenNotification.TextMaxLength);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.ReferencesDossier(n => n.DossierId, DeleteBehavior.Cascade);
    }
}
