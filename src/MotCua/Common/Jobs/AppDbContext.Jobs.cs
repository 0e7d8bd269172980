using Microsoft.EntityFrameworkCore;
using MotCua.Common.Jobs;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<JobRun> JobRuns => Set<JobRun>();
}
