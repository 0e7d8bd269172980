using Microsoft.Extensions.Options;
using MotCua.Common.Jobs;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>Runs <see cref="MetricsJudge"/> once per <see cref="MetricsOptions.JudgeInterval"/> on one node (ADR-011, ADR-049).</summary>
internal sealed partial class MetricsJudgeJob(IOptions<MetricsOptions> options, ILogger<MetricsJudgeJob> logger) : IScheduledJob
{
    public string Name => "metrics.judge";

    public TimeSpan Interval => options.Value.JudgeInterval;

    public async Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var written = await scoped.GetRequiredService<MetricsJudge>().RunAsync(cancellationToken);
        if (written > 0)
        {
            LogJudged(logger, written);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dossier facts judged for {Count} dossiers")]
    private static partial void LogJudged(ILogger logger, int count);
}
