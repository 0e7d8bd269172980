using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization.Scoping;
using MotCua.Modules.Reports.ControlReports.Data;

namespace MotCua.Modules.Reports.ControlReports;

/// <summary>How a change to a report ended; <see cref="Message"/> says why not, in the user's language.</summary>
internal sealed record ControlReportOutcome(ControlReportOutcomeKind Kind, string? Message = null, Guid? Id = null)
{
    public bool Succeeded => Kind == ControlReportOutcomeKind.Done;

    /// <summary>The status a page answers a failed change with: 403 refused, 409 stale, 404 unknown, 400 otherwise.</summary>
    public int StatusCode => Kind switch
    {
        ControlReportOutcomeKind.Refused => StatusCodes.Status403Forbidden,
        ControlReportOutcomeKind.Stale => StatusCodes.Status409Conflict,
        ControlReportOutcomeKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status400BadRequest,
    };

    public static ControlReportOutcome Done(Guid id) => new(ControlReportOutcomeKind.Done, Id: id);
}

internal enum ControlReportOutcomeKind
{
    Done,

    /// <summary>No such report, or one the user may not read (the same answer: nothing is revealed).</summary>
    NotFound,

    /// <summary>The user may read it but not do this.</summary>
    Refused,

    /// <summary>Someone saved it since the user opened it.</summary>
    Stale,

    /// <summary>A rule or an input check failed.</summary>
    Invalid,
}

/// <summary>A report as the list shows it.</summary>
internal sealed record ControlReportRow(Guid Id, string ScopeName, string PeriodKey, DateOnly PeriodFirst, DateOnly PeriodLast, string? Number, ControlReportState State, DateTime UpdatedAt, string UpdatedByName);

/// <summary>
/// The periodic control reports of the user's scope (ADR-059): list, create with the live figures, edit with a revision check,
/// refresh the figures of a draft, submit, approve or return; every state change audited in the same save.
/// </summary>
internal sealed class ControlReportWork(
    AppDbContext db, ControlReportFiguresReader reader, AuditLog audit, IAgencyScope scope, IAuthorizationService authorization,
    IHttpContextAccessor http, IOptions<MetricsOptions> options, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>Province-wide readers see every agency's reports and the province's; everyone else their agency's.</summary>
    public IQueryable<ControlReport> Readable()
    {
        var reports = db.ControlReports.AsNoTracking();
        return scope.IsProvinceWide ? reports : scope.AgencyId is { } own ? reports.Where(r => r.AgencyId == own) : reports.Where(_ => false);
    }

    public async Task<(List<ControlReportRow> Rows, bool HasNext)> PageAsync(int pageNumber, CancellationToken cancellationToken) =>
        await Paging.ReadPageAsync(
            Readable().OrderByDescending(r => r.PeriodFirst).ThenBy(r => r.ScopeName).ThenBy(r => r.Id)
                .Select(r => new ControlReportRow(r.Id, r.ScopeName, r.PeriodKey, r.PeriodFirst, r.PeriodLast, r.Number, r.State, r.UpdatedAt, r.UpdatedByName)),
            (pageNumber - 1) * PageSize, PageSize, cancellationToken);

    public Task<ControlReport?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Readable().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>The body the report's agency belongs to, for the document's header (none for the province).</summary>
    public async Task<string?> GoverningBodyAsync(ControlReport report, CancellationToken cancellationToken) =>
        report.AgencyId is { } id
            ? await OrganizationDirectory.Of(db).Agencies.Where(a => a.Id == id).Select(a => a.Parent != null ? a.Parent.Name : null).SingleOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>The user drafts reports of their scope: an agency's control officer their agency's, the province officer the province's.</summary>
    public async Task<bool> CanDraftAsync(Guid? agencyId) => await HasAsync(Policies.DraftControlReports) && OwnScope(agencyId);

    /// <summary>The user approves or returns reports of their scope: the agency leader their agency's, the province officer the province's.</summary>
    public async Task<bool> CanApproveAsync(Guid? agencyId) => await HasAsync(Policies.ApproveControlReports) && OwnScope(agencyId);

    /// <summary>The scope a new report of this user is for: their agency, or the province for a province-wide officer.</summary>
    public Guid? OwnAgencyId => scope.IsProvinceWide ? null : scope.AgencyId;

    /// <summary>Creates the draft of the user's scope for the period <paramref name="periodKey"/> (a quarter, half-year or year), with the live figures.</summary>
    public async Task<ControlReportOutcome> CreateAsync(string? periodKey, CancellationToken cancellationToken)
    {
        var agencyId = OwnAgencyId;
        if (!scope.IsProvinceWide && agencyId is null || !await CanDraftAsync(agencyId))
        {
            return new(ControlReportOutcomeKind.Refused, Text("Error_CannotDraft"));
        }

        var (period, problem) = Period(periodKey);
        if (period is null)
        {
            return new(ControlReportOutcomeKind.Invalid, problem);
        }

        var scopeKey = agencyId?.ToString() ?? ControlReport.ProvinceScope;
        if (await db.ControlReports.AnyAsync(r => r.ScopeKey == scopeKey && r.PeriodKey == period.Key, cancellationToken))
        {
            return new(ControlReportOutcomeKind.Invalid, Text("Error_Exists", period.Name));
        }

        var scopeName = agencyId is { } id
            ? await OrganizationDirectory.Of(db).Agencies.Where(a => a.Id == id).Select(a => a.Name).SingleAsync(cancellationToken)
            : ResourceText.Get<ReportsText>("Scope_Province");
        var (figures, problems) = await reader.TakeAsync(agencyId, scopeName, period, cancellationToken);
        if (figures is null)
        {
            return new(ControlReportOutcomeKind.Invalid, string.Join(" ", problems));
        }

        var report = ControlReport.Create(agencyId, scopeName, period.Key, period.First, period.Last, figures.ToJson(), figures.TakenAt, Actor());
        db.ControlReports.Add(report);
        audit.Record("ControlReportCreated", nameof(ControlReport), report.Id, Record("Audit_Created", scopeName, period.Name));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another officer created the same report meanwhile (the unique scope and period).
            db.ChangeTracker.Clear();
            return new(ControlReportOutcomeKind.Invalid, Text("Error_Exists", period.Name));
        }

        return ControlReportOutcome.Done(report.Id);
    }

    /// <summary>Saves the number and text sections of a draft opened at <paramref name="revision"/>.</summary>
    public Task<ControlReportOutcome> SaveAsync(Guid id, Guid revision, string? number, ControlReportTexts texts, CancellationToken cancellationToken) =>
        ChangeAsync(id, revision, draft: true, async report =>
        {
            var problem = Check(number, texts);
            if (problem is not null)
            {
                throw new BusinessRuleException("Invalid", problem);
            }

            report.Edit(Clean(number), texts with
            {
                ImpactAssessment = Clean(texts.ImpactAssessment), Publication = Clean(texts.Publication), Handling = Clean(texts.Handling), Review = Clean(texts.Review),
                Difficulties = Clean(texts.Difficulties), Petitions = Clean(texts.Petitions), Communication = Clean(texts.Communication), Other = Clean(texts.Other),
                Proposals = Clean(texts.Proposals),
            }, Now, Actor());
            audit.Record("ControlReportEdited", nameof(ControlReport), report.Id, Record("Audit_Edited", report.ScopeName, report.PeriodKey));
            await Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Takes the live figures again into a draft.</summary>
    public Task<ControlReportOutcome> RefreshAsync(Guid id, Guid revision, CancellationToken cancellationToken) =>
        ChangeAsync(id, revision, draft: true, async report =>
        {
            if (!report.IsEditable)
            {
                throw BusinessRuleException.Of<ControlReportText>("NotEditable");
            }

            var (period, _) = Period(report.PeriodKey);
            var (figures, problems) = await reader.TakeAsync(report.AgencyId, report.ScopeName, period!, cancellationToken);
            if (figures is null)
            {
                throw new BusinessRuleException("Figures", string.Join(" ", problems));
            }

            report.RefreshFigures(figures.ToJson(), figures.TakenAt, Actor());
            audit.Record("ControlReportFiguresTaken", nameof(ControlReport), report.Id, Record("Audit_Refreshed", report.ScopeName, report.PeriodKey));
        }, cancellationToken);

    public Task<ControlReportOutcome> SubmitAsync(Guid id, Guid revision, CancellationToken cancellationToken) =>
        ChangeAsync(id, revision, draft: true, report =>
        {
            report.Submit(Now, Actor());
            audit.Record("ControlReportSubmitted", nameof(ControlReport), report.Id, Record("Audit_Submitted", report.ScopeName, report.PeriodKey));
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<ControlReportOutcome> ApproveAsync(Guid id, Guid revision, CancellationToken cancellationToken) =>
        ChangeAsync(id, revision, draft: false, report =>
        {
            report.Approve(Now, Actor());
            audit.Record("ControlReportApproved", nameof(ControlReport), report.Id, Record("Audit_Approved", report.ScopeName, report.PeriodKey));
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<ControlReportOutcome> ReturnAsync(Guid id, Guid revision, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, revision, draft: false, report =>
        {
            var trimmed = Clean(reason);
            if (trimmed is null || trimmed.Length > ControlReport.MaxReasonLength)
            {
                throw BusinessRuleException.Of<ControlReportText>("ReturnReason", ControlReport.MaxReasonLength);
            }

            report.Return(trimmed, Now, Actor());
            audit.Record("ControlReportReturned", nameof(ControlReport), report.Id, Record("Audit_Returned", report.ScopeName, report.PeriodKey, trimmed));
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// The period of a report: a quarter, half-year or year key (2026-Q4, 2026-H1, 2026) cut by the statutory calendar
    /// (NĐ 09/2019/NĐ-CP Điều 12; ADR-052), or the message saying why not.
    /// </summary>
    public (ReportPeriod? Period, string? Problem) Period(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 10)
        {
            return (null, Text("Error_Period"));
        }

        var (period, problems) = ReportPeriodQuery.Parse(key.Trim(), null, null, PeriodCalendar.Statutory(options.Value.StatutoryCutOffDay));
        return period is { Kind: PeriodKind.Quarter or PeriodKind.HalfYear or PeriodKind.Year }
            ? (period, null)
            : (null, problems.Count > 0 ? problems[0].Message : Text("Error_Period"));
    }

    /// <summary>The first input problem of a save, or null.</summary>
    public static string? Check(string? number, ControlReportTexts texts)
    {
        if (number is { Length: > ControlReport.MaxNumberLength })
        {
            return Text("Error_NumberLength", ControlReport.MaxNumberLength);
        }

        return texts.All.Any(t => t is { Length: > ControlReport.MaxSectionLength }) ? Text("Error_SectionLength", ControlReport.MaxSectionLength) : null;
    }

    private async Task<ControlReportOutcome> ChangeAsync(Guid id, Guid revision, bool draft, Func<ControlReport, Task> change, CancellationToken cancellationToken)
    {
        var readable = scope.IsProvinceWide ? db.ControlReports : db.ControlReports.Where(r => r.AgencyId == scope.AgencyId && r.AgencyId != null);
        var report = await readable.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return new(ControlReportOutcomeKind.NotFound, Text("Error_NotFound"));
        }

        if (!await (draft ? CanDraftAsync(report.AgencyId) : CanApproveAsync(report.AgencyId)))
        {
            return new(ControlReportOutcomeKind.Refused, Text(draft ? "Error_CannotDraft" : "Error_CannotApprove"));
        }

        if (draft && !report.IsEditable)
        {
            return new(ControlReportOutcomeKind.Invalid, Text("Rule_NotEditable"));
        }

        try
        {
            if (report.Revision != revision)
            {
                throw new DbUpdateConcurrencyException();
            }

            await change(report);
            await db.SaveChangesAsync(cancellationToken);
            return ControlReportOutcome.Done(report.Id);
        }
        catch (BusinessRuleException broken)
        {
            db.ChangeTracker.Clear();
            return new(ControlReportOutcomeKind.Invalid, broken.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(ControlReportOutcomeKind.Stale, Text("Error_Stale"));
        }
    }

    private bool OwnScope(Guid? agencyId) => agencyId is { } id ? !scope.IsProvinceWide && scope.AgencyId == id : scope.IsProvinceWide;

    private async Task<bool> HasAsync(string policy) =>
        http.HttpContext?.User is { } user && (await authorization.AuthorizeAsync(user, policy)).Succeeded;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string Actor() =>
        http.HttpContext?.User is { } user ? user.FindFirstValue(StaffClaims.FullName) ?? user.Identity?.Name ?? "" : "";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Text(string key, params object?[] arguments) => ResourceText.Get<ControlReportText>(key, arguments);

    private static string Record(string key, params object?[] arguments) => ResourceText.ForRecord<ControlReportText>(key, arguments);
}
