using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Dossiers.Data;

/// <summary>
/// Fills <see cref="Dossier.SearchText"/> for rows written before it existed (M0017): the folding is done in .NET, so a
/// migration cannot. Runs once at start-up in batches; several nodes running it at once only repeat a few updates.
/// </summary>
internal sealed partial class DossierSearchBackfill(IServiceScopeFactory scopes, ILogger<DossierSearchBackfill> logger) : BackgroundService
{
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var filled = 0;
            while (await FillBatchAsync(stoppingToken) is var count and > 0)
            {
                filled += count;
            }

            if (filled > 0)
            {
                LogFilled(logger, filled);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Searching misses the rows left; the next start tries again. The node itself must keep serving.
            LogFailed(logger, exception);
        }
    }

    /// <summary>Loads a batch of rows without search text and saves them (reading computes the text); 0 when none is left.</summary>
    internal async Task<int> FillBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var batch = await Unfilled(db.Dossiers).ToListAsync(cancellationToken);
        db.ChangeTracker.DetectChanges();
        if (batch.Count == 0 || !db.ChangeTracker.HasChanges())
        {
            return 0;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // An officer changed one of them meanwhile, and that save wrote its text: the next batch reads the rest again.
        }

        return batch.Count;
    }

    /// <summary>
    /// The next batch of dossiers without search text, by id: read through the partial index of those rows alone
    /// (<see cref="DossierConfiguration.UnsearchableIndex"/>, M0059), so it costs nothing once every row is filled.
    /// </summary>
    internal static IQueryable<Dossier> Unfilled(IQueryable<Dossier> dossiers) =>
        dossiers.Where(d => d.SearchText == "").OrderBy(d => d.Id).Take(BatchSize);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search text filled for {Count} dossiers")]
    private static partial void LogFilled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Filling the dossiers' search text failed; it is tried again at the next start")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
