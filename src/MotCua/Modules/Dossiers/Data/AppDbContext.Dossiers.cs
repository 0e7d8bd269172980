using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<DossierEvent> DossierEvents => Set<DossierEvent>();

    public DbSet<DossierTask> DossierTasks => Set<DossierTask>();

    public DbSet<DossierCodeCounter> DossierCodeCounters => Set<DossierCodeCounter>();
}
