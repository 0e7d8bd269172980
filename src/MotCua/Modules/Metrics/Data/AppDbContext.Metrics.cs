using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<MetricDossier> MetricDossiers => Set<MetricDossier>();
}
