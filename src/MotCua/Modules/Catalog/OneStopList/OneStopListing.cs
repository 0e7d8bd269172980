using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Catalog.OneStopList;

/// <summary>A procedure of the agency with its line on the one-stop list (null values: not declared yet).</summary>
internal sealed record OneStopRow(Guid ProcedureId, string Code, string Name, string FieldName, OneStopHandling? Handling, DateOnly? PostedOn, DateTime? ChangedAt, string? ChangedByName);

/// <summary>One row as the form posts it: the procedure's code, the handling by name, the posting day as yyyy-MM-dd.</summary>
internal sealed class OneStopInput
{
    public string? Code { get; set; }

    public string? Handling { get; set; }

    public string? PostedOn { get; set; }
}

/// <summary>
/// An agency's danh mục TTHC tiếp nhận, trả kết quả và giải quyết tại Bộ phận Một cửa (TT 01/2018/TT-VPCP Điều 3–4) and its
/// declarations of posting (niêm yết, NĐ 63/2010 Điều 17): the procedures in force the agency decides or performs, and the
/// lines it keeps for them. An agency keeps its own list; the province-wide roles any agency's.
/// </summary>
internal sealed class OneStopListing(AppDbContext db, IAgencyScope scope, AuditLog audit, TimeProvider clock)
{
    public DateOnly Today => VietnamTime.Today(clock);

    /// <summary>Who may keep <paramref name="agencyId"/>'s list: its own staff on the page's roles, or a province-wide role.</summary>
    public bool MayKeep(Guid agencyId) => scope.IsProvinceWide || scope.AgencyId == agencyId;

    public bool IsProvinceWide => scope.IsProvinceWide;

    /// <summary>The agency named by its code (or the caller's own when none is named and the caller has one).</summary>
    public async Task<(Guid Id, string Code, string Name)?> AgencyAsync(string? code, CancellationToken cancellationToken)
    {
        var agencies = OrganizationDirectory.Of(db).Agencies.Where(a => a.IsActive);
        var found = string.IsNullOrWhiteSpace(code)
            ? scope.AgencyId is { } own ? await agencies.Where(a => a.Id == own).Select(a => new { a.Id, a.Code, a.Name }).SingleOrDefaultAsync(cancellationToken) : null
            : await agencies.Where(a => a.Code == code.Trim()).Select(a => new { a.Id, a.Code, a.Name }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Id, found.Code, found.Name);
    }

    public async Task<IReadOnlyList<(string Code, string Name)>> AgenciesAsync(CancellationToken cancellationToken) =>
        [.. (await OrganizationDirectory.Of(db).Agencies.Where(a => a.IsActive).OrderBy(a => a.Code).Select(a => new { a.Code, a.Name }).ToListAsync(cancellationToken))
            .Select(a => (a.Code, a.Name))];

    /// <summary>The procedures in force today that the agency decides or performs, with their lines, by field and code.</summary>
    public async Task<IReadOnlyList<OneStopRow>> RowsAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var versions = await db.ProcedureVersions.AsNoTracking()
            .Where(VersionInForce.On(Today))
            .Where(v => v.Agencies.Any(a => a.AgencyId == agencyId && a.Role != AgencyRole.Coordinating))
            .Select(v => new { v.ProcedureId, v.Procedure!.Code, v.Name, FieldName = v.Field!.Name, FieldOrder = v.Field.SortOrder })
            .ToListAsync(cancellationToken);
        var lines = await db.OneStopProcedures.AsNoTracking().Where(o => o.AgencyId == agencyId).ToDictionaryAsync(o => o.ProcedureId, cancellationToken);
        return [.. versions.DistinctBy(v => v.ProcedureId).OrderBy(v => v.FieldOrder).ThenBy(v => v.FieldName, StringComparer.Ordinal).ThenBy(v => v.Code, StringComparer.Ordinal)
            .Select(v =>
            {
                var line = lines.GetValueOrDefault(v.ProcedureId);
                return new OneStopRow(v.ProcedureId, v.Code, v.Name, v.FieldName, line?.Handling, line?.PostedOn, line?.ChangedAt, line?.ChangedByName);
            })];
    }

    /// <summary>
    /// Saves the posted lines of <paramref name="agencyId"/>'s list, all or none: every row must name a procedure of the
    /// agency in force and, unless left blank, a handling and a posting day that is not in the future. Returns the failures
    /// (nothing written then).
    /// </summary>
    public async Task<IReadOnlyList<RuleFailure>> SaveAsync(Guid agencyId, IReadOnlyList<OneStopInput> rows, string actorName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (!MayKeep(agencyId))
        {
            throw new InvalidOperationException("The caller may not keep this agency's list.");
        }

        var procedures = (await RowsAsync(agencyId, cancellationToken)).ToDictionary(r => r.Code, StringComparer.Ordinal);
        var today = Today;
        var failures = new List<RuleFailure>();
        var parsed = new List<(OneStopRow Row, OneStopHandling Handling, DateOnly? PostedOn)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var input = rows[i];
            var field = $"Rows[{i}]";
            if (input.Code is null || !procedures.TryGetValue(input.Code.Trim(), out var row))
            {
                failures.Add(Problem(field + ".Code", "Error_ProcedureUnknown", input.Code ?? ""));
                continue;
            }

            if (string.IsNullOrWhiteSpace(input.Handling) && string.IsNullOrWhiteSpace(input.PostedOn))
            {
                // Nothing declared for this procedure (yet): the row is left as it is.
                continue;
            }

            var handling = TypedValues.Named<OneStopHandling>(input.Handling);
            if (handling is null)
            {
                failures.Add(Problem(field + ".Handling", "Error_Handling", row.Code));
            }

            DateOnly? postedOn = null;
            if (!string.IsNullOrWhiteSpace(input.PostedOn))
            {
                postedOn = TypedValues.IsoDate(input.PostedOn.Trim());
                if (postedOn is null)
                {
                    failures.Add(Problem(field + ".PostedOn", "Error_PostedOnFormat", row.Code));
                }
                else if (!OneStopRules.PostingIsNotInTheFuture(postedOn.Value, today))
                {
                    failures.Add(Problem(field + ".PostedOn", "Error_PostedOnFuture", row.Code));
                }
            }

            if (handling is { } h)
            {
                parsed.Add((row, h, postedOn));
            }
        }

        if (failures.Count > 0)
        {
            return failures;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ids = parsed.Select(p => p.Row.ProcedureId).ToList();
        var existing = await db.OneStopProcedures.Where(o => o.AgencyId == agencyId && ids.Contains(o.ProcedureId)).ToDictionaryAsync(o => o.ProcedureId, cancellationToken);
        foreach (var (row, handling, postedOn) in parsed)
        {
            if (!existing.TryGetValue(row.ProcedureId, out var line))
            {
                line = OneStopProcedure.Add(agencyId, row.ProcedureId);
                db.OneStopProcedures.Add(line);
                existing[row.ProcedureId] = line;
            }

            if (line.Declare(handling, postedOn, actorName, now))
            {
                db.OneStopProcedureChanges.Add(OneStopProcedureChange.Of(line, now));
                audit.Record("OneStopListSet", nameof(OneStopProcedure), line.Id, $"{agencyId} {row.Code} {handling} {postedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        catch (DbUpdateException)
        {
            // Another save added the same line meanwhile (unique agency × procedure).
            db.ChangeTracker.Clear();
            return [Problem("", "Error_Stale")];
        }
    }

    private static RuleFailure Problem(string field, string name, params object[] arguments) =>
        new(field, ResourceText.Get<OneStopText>(name, arguments), name);
}

/// <summary>The rules of the one-stop list's declarations.</summary>
internal static class OneStopRules
{
    // NĐ 63/2010 Điều 17: the agency declares a posting it made; a posting day after today is not a declaration of fact.
    public static bool PostingIsNotInTheFuture(DateOnly postedOn, DateOnly today) => postedOn <= today;
}
