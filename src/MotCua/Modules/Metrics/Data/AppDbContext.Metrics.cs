using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<MetricDossier> MetricDossiers => Set<MetricDossier>();

    public DbSet<MetricProcedureVersion> MetricProcedureVersions => Set<MetricProcedureVersion>();

    public DbSet<MetricProcedureAgency> MetricProcedureAgencies => Set<MetricProcedureAgency>();

    public DbSet<MetricCalendarStamp> MetricCalendarStamps => Set<MetricCalendarStamp>();
}
