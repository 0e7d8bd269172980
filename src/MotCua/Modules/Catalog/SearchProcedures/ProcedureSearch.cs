using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog.SearchProcedures;

/// <summary>One published procedure in a result list.</summary>
internal sealed record ProcedureSummary(
    string Code,
    string Name,
    string FieldCode,
    string FieldName,
    OnlineServiceLevel OnlineLevel,
    int ProcessingTimeAmount,
    DeadlineUnit ProcessingTimeUnit,
    IReadOnlyList<string> Agencies);

/// <summary>One page of results and the total count of matches.</summary>
internal sealed record ProcedurePage(IReadOnlyList<ProcedureSummary> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>Searches the published versions of the catalogue (ADR-004): every word must occur, name matches rank first.</summary>
internal static class ProcedureSearch
{
    public static async Task<ProcedurePage> RunAsync(AppDbContext db, ProcedureQuery query, CancellationToken cancellationToken)
    {
        var versions = db.ProcedureVersions.AsNoTracking().Where(v => v.Status == VersionStatus.Published);
        if (query.Field is { } field)
        {
            versions = versions.Where(v => v.Field!.Code == field);
        }

        if (query.Agency is { } agency)
        {
            versions = versions.Where(v => v.Agencies.Any(a => a.Agency!.Code == agency));
        }

        if (query.Level is { } level)
        {
            versions = versions.Where(v => v.Levels.Any(l => l.Level!.Code == level));
        }

        if (query.Online is { } online)
        {
            versions = versions.Where(v => v.OnlineLevel == online);
        }

        var phrase = SearchText.Normalize(query.Text);
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            versions = versions.Where(v => v.SearchText.Contains(word));
        }

        var total = await versions.CountAsync(cancellationToken);
        IOrderedQueryable<ProcedureVersion> ordered = phrase.Length == 0
            ? versions.OrderBy(v => v.SearchName)
            : versions
                .OrderBy(v => v.SearchName.Contains(phrase) ? 0 : v.Procedure!.Code.Contains(phrase) ? 1 : 2)
                .ThenBy(v => v.SearchName.StartsWith(phrase) ? 0 : 1)
                .ThenBy(v => v.SearchName);
        // Two steps: the page's ids come from the covering search index alone; only those 20 rows are then read in full.
        var ids = await ordered
            .ThenBy(v => v.Procedure!.Code)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(v => v.Id)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return new ProcedurePage([], total, query.Page, query.PageSize);
        }

        // Agencies are read by version id on their own: as a nested collection both providers would first join every link row.
        var agencies = (await db.ProcedureVersionAgencies.AsNoTracking()
                .Where(a => ids.Contains(a.VersionId))
                .Select(a => new { a.VersionId, a.Agency!.Code, Name = a.Agency.ShortName ?? a.Agency.Name })
                .ToListAsync(cancellationToken))
            .OrderBy(a => a.Code, StringComparer.Ordinal)
            .ToLookup(a => a.VersionId, a => a.Name);
        var rows = await db.ProcedureVersions.AsNoTracking()
            .Where(v => ids.Contains(v.Id))
            .Select(v => new
            {
                v.Id,
                Code = v.Procedure!.Code,
                v.Name,
                FieldCode = v.Field!.Code,
                FieldName = v.Field.Name,
                v.OnlineLevel,
                v.ProcessingTimeAmount,
                v.ProcessingTimeUnit,
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var items = ids.Select(id => rows[id])
            .Select(r => new ProcedureSummary(
                r.Code, r.Name, r.FieldCode, r.FieldName, r.OnlineLevel, r.ProcessingTimeAmount, r.ProcessingTimeUnit, agencies[r.Id].ToList()))
            .ToList();
        return new ProcedurePage(items, total, query.Page, query.PageSize);
    }
}
