using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Metrics.Evaluation.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<MetricDossierStep> MetricDossierSteps => Set<MetricDossierStep>();
}
