using Microsoft.Extensions.Options;
using MotCua.Common.Jobs;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>
/// Runs <see cref="MetricsRebuild"/> once per <see cref="MetricsOptions.FactsRebuildInterval"/> on one node (ADR-011): at
/// the first start after the module is deployed its slot is free, so the dossiers received before it get their rows then.
/// </summary>
internal sealed partial class MetricsRebuildJob(IOptions<MetricsOptions> options, ILogger<MetricsRebuildJob> logger) : IScheduledJob
{
    public string Name => "metrics-facts-rebuild";

    public TimeSpan Interval => options.Value.FactsRebuildInterval;

    public async Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var written = await scoped.GetRequiredService<MetricsRebuild>().RunAsync(cancellationToken);
        if (written > 0)
        {
            LogWritten(logger, written);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dossier facts rebuilt for {Count} dossiers")]
    private static partial void LogWritten(ILogger logger, int count);
}
