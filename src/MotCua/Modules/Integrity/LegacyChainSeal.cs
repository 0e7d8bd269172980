using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Integrity;

/// <summary>
/// The one-time upgrade to the keyed chain (ADR-027). Before the node serves, it starts the admin audit chain's head,
/// sealing the entries written before in time order. Then, in the background and in batches, every dossier whose history
/// still ends in an unkeyed event and verifies by the old rule gets a keyed "Reseal" event; a history that does not verify
/// is left for the verification to report. The head's sealed flag ends it for good, so rows rewritten later without the
/// key are never sealed.
/// </summary>
internal sealed partial class LegacyChainSeal(IServiceScopeFactory scopes, AuditKeyRing keys, ILogger<LegacyChainSeal> logger)
    : BackgroundService
{
    private const int BatchSize = 200;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        bool anyToSeal;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await AuditLogChain.StartAsync(db, keys, cancellationToken);
            anyToSeal = await scope.ServiceProvider.GetRequiredService<DossierHistories>().AnyUnsealedAsync(cancellationToken);
        }

        // With nothing to seal (a new installation), the flag is set before the node serves, so no admin change races it.
        if (!anyToSeal)
        {
            await SealHistoriesAsync(cancellationToken);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SealHistoriesAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The histories left are sealed at the next start; the node itself must keep serving.
            LogFailed(logger, exception);
        }
    }

    /// <summary>Seals the unkeyed dossier histories unless that was done already; returns how many were sealed.</summary>
    internal async Task<int> SealHistoriesAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (!await AuditLogChain.HistoriesAwaitSealAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), keys, cancellationToken))
            {
                return 0;
            }
        }

        var sealedCount = 0;
        var skipped = 0;
        while (await SealBatchAsync(skipped, cancellationToken) is var (resealed, broken) && resealed + broken > 0)
        {
            sealedCount += resealed;
            skipped += broken;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            await AuditLogChain.MarkHistoriesSealedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), keys, cancellationToken);
        }

        if (sealedCount + skipped > 0)
        {
            LogSealed(logger, sealedCount, skipped);
        }

        return sealedCount;
    }

    private async Task<(int Resealed, int Broken)> SealBatchAsync(int skip, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DossierHistories>().SealLegacyBatchAsync(skip, BatchSize, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sealed {Count} dossier histories written before the keyed chain; {Broken} did not verify and were left unsealed")]
    private static partial void LogSealed(ILogger logger, int count, int broken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sealing the dossier histories written before the keyed chain failed; it is tried again at the next start")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
