using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<DossierEvent> DossierEvents => Set<DossierEvent>();

    public DbSet<DossierTask> DossierTasks => Set<DossierTask>();

    public DbSet<DossierCodeCounter> DossierCodeCounters => Set<DossierCodeCounter>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<DossierRating> DossierRatings => Set<DossierRating>();

    public DbSet<CitizenNotification> CitizenNotifications => Set<CitizenNotification>();

    /// <summary>
    /// On PostgreSQL the dossiers' <see cref="Dossier.SearchText"/> is searched through a trigram index (M0017, ADR-019);
    /// SQLite, for small installations, reads the agency's rows.
    /// </summary>
    private void ConfigureDossierSearch(ModelBuilder builder)
    {
        if (Database.IsNpgsql())
        {
            builder.HasPostgresExtension("pg_trgm");
            builder.Entity<Dossier>().HasIndex(d => d.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        }
    }
}
