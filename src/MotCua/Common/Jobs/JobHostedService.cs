using Microsoft.Extensions.Options;

namespace MotCua.Common.Jobs;

/// <summary>Ticks the <see cref="JobRunner"/> on this node while the application runs, unless <c>Jobs:Enabled</c> is false.</summary>
internal sealed partial class JobHostedService(JobRunner runner, TimeProvider clock, IOptions<JobsOptions> options, ILogger<JobHostedService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled();
            return;
        }

        LogStarted(options.Value.NodeName, runner.Jobs.Count);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // A database outage must not end the runner: the next tick tries again.
                LogTickFailed(ex);
            }

            try
            {
                await Task.Delay(options.Value.TickInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled jobs are disabled on this node (Jobs:Enabled = false)")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job runner started on node {Node} with {Count} jobs")]
    private partial void LogStarted(string node, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled job tick failed; retrying at the next tick")]
    private partial void LogTickFailed(Exception exception);
}
