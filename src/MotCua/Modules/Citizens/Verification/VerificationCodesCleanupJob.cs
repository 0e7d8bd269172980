using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Jobs;

namespace MotCua.Modules.Citizens.Verification;

/// <summary>Deletes verification codes a day after they expired; they are only needed while they can be entered and for the hourly sending limit.</summary>
internal sealed class VerificationCodesCleanupJob : IScheduledJob
{
    public string Name => "citizens.codes-cleanup";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var clock = scoped.GetRequiredService<TimeProvider>();
        var db = scoped.GetRequiredService<AppDbContext>();
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        await db.VerificationCodes.Where(c => c.ExpiresAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}
