using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;

namespace MotCua.Common.Jobs;

/// <summary>
/// Runs every registered <see cref="IScheduledJob"/> whose current slot this node wins. A slot is won by inserting its
/// <see cref="JobRun"/> row: the primary key admits one row per (job, slot), so of several nodes exactly one insert
/// succeeds and the others skip the slot (ADR-011).
/// </summary>
internal sealed partial class JobRunner
{
    private readonly IReadOnlyList<IScheduledJob> _jobs;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly IOptions<JobsOptions> _options;
    private readonly ILogger<JobRunner> _logger;

    // The last slot this node claimed or saw claimed, per job: spares a database round trip on every tick.
    private readonly ConcurrentDictionary<string, DateTime> _handledSlots = new(StringComparer.Ordinal);

    public JobRunner(IEnumerable<IScheduledJob> jobs, IServiceScopeFactory scopes, TimeProvider clock, IOptions<JobsOptions> options, ILogger<JobRunner> logger)
    {
        _jobs = [.. jobs];
        var duplicate = _jobs.GroupBy(j => j.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two scheduled jobs are named '{duplicate.Key}'; job names must be unique.");
        }

        var tooLong = _jobs.FirstOrDefault(j => j.Name.Length is 0 or > JobRun.NameLength);
        if (tooLong is not null)
        {
            throw new InvalidOperationException($"The scheduled job name '{tooLong.Name}' must have 1 to {JobRun.NameLength} characters.");
        }

        _scopes = scopes;
        _clock = clock;
        _options = options;
        _logger = logger;
    }

    public IReadOnlyList<IScheduledJob> Jobs => _jobs;

    /// <summary>Gives every job whose current slot is still unclaimed its chance; returns the names of the jobs this node ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken)
    {
        var ran = new List<string>();
        foreach (var job in _jobs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await TryRunAsync(job, cancellationToken))
            {
                ran.Add(job.Name);
            }
        }

        return ran;
    }

    /// <summary>Claims the job's current slot and runs it; false when the slot was already handled here or claimed by another node.</summary>
    public async Task<bool> TryRunAsync(IScheduledJob job, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var slot = JobSchedule.SlotStart(now, job.Interval);
        if (_handledSlots.TryGetValue(job.Name, out var handled) && handled >= slot)
        {
            return false;
        }

        await using var claimScope = _scopes.CreateAsyncScope();
        var db = claimScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var run = new JobRun(job.Name, slot, _options.Value.NodeName, now);
        // Reading first keeps the losing insert (and the error EF logs for it) to nodes that tick at the same moment.
        if (await IsClaimedAsync(run, cancellationToken) || !await TryClaimAsync(db, run, cancellationToken))
        {
            _handledSlots[job.Name] = slot;
            return false;
        }

        _handledSlots[job.Name] = slot;
        try
        {
            await using var jobScope = _scopes.CreateAsyncScope();
            await job.RunAsync(jobScope.ServiceProvider, cancellationToken);
            run.Succeed(_clock.GetUtcNow().UtcDateTime);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            run.Fail(_clock.GetUtcNow().UtcDateTime, "Stopped with the application.");
        }
        catch (Exception ex)
        {
            // One failing job must not stop the others or the runner; the run record and the log keep the failure.
            LogJobFailed(job.Name, slot, ex);
            run.Fail(_clock.GetUtcNow().UtcDateTime, ex.GetType().Name + ": " + ex.Message);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    private async Task<bool> TryClaimAsync(AppDbContext db, JobRun run, CancellationToken cancellationToken)
    {
        db.JobRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Provider-neutral: whatever the unique-violation error looks like, the slot's row now exists, so another node won it.
            if (await IsClaimedAsync(run, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private async Task<bool> IsClaimedAsync(JobRun run, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.JobRuns.AsNoTracking().AnyAsync(r => r.JobName == run.JobName && r.SlotStart == run.SlotStart, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed in the slot starting {Slot:o}")]
    private partial void LogJobFailed(string job, DateTime slot, Exception exception);
}
