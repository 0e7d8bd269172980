namespace MotCua.Common.Jobs;

/// <summary>
/// Background work that runs at most once per schedule slot across every app node sharing the database (ADR-011).
/// Register with <see cref="JobsServiceCollectionExtensions.AddScheduledJob{TJob}"/>.
/// </summary>
internal interface IScheduledJob
{
    /// <summary>A stable name, unique among jobs; it is the claim key in the <c>JobRuns</c> table (at most 100 characters).</summary>
    string Name { get; }

    /// <summary>The slot length: the job runs once in each slot <c>[k × Interval, (k+1) × Interval)</c> counted from the Unix epoch in UTC.</summary>
    TimeSpan Interval { get; }

    /// <summary>
    /// Does the work of one slot. A slot missed while every node was down is not made up later, so the work should be
    /// derived from state ("what is due now and not yet done"), not from the slot alone.
    /// </summary>
    /// <param name="scoped">A service provider of a scope created for this run.</param>
    Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken);
}
