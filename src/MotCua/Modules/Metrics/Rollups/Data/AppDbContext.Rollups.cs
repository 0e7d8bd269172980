using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Metrics.Rollups.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<MetricDossierRollup> MetricDossierRollups => Set<MetricDossierRollup>();

    public DbSet<MetricProcedureRollup> MetricProcedureRollups => Set<MetricProcedureRollup>();

    public DbSet<MetricStatisticsRollup> MetricStatisticsRollups => Set<MetricStatisticsRollup>();
}
