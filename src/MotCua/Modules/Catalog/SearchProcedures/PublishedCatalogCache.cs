using System.Data;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog.SearchProcedures;

/// <summary>
/// Keeps this node's <see cref="PublishedCatalog"/> in step with the database (ADR-008): each call reads the catalogue
/// stamp (one row) and rebuilds the catalogue only when the stamp has moved, one rebuild at a time, or when the local
/// date has changed: an upcoming version takes effect at midnight without any save (ADR-031).
/// </summary>
internal sealed class PublishedCatalogCache(TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile Entry? _current;

    public async Task<PublishedCatalog> GetAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var stamp = await CatalogStamp.ReadAsync(db, cancellationToken);
        var today = VietnamTime.Today(clock);
        if (_current is { } current && current.Catalog.Stamp == stamp && current.Date == today)
        {
            return current.Catalog;
        }

        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } rebuilt && rebuilt.Catalog.Stamp == stamp && rebuilt.Date == today)
            {
                return rebuilt.Catalog;
            }

            var loaded = await LoadAsync(db, today, cancellationToken);
            _current = new Entry(loaded, today);
            return loaded;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    public void Dispose() => _rebuild.Dispose();

    /// <summary>Reads the stamp and every version in force on <paramref name="today"/> in one transaction, so the data is at least as new as the stamp.</summary>
    private static async Task<PublishedCatalog> LoadAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var stamp = await CatalogStamp.ReadAsync(db, cancellationToken);
        var published = db.ProcedureVersions.Where(VersionInForce.On(today));
        var versions = await published.AsNoTracking()
            .Select(v => new
            {
                v.Id,
                Code = v.Procedure!.Code,
                v.Name,
                FieldCode = v.Field!.Code,
                FieldName = v.Field.Name,
                FieldOrder = v.Field.SortOrder,
                v.OnlineLevel,
                v.ProcessingTimeAmount,
                v.ProcessingTimeUnit,
                v.SearchName,
                v.SearchText,
            })
            .ToListAsync(cancellationToken);
        var agencies = (await db.ProcedureVersionAgencies.AsNoTracking()
                .Where(a => published.Any(v => v.Id == a.VersionId))
                .Select(a => new { a.VersionId, a.Agency!.Code, Name = a.Agency.ShortName ?? a.Agency.Name })
                .ToListAsync(cancellationToken))
            .OrderBy(a => a.Code, StringComparer.Ordinal)
            .ToList();
        var levels = (await db.ProcedureVersionLevels.AsNoTracking()
                .Where(l => published.Any(v => v.Id == l.VersionId))
                .Select(l => new { l.VersionId, l.Level!.Code, l.Level.Name, l.Level.SortOrder })
                .ToListAsync(cancellationToken))
            .OrderBy(l => l.SortOrder)
            .ToList();
        await transaction.CommitAsync(cancellationToken);

        var agenciesByVersion = agencies.ToLookup(a => a.VersionId);
        var levelsByVersion = levels.ToLookup(l => l.VersionId, l => l.Code);
        var procedures = versions.Select(v => new IndexedProcedure(
            new ProcedureSummary(
                v.Code, v.Name, v.FieldCode, v.FieldName, v.OnlineLevel, v.ProcessingTimeAmount, v.ProcessingTimeUnit,
                agenciesByVersion[v.Id].Select(a => a.Name).ToList()),
            v.SearchName,
            v.SearchText,
            agenciesByVersion[v.Id].Select(a => a.Code).ToList(),
            levelsByVersion[v.Id].ToList()));
        var fields = versions
            .DistinctBy(v => v.FieldCode)
            .OrderBy(v => v.FieldOrder).ThenBy(v => v.FieldName, StringComparer.Ordinal)
            .Select(v => new FilterOption(v.FieldCode, v.FieldName))
            .ToList();
        var agencyOptions = agencies.DistinctBy(a => a.Code).Select(a => new FilterOption(a.Code, a.Name)).ToList();
        var levelOptions = levels.DistinctBy(l => l.Code).Select(l => new FilterOption(l.Code, l.Name)).ToList();
        return new PublishedCatalog(stamp, procedures, fields, agencyOptions, levelOptions);
    }

    private sealed record Entry(PublishedCatalog Catalog, DateOnly Date);
}
