using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Portal.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<OnlineApplication> OnlineApplications => Set<OnlineApplication>();

    public DbSet<OnlineApplicationFile> OnlineApplicationFiles => Set<OnlineApplicationFile>();

    public DbSet<WalletDocument> WalletDocuments => Set<WalletDocument>();

    public DbSet<CitizenNotification> CitizenNotifications => Set<CitizenNotification>();

    public DbSet<DossierRating> DossierRatings => Set<DossierRating>();
}
