using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Catalog;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>
/// Writes the procedure versions' facts (ADR-049, "Procedure versions"): the rows of the given versions are deleted and
/// written again from their figures, in the caller's transaction; a version without figures (a draft, or one the save
/// removed) keeps no row.
/// </summary>
internal static class ProcedureVersionFactsWriter
{
    public static async Task WriteAsync(
        AppDbContext db, IEnumerable<Guid> versionIds, IReadOnlyList<ProcedureVersionFigures> figures, DateTime capturedAt, CancellationToken cancellationToken)
    {
        var ids = versionIds.Concat(figures.Select(f => f.VersionId)).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        await db.MetricProcedureAgencies.Where(a => ids.Contains(a.VersionId)).ExecuteDeleteAsync(cancellationToken);
        await db.MetricProcedureVersions.Where(v => ids.Contains(v.VersionId)).ExecuteDeleteAsync(cancellationToken);
        var rows = figures.Select(f => MetricProcedureVersion.Of(f, capturedAt)).ToList();
        await MetricFactsUpsert.InsertAsync(db, [.. rows.Select(r => r.Version)], cancellationToken);
        await MetricFactsUpsert.InsertAsync(db, [.. rows.SelectMany(r => r.Agencies)], cancellationToken);
    }
}
