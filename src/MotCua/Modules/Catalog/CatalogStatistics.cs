using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog;

/// <summary>A procedure in force on a date, with its online service level (NĐ 42/2022 Điều 11: toàn trình / một phần).</summary>
internal sealed record OfferedProcedure(string Code, OnlineServiceLevel OnlineLevel, string Name = "");

/// <summary>
/// A Quyết định công bố of a procedure version: its date and when the catalogue published the version (null: not yet);
/// <see cref="LegalBasisEffectiveDate"/> the effective date of the legal act it implements (null: not entered; ADR-062).
/// </summary>
internal sealed record PublicationDecision(
    string Code, int Version, DateOnly DecisionDate, DateTime? PublishedAt, DateOnly? LegalBasisEffectiveDate = null, string Name = "", string? DecisionNumber = null);

/// <summary>
/// A procedure in force as Bộ chỉ số 766 reads it: which bộ phận tạo thành a–g its version lacks (1.3) and whether it
/// charges a fee or charge (phí, lệ phí above 0: 3.4, 3.5).
/// </summary>
internal sealed record PublishedProcedureParts(string Code, string Name, IReadOnlyList<PublicComponent> Missing, bool HasFees);

/// <summary>
/// The catalogue's numbers for Bộ chỉ số 766 (ADR-054): which procedures an agency offers and at what online level, which
/// decisions were signed in a period and when they were published. Each read is one query; nothing is loaded per procedure.
/// </summary>
internal sealed class CatalogStatistics(AppDbContext db)
{
    /// <summary>
    /// The procedures in force on <paramref name="on"/> that <paramref name="agencyId"/> takes part in (null: every agency),
    /// optionally of one field or one procedure code.
    /// </summary>
    public async Task<IReadOnlyList<OfferedProcedure>> OfferedAsync(Guid? agencyId, Guid? fieldId, string? procedureCode, DateOnly on, CancellationToken cancellationToken) =>
        await Versions(agencyId, fieldId, procedureCode).Where(VersionInForce.On(on))
            .Select(v => new OfferedProcedure(v.Procedure!.Code, v.OnlineLevel, v.Name))
            .ToListAsync(cancellationToken);

    /// <summary>The decisions (Quyết định công bố) dated from <paramref name="first"/> to <paramref name="last"/>, published or not.</summary>
    public async Task<IReadOnlyList<PublicationDecision>> DecisionsAsync(
        Guid? agencyId, Guid? fieldId, string? procedureCode, DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        await Versions(agencyId, fieldId, procedureCode).Where(v => v.DecisionDate >= first && v.DecisionDate <= last)
            .OrderBy(v => v.DecisionDate)
            .Select(v => new PublicationDecision(v.Procedure!.Code, v.Number, v.DecisionDate!.Value, v.PublishedAt, v.LegalBasisEffectiveDate, v.Name, v.DecisionNumber))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The procedures in force on <paramref name="on"/> of the scope with the bộ phận tạo thành a–g their version lacks and
    /// whether they charge fees; the versions are read whole (their lists are JSON documents), one query.
    /// </summary>
    public async Task<IReadOnlyList<PublishedProcedureParts>> PartsAsync(
        Guid? agencyId, Guid? fieldId, string? procedureCode, DateOnly on, CancellationToken cancellationToken) =>
        [.. (await Versions(agencyId, fieldId, procedureCode).Where(VersionInForce.On(on)).Include(v => v.Procedure).Include(v => v.Agencies)
                .ToListAsync(cancellationToken))
            .Select(v => new PublishedProcedureParts(v.Procedure!.Code, v.Name, Procedure.MissingPublicComponents(v), v.Fees.Any(f => f.AmountVnd > 0)))
            .OrderBy(p => p.Code, StringComparer.Ordinal)];

    /// <summary>The codes of the procedures with a version in <paramref name="fieldId"/>.</summary>
    public async Task<IReadOnlyList<string>> CodesOfFieldAsync(Guid fieldId, CancellationToken cancellationToken) =>
        await db.ProcedureVersions.AsNoTracking().Where(v => v.FieldId == fieldId).Select(v => v.Procedure!.Code).Distinct().ToListAsync(cancellationToken);

    /// <summary>The active fields, for a picker.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> FieldsAsync(CancellationToken cancellationToken) =>
        (await db.ProcedureFields.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.SortOrder).ThenBy(f => f.Name)
            .Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken))
        .Select(f => (f.Id, f.Name)).ToList();

    private IQueryable<ProcedureVersion> Versions(Guid? agencyId, Guid? fieldId, string? procedureCode)
    {
        var versions = db.ProcedureVersions.AsNoTracking();
        if (agencyId is { } agency)
        {
            versions = versions.Where(v => v.Agencies.Any(a => a.AgencyId == agency));
        }

        if (fieldId is { } field)
        {
            versions = versions.Where(v => v.FieldId == field);
        }

        if (procedureCode is not null)
        {
            versions = versions.Where(v => v.Procedure!.Code == procedureCode);
        }

        return versions;
    }
}
