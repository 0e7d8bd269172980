using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;

namespace MotCua.Common.Jobs;

/// <summary>Deletes run records older than <see cref="JobsOptions.KeepRunsFor"/>; a short-interval job adds thousands a day.</summary>
internal sealed class JobRunsCleanupJob(IOptions<JobsOptions> options) : IScheduledJob
{
    public string Name => "jobs.cleanup";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var clock = scoped.GetRequiredService<TimeProvider>();
        var db = scoped.GetRequiredService<AppDbContext>();
        var before = clock.GetUtcNow().UtcDateTime - options.Value.KeepRunsFor;
        await db.JobRuns.Where(r => r.StartedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}
