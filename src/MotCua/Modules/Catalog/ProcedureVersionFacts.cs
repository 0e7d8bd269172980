using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Catalog;

/// <summary>
/// What the metrics keep of one published (or since superseded or abolished) version of a procedure (ADR-049, "Procedure
/// versions"): Bộ chỉ số 766 nhóm 1 (công bố, công khai đúng hạn) and the field, level and online-service scopes.
/// </summary>
/// <param name="LevelCodes">Cấp thực hiện: the codes of the version's administrative levels in their order, comma-separated.</param>
/// <param name="FeesApply">The version lists a fee or charge of more than 0 đồng (TTHC có nghĩa vụ tài chính).</param>
/// <param name="DecisionDate">The date the Quyết định công bố was signed.</param>
/// <param name="EffectiveDate">The date the decision makes the version apply from.</param>
/// <param name="PublishedAt">When the version was made public in the catalogue (công khai).</param>
/// <param name="ReplacedOn">The first day it is no longer in force, when a later version or an abolition ends it.</param>
/// <param name="Agencies">The agencies that decide, perform or coordinate it, by agency id.</param>
internal sealed record ProcedureVersionFigures(
    Guid VersionId,
    Guid ProcedureId,
    string ProcedureCode,
    int Number,
    string FieldCode,
    string FieldName,
    string LevelCodes,
    OnlineServiceLevel OnlineLevel,
    bool FeesApply,
    string? DecisionNumber,
    DateOnly? DecisionDate,
    DateOnly? EffectiveDate,
    DateTime? PublishedAt,
    DateOnly? ReplacedOn,
    DateOnly? AbolitionDecisionDate,
    DateOnly? AbolitionEffectiveDate,
    IReadOnlyList<PublishedVersionAgency> Agencies)
{
    /// <summary>Equal figures, the agencies compared as sets: whether a stored copy is current.</summary>
    public bool SameAs(ProcedureVersionFigures other) =>
        other is not null && this with { Agencies = [] } == other with { Agencies = [] }
        && Agencies.OrderBy(a => a.AgencyId).SequenceEqual(other.Agencies.OrderBy(a => a.AgencyId));
}

/// <summary>An agency of a version and its role.</summary>
internal sealed record PublishedVersionAgency(Guid AgencyId, AgencyRole Role);

/// <summary>The catalogue rows a save changes, as the versions, procedures and fields they belong to.</summary>
internal sealed record CatalogChange(IReadOnlySet<Guid> VersionIds, IReadOnlySet<Guid> ProcedureIds, IReadOnlySet<Guid> FieldIds);

/// <summary>
/// The catalogue's answer to the metrics (ADR-035, ADR-049): which versions a pending save changes, and the figures of
/// versions read in the caller's context and transaction, so the save can refresh their facts with what it just wrote.
/// Drafts have no figures.
/// </summary>
internal static class ProcedureVersionFacts
{
    /// <summary>What the pending save of <paramref name="context"/> changes in the catalogue; null when nothing.</summary>
    public static CatalogChange? Pending(DbContext context)
    {
        HashSet<Guid> versions = [], procedures = [], fields = [];
        foreach (var entry in PendingChanges.Entries(context).Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            _ = entry.Entity switch
            {
                ProcedureVersion v => versions.Add(v.Id),
                ProcedureVersionLevel l => versions.Add(l.VersionId),
                ProcedureVersionAgency a => versions.Add(a.VersionId),
                Procedure p => procedures.Add(p.Id),
                ProcedureField f => fields.Add(f.Id),
                _ => false,
            };
        }

        return versions.Count + procedures.Count + fields.Count == 0 ? null : new CatalogChange(versions, procedures, fields);
    }

    /// <summary>The figures of the published, superseded and abolished versions <paramref name="change"/> touches.</summary>
    public static async Task<IReadOnlyList<ProcedureVersionFigures>> OfAsync(AppDbContext db, CatalogChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var (versions, procedures, fields) = (change.VersionIds.ToList(), change.ProcedureIds.ToList(), change.FieldIds.ToList());
        return await ReadAsync(
            db, Loaded(db).Where(v => versions.Contains(v.Id) || procedures.Contains(v.ProcedureId) || fields.Contains(v.FieldId)), cancellationToken);
    }

    /// <summary>
    /// The figures of up to <paramref name="batchSize"/> published, superseded or abolished versions whose id follows
    /// <paramref name="afterId"/>, in id order (<see cref="Guid.Empty"/> first): for rebuilding the metrics' copy.
    /// </summary>
    public static async Task<IReadOnlyList<ProcedureVersionFigures>> PageAsync(AppDbContext db, Guid afterId, int batchSize, CancellationToken cancellationToken) =>
        await ReadAsync(db, Loaded(db).Where(v => v.Id > afterId).OrderBy(v => v.Id).Take(batchSize), cancellationToken);

    private static IQueryable<ProcedureVersion> Loaded(AppDbContext db) =>
        db.ProcedureVersions.AsNoTracking().Where(v => v.Status != VersionStatus.Draft)
            .Include(v => v.Procedure).Include(v => v.Field).Include(v => v.Levels).ThenInclude(l => l.Level).Include(v => v.Agencies)
            .AsSplitQuery();

    private static async Task<IReadOnlyList<ProcedureVersionFigures>> ReadAsync(AppDbContext db, IQueryable<ProcedureVersion> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var versions = await query.ToListAsync(cancellationToken);
        return [.. versions.OrderBy(v => v.Id).Select(Of)];
    }

    private static ProcedureVersionFigures Of(ProcedureVersion v) => new(
        v.Id,
        v.ProcedureId,
        v.Procedure!.Code,
        v.Number,
        v.Field?.Code ?? "",
        v.Field?.Name ?? "",
        string.Join(",", v.Levels.Select(l => l.Level).OfType<AdministrativeLevel>().OrderBy(l => l.SortOrder).ThenBy(l => l.Code, StringComparer.Ordinal).Select(l => l.Code)),
        v.OnlineLevel,
        v.Fees.Any(f => f.AmountVnd > 0),
        v.DecisionNumber,
        v.DecisionDate,
        v.EffectiveDate,
        v.PublishedAt,
        v.ReplacedOn,
        v.AbolitionDecisionDate,
        v.AbolitionEffectiveDate,
        [.. v.Agencies.OrderBy(a => a.AgencyId).Select(a => new PublishedVersionAgency(a.AgencyId, a.Role))]);
}
