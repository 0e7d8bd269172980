using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Common.Jobs;
using MotCua.IntegrationTests.Notifications;

namespace MotCua.IntegrationTests.Common.Jobs;

public sealed class JobRunnerTests
{
    [Fact]
    public async Task Two_nodes_ticking_at_once_run_a_job_exactly_once_per_slot()
    {
        await using var factory = new OutboxFactory();
        var ledger = new JobLedger();
        var first = factory.Node(services: s => Register(s, ledger, "node-1"));
        var second = factory.Node(services: s => Register(s, ledger, "node-2"));
        var runners = new[] { first, second }.Select(n => n.Services.GetRequiredService<JobRunner>()).ToArray();
        const int slots = 40;

        for (var slot = 0; slot < slots; slot++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            // Each node ticks twice per slot, both at once, as two real nodes with short tick intervals would.
            await Task.WhenAll(runners.SelectMany(r => new[] { Task.Run(() => r.RunDueAsync(CancellationToken.None)), Task.Run(() => r.RunDueAsync(CancellationToken.None)) }));
        }

        ledger.Runs.Count.ShouldBe(slots);
        ledger.Runs.GroupBy(r => r.Slot).ShouldAllBe(g => g.Count() == 1);
        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var runs = await db.JobRuns.AsNoTracking().Where(r => r.JobName == CountingJob.JobName).ToListAsync();
        runs.Count.ShouldBe(slots);
        runs.ShouldAllBe(r => r.Outcome == JobOutcome.Succeeded && r.FinishedAt != null);
        runs.Select(r => r.SlotStart).Order().ShouldBe(ledger.Runs.Select(r => r.Slot).Order());
        // The node recorded as the slot's claimant is the node that ran it.
        runs.OrderBy(r => r.SlotStart).Select(r => r.Node).ShouldBe(ledger.Runs.OrderBy(r => r.Slot).Select(r => r.Node));
    }

    [Fact]
    public async Task A_job_runs_once_in_its_slot_and_again_in_the_next()
    {
        await using var factory = new OutboxFactory();
        var ledger = new JobLedger();
        var node = factory.Node(services: s => Register(s, ledger, "node-1"));
        var runner = node.Services.GetRequiredService<JobRunner>();

        (await runner.RunDueAsync(CancellationToken.None)).ShouldContain(CountingJob.JobName);
        factory.Clock.Advance(TimeSpan.FromSeconds(59));
        (await runner.RunDueAsync(CancellationToken.None)).ShouldNotContain(CountingJob.JobName);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        (await runner.RunDueAsync(CancellationToken.None)).ShouldContain(CountingJob.JobName);

        ledger.Runs.Select(r => r.Slot).ShouldBe([OutboxFactory.Start.UtcDateTime, OutboxFactory.Start.UtcDateTime.AddMinutes(1)]);
    }

    [Fact]
    public async Task A_failing_job_is_recorded_and_does_not_stop_the_other_jobs()
    {
        await using var factory = new OutboxFactory();
        var ledger = new JobLedger();
        var node = factory.Node(services: s =>
        {
            Register(s, ledger, "node-1");
            s.AddScheduledJob<FailingJob>();
        });
        var runner = node.Services.GetRequiredService<JobRunner>();

        var ran = await runner.RunDueAsync(CancellationToken.None);

        ran.ShouldContain(FailingJob.JobName);
        ran.ShouldContain(CountingJob.JobName);
        await using var scope = node.Services.CreateAsyncScope();
        var failed = await scope.ServiceProvider.GetRequiredService<AppDbContext>().JobRuns.AsNoTracking().SingleAsync(r => r.JobName == FailingJob.JobName);
        failed.Outcome.ShouldBe(JobOutcome.Failed);
        failed.Error.ShouldBe("InvalidOperationException: Nhắc hạn thất bại");
    }

    [Fact]
    public async Task Hosted_runner_ticks_only_where_jobs_are_enabled()
    {
        await using var factory = new OutboxFactory();
        var ledger = new JobLedger();
        await using var disabled = factory.Node(
            new Dictionary<string, string?> { ["Jobs:TickInterval"] = "00:00:00.100" },
            s => Register(s, ledger, "off"));
        disabled.CreateClient().Dispose();
        await Task.Delay(TimeSpan.FromSeconds(1));
        ledger.Runs.ShouldBeEmpty();

        await using var enabled = factory.Node(
            new Dictionary<string, string?> { ["Jobs:Enabled"] = "true", ["Jobs:TickInterval"] = "00:00:00.100" },
            s => Register(s, ledger, "on"));
        enabled.CreateClient().Dispose();
        // A real-time wait for the job runner, not a date the host compares.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (ledger.Runs.IsEmpty && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
        }

        ledger.Runs.ShouldHaveSingleItem().Node.ShouldBe("on");
    }

    [Fact]
    public async Task Old_run_records_are_deleted_by_the_cleanup_job()
    {
        await using var factory = new OutboxFactory();
        var node = factory.Node(services: s => s.AddSingleton(new JobLedger()));
        var runner = node.Services.GetRequiredService<JobRunner>();
        await runner.RunDueAsync(CancellationToken.None);

        factory.Clock.Advance(TimeSpan.FromDays(8));
        await runner.RunDueAsync(CancellationToken.None);

        await using var scope = node.Services.CreateAsyncScope();
        var starts = await scope.ServiceProvider.GetRequiredService<AppDbContext>().JobRuns.AsNoTracking().Select(r => r.StartedAt).ToListAsync();
        starts.ShouldNotBeEmpty();
        starts.ShouldAllBe(s => s == factory.Clock.GetUtcNow().UtcDateTime);
    }

    private static void Register(IServiceCollection services, JobLedger ledger, string node)
    {
        services.AddSingleton(ledger);
        services.AddScheduledJob<CountingJob>();
        services.Configure<JobsOptions>(o => o.NodeName = node);
    }

    private sealed record JobRunRecord(DateTime Slot, string Node);

    private sealed class JobLedger
    {
        public ConcurrentQueue<JobRunRecord> Runs { get; } = new();
    }

    private sealed class CountingJob : IScheduledJob
    {
        public const string JobName = "test.counting";

        public string Name => JobName;

        public TimeSpan Interval => TimeSpan.FromMinutes(1);

        public async Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken)
        {
            var now = scoped.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var node = scoped.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobsOptions>>().Value.NodeName;
            // Long enough for the other node's claim to meet this one's.
            await Task.Delay(5, cancellationToken);
            scoped.GetRequiredService<JobLedger>().Runs.Enqueue(new JobRunRecord(JobSchedule.SlotStart(now, Interval), node));
        }
    }

    private sealed class FailingJob : IScheduledJob
    {
        public const string JobName = "test.failing";

        public string Name => JobName;

        public TimeSpan Interval => TimeSpan.FromMinutes(1);

        public Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Nhắc hạn thất bại");
    }
}
