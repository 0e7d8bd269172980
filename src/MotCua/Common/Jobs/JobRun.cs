using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Common.Jobs;

/// <summary>
/// The claim of one schedule slot of one job by one node, and what came of it. The key (<see cref="JobName"/>,
/// <see cref="SlotStart"/>) makes the claim exclusive: the node whose insert succeeds runs the slot (ADR-011).
/// </summary>
internal sealed class JobRun
{
    public const int NameLength = 100;
    public const int NodeLength = 100;
    public const int ErrorLength = 1000;

    private JobRun()
    {
    }

    public JobRun(string jobName, DateTime slotStart, string node, DateTime startedAt)
    {
        JobName = jobName;
        SlotStart = slotStart;
        Node = node;
        StartedAt = startedAt;
        Outcome = JobOutcome.Running;
    }

    public string JobName { get; private set; } = "";

    public DateTime SlotStart { get; private set; }

    /// <summary>The node that claimed the slot (<see cref="JobsOptions.NodeName"/>).</summary>
    public string Node { get; private set; } = "";

    public DateTime StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public JobOutcome Outcome { get; private set; }

    /// <summary>The failure's message, shortened; null when the run succeeded.</summary>
    public string? Error { get; private set; }

    public void Succeed(DateTime finishedAt)
    {
        FinishedAt = finishedAt;
        Outcome = JobOutcome.Succeeded;
    }

    public void Fail(DateTime finishedAt, string error)
    {
        FinishedAt = finishedAt;
        Outcome = JobOutcome.Failed;
        Error = error.Length > ErrorLength ? error[..ErrorLength] : error;
    }
}

/// <summary>What came of a claimed slot. A run left <see cref="Running"/> belongs to a node that stopped during it.</summary>
internal enum JobOutcome
{
    Running,
    Succeeded,
    Failed,
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.HasKey(r => new { r.JobName, r.SlotStart });
        builder.Property(r => r.JobName).HasMaxLength(JobRun.NameLength);
        builder.Property(r => r.Node).HasMaxLength(JobRun.NodeLength);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Error).HasMaxLength(JobRun.ErrorLength);
        builder.HasIndex(r => r.StartedAt);
    }
}
