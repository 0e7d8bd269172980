using System.ComponentModel.DataAnnotations;

namespace MotCua.Common.Jobs;

/// <summary>The <c>Jobs</c> configuration section: the background job runner of this node (ADR-011).</summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether this node runs scheduled jobs at all. Any number of nodes may have it on; each slot still runs once.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the runner looks for due slots; a job starts at most this long after its slot begins.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the records of past runs are kept before the housekeeping job deletes them.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan KeepRunsFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>This node's name in the run records; by default the machine name and process id.</summary>
    [MaxLength(JobRun.NodeLength)]
    public string NodeName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";
}
