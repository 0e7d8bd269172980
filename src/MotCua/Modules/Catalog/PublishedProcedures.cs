using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog;

/// <summary>A version of a procedure as other modules use it: what a dossier is received, checked and timed against.</summary>
internal sealed record PublishedProcedure(
    Guid VersionId,
    string Code,
    string Name,
    string FieldCode,
    string FieldName,
    bool InForce,
    ProcessingTime ProcessingTime,
    SubmissionChannels Channels,
    OnlineServiceLevel OnlineLevel,
    string Result,
    IReadOnlyList<PublishedComponent> Components,
    IReadOnlyList<PublishedAgency> Agencies,
    IReadOnlyList<PublishedFee> Fees,
    string? PartialOnlineReason,
    EFormDefinition EForm);

/// <summary>Thành phần hồ sơ; <see cref="Position"/> (from 1) identifies it within its version, which never changes once published.</summary>
internal sealed record PublishedComponent(int Position, string Name, DocumentForm Forms, int Count, bool IsRequired, bool ReusableFromWallet, string? FormTemplateName);

/// <summary>An agency that decides, performs or coordinates the procedure.</summary>
internal sealed record PublishedAgency(Guid AgencyId, string Code, string Name, AgencyRole Role);

/// <summary>Phí, lệ phí.</summary>
internal sealed record PublishedFee(string Name, long AmountVnd, string? Note);

/// <summary>
/// One published version of a procedure ("Phiên bản {Number}"), in force or not any more: its Quyết định công bố, when
/// it was published and the date that decision makes it apply from.
/// </summary>
internal sealed record PublishedVersion(Guid VersionId, int Number, string DecisionNumber, DateTime PublishedAt, DateOnly EffectiveDate);

/// <summary>
/// The catalogue's API for other modules: published versions by code or by version id, served from this node's
/// <see cref="PublishedVersionCache"/> after one read of the catalogue stamp (ADR-018).
/// </summary>
internal sealed class PublishedProcedures(AppDbContext db, PublishedVersionCache cache, TimeProvider clock)
{
    /// <summary>The version in force today of the procedure with this code, or null when there is none (unknown, draft, not yet in force or abolished).</summary>
    public async Task<PublishedProcedure?> FindInForceAsync(string code, CancellationToken cancellationToken)
    {
        var versions = await cache.CurrentAsync(db, cancellationToken);
        if (versions.InForce(code) is { } cached)
        {
            return cached;
        }

        var id = await db.ProcedureVersions.AsNoTracking()
            .Where(VersionInForce.On(versions.Date))
            .Where(v => v.Procedure!.Code == code)
            .Select(v => (Guid?)v.Id)
            .SingleOrDefaultAsync(cancellationToken);
        return id is null ? null : await LoadAsync(versions, id.Value, cancellationToken);
    }

    /// <summary>
    /// The effective date of the published version of this code that is not in force yet, or null: with
    /// <see cref="FindInForceAsync"/> null, the reason to give is "có hiệu lực từ" that date.
    /// </summary>
    public async Task<DateOnly?> UpcomingFromAsync(string code, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        return await db.ProcedureVersions.AsNoTracking()
            .Where(VersionInForce.UpcomingOn(today))
            .Where(v => v.Procedure!.Code == code)
            .MinAsync(v => v.EffectiveDate, cancellationToken);
    }

    /// <summary>Any published, superseded or abolished version (a dossier keeps the version it was received under).</summary>
    public async Task<PublishedProcedure?> GetVersionAsync(Guid versionId, CancellationToken cancellationToken)
    {
        var versions = await cache.CurrentAsync(db, cancellationToken);
        return versions.Version(versionId) ?? await LoadAsync(versions, versionId, cancellationToken);
    }

    /// <summary>
    /// Every version of the procedure with this code that was published (in force, upcoming, superseded or abolished;
    /// never a draft), oldest first; empty for an unknown code.
    /// </summary>
    public async Task<IReadOnlyList<PublishedVersion>> VersionsAsync(string code, CancellationToken cancellationToken) =>
        await db.ProcedureVersions.AsNoTracking()
            .Where(v => v.Procedure!.Code == code && v.Status != VersionStatus.Draft)
            .OrderBy(v => v.Number)
            .Select(v => new PublishedVersion(v.Id, v.Number, v.DecisionNumber!, v.PublishedAt!.Value, v.EffectiveDate!.Value))
            .ToListAsync(cancellationToken);

    /// <summary>The versions in force today that the agency performs or decides, in code order.</summary>
    public async Task<IReadOnlyList<PublishedProcedure>> ListInForceForAgencyAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var versions = await db.ProcedureVersions.AsNoTracking()
            .Include(v => v.Procedure)
            .Include(v => v.Field)
            .Include(v => v.Agencies).ThenInclude(a => a.Agency)
            .Where(VersionInForce.On(today))
            .Where(v => v.Agencies.Any(a => a.AgencyId == agencyId && a.Role != AgencyRole.Coordinating))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return versions.Select(v => ToPublished(v, today)).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>The agencies of each of these versions (any but drafts), in one query, for lists that show many dossiers.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<PublishedAgency>>> AgenciesOfVersionsAsync(IReadOnlyCollection<Guid> versionIds, CancellationToken cancellationToken)
    {
        var rows = await db.ProcedureVersionAgencies.AsNoTracking()
            .Where(a => versionIds.Contains(a.VersionId))
            .Select(a => new { a.VersionId, Agency = new PublishedAgency(a.AgencyId, a.Agency!.Code, a.Agency.ShortName ?? a.Agency.Name, a.Role) })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.VersionId).ToDictionary(g => g.Key, g => (IReadOnlyList<PublishedAgency>)Ordered(g.Select(r => r.Agency)));
    }

    /// <summary>Procedures in force today whose code, name or other text contains the words (diacritics ignored), for staff pickers.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> SearchInForceAsync(string? text, int take, CancellationToken cancellationToken)
    {
        var versions = db.ProcedureVersions.AsNoTracking().Where(VersionInForce.On(VietnamTime.Today(clock)));
        foreach (var word in SearchText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            versions = versions.Where(v => v.SearchText.Contains(word));
        }

        var rows = await versions.OrderBy(v => v.SearchName).Take(take)
            .Select(v => new { v.Procedure!.Code, v.Name })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Code, r.Name)).ToList();
    }

    /// <summary>Reads a version (not a draft) after <paramref name="versions"/>' stamp was read, and files it there.</summary>
    private async Task<PublishedProcedure?> LoadAsync(PublishedVersionCache.Versions versions, Guid versionId, CancellationToken cancellationToken)
    {
        var version = await db.ProcedureVersions.AsNoTracking()
            .Include(v => v.Procedure)
            .Include(v => v.Field)
            .Include(v => v.Agencies).ThenInclude(a => a.Agency)
            .Where(v => v.Id == versionId && v.Status != VersionStatus.Draft)
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return null;
        }

        var published = ToPublished(version, versions.Date);
        versions.Add(published);
        return published;
    }

    private static PublishedProcedure ToPublished(ProcedureVersion v, DateOnly today) => new(
        v.Id,
        v.Procedure!.Code,
        v.Name,
        v.Field!.Code,
        v.Field.Name,
        v.IsInForceOn(today),
        v.ProcessingTime,
        v.Channels,
        v.OnlineLevel,
        v.Result,
        v.DossierComponents.Select((c, i) => new PublishedComponent(i + 1, c.Name, c.Form, c.Count, c.IsRequired, c.ReusableFromWallet, c.FormTemplateName)).ToList(),
        Ordered(v.Agencies.Select(a => new PublishedAgency(a.AgencyId, a.Agency!.Code, a.Agency.ShortName ?? a.Agency.Name, a.Role))),
        v.Fees.Select(f => new PublishedFee(f.Name, f.AmountVnd, f.Note)).ToList(),
        v.PartialOnlineReason,
        EFormDefinition.Read(v.EForm));

    private static List<PublishedAgency> Ordered(IEnumerable<PublishedAgency> agencies) =>
        agencies.OrderBy(a => a.Role).ThenBy(a => a.Code, StringComparer.Ordinal).ToList();
}
