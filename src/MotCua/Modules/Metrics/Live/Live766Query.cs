using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Catalog;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// The query string of the 766 page, its drill-down and the API, as typed: every value is text so that a bad one gets a
/// Vietnamese message, not a binding failure. <c>scope</c> = <c>tinh</c> (province) or <c>co-quan</c> (one agency);
/// <c>ky</c> = 2026-Q4, 2026-11, 2026-H1, 2026, or <c>tu</c>/<c>den</c> = a custom period.
/// </summary>
internal sealed record Live766Query(string? Scope, string? Agency, string? Field, string? Procedure, string? Ky, string? Tu, string? Den, string? Level = null)
{
    public const string ProvinceScope = "tinh";

    public const string AgencyScope = "co-quan";

    /// <summary>One cấp (<c>level</c> = TINH, HUYEN or XA): the agencies of that administrative level together.</summary>
    public const string LevelScope = "cap";

    /// <summary>The parameters that are set, by their query-string names.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Parameters() =>
        new Dictionary<string, string?>
        {
            ["scope"] = Scope, ["agency"] = Agency, ["level"] = Level, ["field"] = Field, ["procedure"] = Procedure, ["ky"] = Ky, ["tu"] = Tu, ["den"] = Den,
        }.Where(p => !string.IsNullOrWhiteSpace(p.Value));

    /// <summary>The query of a result: its scope and period written back, for links.</summary>
    public static Live766Query Of(Scope766 scope, ReportPeriod period) => new(
        scope.IsProvince ? ProvinceScope : scope.IsLevel ? LevelScope : AgencyScope, scope.AgencyId?.ToString(), scope.FieldId?.ToString(), scope.ProcedureCode,
        period.Kind == PeriodKind.Custom ? null : period.Key,
        period.Kind == PeriodKind.Custom ? period.First.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
        period.Kind == PeriodKind.Custom ? period.Last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
        scope.LevelCode);
}

/// <summary>What reading a query found: the scope and period, or the problems; <see cref="Forbidden"/> when the scope is not the caller's.</summary>
internal sealed record Live766Request(Scope766? Scope, ReportPeriod? Period, IReadOnlyList<RuleFailure> Problems, bool Forbidden)
{
    public bool IsValid => Scope is not null && Period is not null;
}

/// <summary>
/// Reads a <see cref="Live766Query"/> against the caller's agency scope (ADR-054): ProvinceOfficer and SystemAdmin see the
/// province or any agency; everyone else allowed here (ControlOfficer, AgencyLeader, an agency's service account) only their
/// own agency. Another agency, or the province, is <see cref="Live766Request.Forbidden"/>.
/// </summary>
internal sealed partial class Live766Scopes(AppDbContext db, IAgencyScope access, TimeProvider clock)
{
    /// <summary>Who may open the 766 page (the API takes the agency's service accounts).</summary>
    public static readonly string[] Readers = [Roles.ProvinceOfficer, Roles.SystemAdmin, Roles.ControlOfficer, Roles.AgencyLeader];

    public bool CanChooseAgency => access.IsProvinceWide;

    public async Task<Live766Request> ReadAsync(Live766Query query, CancellationToken cancellationToken)
    {
        var problems = new List<RuleFailure>();
        var forbidden = false;
        var wantsLevel = query.Scope?.Trim() == Live766Query.LevelScope;
        var wantsProvince = wantsLevel || (string.IsNullOrWhiteSpace(query.Scope) ? access.IsProvinceWide && string.IsNullOrWhiteSpace(query.Agency) : query.Scope.Trim() == Live766Query.ProvinceScope);
        if (!string.IsNullOrWhiteSpace(query.Scope) && query.Scope.Trim() is not (Live766Query.ProvinceScope or Live766Query.AgencyScope or Live766Query.LevelScope))
        {
            problems.Add(Problem("scope", "Error_Scope"));
        }

        Guid? agencyId = null;
        string? agencyName = null;
        (string Code, string Name, List<Guid> Agencies)? level = null;
        if (wantsLevel && access.IsProvinceWide)
        {
            // A cấp spans agencies, so only the province-wide roles read it (as the province).
            var code = query.Level?.Trim().ToUpperInvariant();
            var found = string.IsNullOrEmpty(code) || code.Length > 20 ? null
                : await OrganizationDirectory.Of(db).Levels.Where(l => l.Code == code).Select(l => new { l.Id, l.Code, l.Name }).SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                problems.Add(Problem("level", string.IsNullOrEmpty(code) ? "Error_ChooseLevel" : "Error_LevelUnknown"));
            }
            else
            {
                level = (found.Code, found.Name, await OrganizationDirectory.Of(db).Agencies.Where(a => a.LevelId == found.Id).Select(a => a.Id).ToListAsync(cancellationToken));
            }
        }

        if (!wantsProvince)
        {
            if (string.IsNullOrWhiteSpace(query.Agency))
            {
                agencyId = access.AgencyId;
                if (agencyId is null)
                {
                    problems.Add(Problem("agency", "Error_ChooseAgency"));
                }
            }
            else if (Guid.TryParse(query.Agency.Trim(), out var parsed))
            {
                agencyId = parsed;
            }
            else
            {
                problems.Add(Problem("agency", "Error_AgencyUnknown"));
            }

            if (agencyId is { } id)
            {
                if (!access.CanAccessAgency(id))
                {
                    forbidden = true;
                }
                else
                {
                    agencyName = await OrganizationDirectory.Of(db).Agencies.Where(a => a.Id == id).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
                    if (agencyName is null)
                    {
                        problems.Add(Problem("agency", "Error_AgencyUnknown"));
                    }
                }
            }
        }
        else if (!access.IsProvinceWide)
        {
            forbidden = true;
        }

        Guid? fieldId = null;
        string? fieldName = null;
        if (!string.IsNullOrWhiteSpace(query.Field))
        {
            if (Guid.TryParse(query.Field.Trim(), out var field))
            {
                fieldName = (await new CatalogStatistics(db).FieldsAsync(cancellationToken)).Where(f => f.Id == field).Select(f => f.Name).FirstOrDefault();
                fieldId = field;
            }

            if (fieldName is null)
            {
                problems.Add(Problem("field", "Error_FieldUnknown"));
            }
        }

        string? procedure = null;
        if (!string.IsNullOrWhiteSpace(query.Procedure))
        {
            procedure = query.Procedure.Trim();
            if (!ProcedureCode().IsMatch(procedure))
            {
                problems.Add(Problem("procedure", "Error_ProcedureCode"));
                procedure = null;
            }
        }

        var hasPeriod = !string.IsNullOrWhiteSpace(query.Ky) || !string.IsNullOrWhiteSpace(query.Tu) || !string.IsNullOrWhiteSpace(query.Den);
        var (period, periodProblems) = hasPeriod
            ? ReportPeriodQuery.Parse(query.Ky, query.Tu, query.Den, PeriodCalendar.Calendar)
            : (CurrentQuarter(), []);
        problems.AddRange(periodProblems.Select(p => p with { Field = p.Field switch { ReportPeriodQuery.FromField => "tu", ReportPeriodQuery.ToField => "den", _ => "ky" } }));
        if (forbidden || problems.Count > 0)
        {
            return new Live766Request(null, period, problems, forbidden);
        }

        return new Live766Request(new Scope766(agencyId, agencyName, fieldId, fieldName, procedure, level?.Code, level?.Name, level?.Agencies), period, [], false);
    }

    /// <summary>Without a period the current quarter is shown.</summary>
    private ReportPeriod CurrentQuarter()
    {
        var today = Common.Time.VietnamTime.Today(clock);
        return ReportPeriods.Of(PeriodKind.Quarter, today.Year, ((today.Month - 1) / 3) + 1, PeriodCalendar.Calendar);
    }

    private static RuleFailure Problem(string field, string name) => new(field, ResourceText.Get<Live766Text>(name), name);

    // Mã TTHC: an opaque code of at most 20 characters, e.g. 2.000635 (legal-rules §11).
    [GeneratedRegex(@"^[0-9A-Za-z.\-_]{1,20}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ProcedureCode();
}
