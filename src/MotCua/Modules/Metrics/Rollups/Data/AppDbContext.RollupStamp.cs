using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Metrics.Rollups.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<MetricRollupStamp> MetricRollupStamps => Set<MetricRollupStamp>();
}
