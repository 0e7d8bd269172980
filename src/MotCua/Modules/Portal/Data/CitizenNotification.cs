using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Portal.Data;

/// <summary>
/// A notice in the citizen's in-app list (thông báo), kept until read and after: the same events as the e-mail and SMS
/// notices for dossiers the account submitted online, and notices of other modules (<see cref="CitizenNotices"/>) that
/// link to a page of their own.
/// </summary>
internal sealed class CitizenNotification
{
    public const int KindMaxLength = 50;

    public const int TextMaxLength = 500;

    public const int LinkMaxLength = 200;

    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The dossier the notice is about; null for a notice that is not about a dossier.</summary>
    public Guid? DossierId { get; set; }

    /// <summary>The page the notice opens (a relative URL); null to open the dossier's page.</summary>
    public string? Link { get; set; }

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
        builder.Property(n => n.Kind).HasMaxLength(CitizenNotification.KindMaxLength);
        builder.Property(n => n.Text).HasMaxLength(CitizenNotification.TextMaxLength);
        builder.Property(n => n.Link).HasMaxLength(CitizenNotification.LinkMaxLength);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.ReferencesDossier(n => n.DossierId, DeleteBehavior.Cascade);
    }
}
