using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Files;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Statistics;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Scoping;
using MotCua.Modules.Reports.Obligations.Data;
using MotCua.Modules.Reports.Statistics;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>An obligation with its agency's name and where it stands now.</summary>
internal sealed record ObligationSummary(
    Guid Id, Guid AgencyId, string AgencyName, ReportKind Kind, ReportPeriod Period, DateOnly DueOn, ObligationStatus Status, DateTime? FirstSubmittedAt);

/// <summary>An obligation and every version of its report, newest first (rows included).</summary>
internal sealed record ObligationFile(ObligationSummary Summary, Guid Revision, IReadOnlyList<ReportSubmission> Submissions, IReadOnlyList<DraftedControlReport> ControlReports)
{
    public ReportSubmission? Draft => Submissions.FirstOrDefault(s => s.State == SubmissionState.Draft);

    /// <summary>The submitted version in force (the latest submitted), or null.</summary>
    public ReportSubmission? InForce => Submissions.FirstOrDefault(s => s.State == SubmissionState.Submitted);

    public bool HasSubmitted => Submissions.Any(s => s.State != SubmissionState.Draft);
}

/// <summary>The agency's periodic control report drafted in MotCua for the obligation's period (ADR-059), with where it stands.</summary>
internal sealed record DraftedControlReport(Guid Id, string? Number, ControlReports.Data.ControlReportState State, DateTime? ApprovedAt);

/// <summary>What the agency posts with its report: the form's revision, why, a note, the rows of Biểu 06a.</summary>
internal sealed class PreparedReport
{
    public string? Revision { get; set; }

    public string? Purpose { get; set; }

    public string? Note { get; set; }

    public List<ReportedRowInput> Rows { get; set; } = [];
}

/// <summary>
/// The report obligations (issue 13 §5; ADR-060): the province's schedule, the obligations generated from it, the agencies'
/// reports (prepared, submitted, re-submitted with history) and the province's view of them. Every read is scoped: an
/// agency officer sees their agency's obligations only, the province-wide roles all.
/// </summary>
internal sealed class ReportObligations(
    AppDbContext db, IAgencyScope scope, AuditLog audit, [FromKeyedServices(ReportObligations.StoreKey)] IFileStore store,
    IOptions<ObligationsOptions> options, IOptions<MetricsOptions> metricsOptions, TimeProvider clock)
{
    public const string StoreKey = "ReportObligations";

    /// <summary>Who may prepare an agency's report: its control office and its leader (the statistics' preparers, Policies.ReadReports).</summary>
    public static bool CanPrepare(ClaimsPrincipal user, IAgencyScope scope, Guid agencyId) =>
        !scope.IsProvinceWide && scope.AgencyId == agencyId && (user.IsInRole(Roles.ControlOfficer) || user.IsInRole(Roles.AgencyLeader));

    /// <summary>Who submits it: the agency's leader, who signs the report.</summary>
    public static bool CanSubmit(ClaimsPrincipal user, IAgencyScope scope, Guid agencyId) =>
        !scope.IsProvinceWide && scope.AgencyId == agencyId && user.IsInRole(Roles.AgencyLeader);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public bool IsProvinceWide => scope.IsProvinceWide;

    /// <summary>The calendar of a statutory period with the configured cut-off day.</summary>
    public PeriodCalendar Statutory => PeriodCalendar.Statutory(metricsOptions.Value.StatutoryCutOffDay);

    public int CutOffDay => metricsOptions.Value.StatutoryCutOffDay;

    public ResolvedRule Rule => metricsOptions.Value.ResolvedRule;

    // ---- Schedule (province officer) ----

    public async Task<IReadOnlyList<(ReportSchedule Line, string AgencyName)>> ScheduleAsync(CancellationToken cancellationToken) =>
        [.. (await (from s in db.ReportSchedules.AsNoTracking()
                    join a in OrganizationDirectory.Of(db).Agencies on s.AgencyId equals a.Id
                    orderby a.Code, s.Kind, s.Frequency
                    select new { s, a.Name }).ToListAsync(cancellationToken)).Select(x => (x.s, x.Name))];

    public async Task<IReadOnlyList<StatisticsAgency>> AgenciesAsync(CancellationToken cancellationToken) =>
        await OrganizationDirectory.Of(db).Agencies.Where(a => a.IsActive).OrderBy(a => a.Code).Select(a => new StatisticsAgency(a.Id, a.Name)).ToListAsync(cancellationToken);

    /// <summary>Adds a schedule line (or switches an existing one for the same agency, kind and frequency back on).</summary>
    public async Task<IReadOnlyList<RuleFailure>> AddScheduleAsync(string? agency, string? kind, string? frequency, string? calendar, Actor actor, CancellationToken cancellationToken)
    {
        var failures = new List<RuleFailure>();
        Guid agencyId = default;
        if (!Guid.TryParse(agency?.Trim(), out agencyId) || !await OrganizationDirectory.Of(db).Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            failures.Add(Problem("Agency", "Error_AgencyUnknown"));
        }

        var reportKind = ParseName<ReportKind>(kind, "Kind", "Error_Kind", failures);
        var period = ParseName<PeriodKind>(frequency, "Frequency", "Error_Frequency", failures);
        if (period is { } p && !ReportSchedule.IsScheduleFrequency(p))
        {
            failures.Add(Problem("Frequency", "Error_Frequency"));
        }

        var cut = ParseName<PeriodCalendarKind>(calendar, "Calendar", "Error_Calendar", failures);
        if (failures.Count > 0)
        {
            return failures;
        }

        var now = Now;
        var existing = await db.ReportSchedules.SingleOrDefaultAsync(s => s.AgencyId == agencyId && s.Kind == reportKind!.Value && s.Frequency == period!.Value, cancellationToken);
        var line = existing ?? ReportSchedule.Add(agencyId, reportKind!.Value, period!.Value, cut!.Value, actor.Name, now);
        if (existing is null)
        {
            db.ReportSchedules.Add(line);
        }
        else
        {
            existing.Set(true, cut!.Value, actor.Name, now);
        }

        audit.Record("ReportScheduleSet", nameof(ReportSchedule), line.Id, $"{agencyId} {line.Kind} {line.Frequency} {line.Calendar} on");
        return await SaveAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RuleFailure>> ToggleScheduleAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var line = await db.ReportSchedules.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (line is null)
        {
            return [Problem("", "Error_ScheduleUnknown")];
        }

        line.Set(!line.IsActive, line.Calendar, actor.Name, Now);
        audit.Record("ReportScheduleSet", nameof(ReportSchedule), line.Id, $"{line.AgencyId} {line.Kind} {line.Frequency} {line.Calendar} {(line.IsActive ? "on" : "off")}");
        return await SaveAsync(cancellationToken);
    }

    /// <summary>
    /// Generates the obligations of the period named by <paramref name="periodKey"/> (2026-Q4, 2026-H1, 2026) for every
    /// active schedule line of that frequency, each in its own calendar; those already there are left alone (idempotent).
    /// Returns how many were added, or the failures.
    /// </summary>
    public async Task<(int Added, IReadOnlyList<RuleFailure> Failures)> GenerateAsync(string? periodKey, CancellationToken cancellationToken)
    {
        var (named, problems) = ReportPeriodQuery.Parse(periodKey, null, null, PeriodCalendar.Calendar);
        if (named is null)
        {
            return (0, [.. problems.Select(p => p with { Field = "Period" })]);
        }

        if (!ReportSchedule.IsScheduleFrequency(named.Kind))
        {
            return (0, [Problem("Period", "Error_Frequency")]);
        }

        var lines = await db.ReportSchedules.AsNoTracking().Where(s => s.IsActive && s.Frequency == named.Kind).ToListAsync(cancellationToken);
        return await AddMissingAsync([.. lines.Select(line => (line, ReportPeriods.Of(named.Kind, named.Year, named.Number, CalendarOf(line))))], named.Key, cancellationToken);
    }

    /// <summary>
    /// Generates, for every active schedule line, the obligation of the last period of its frequency that has ended by today
    /// in the line's calendar — what the job <c>reports.obligations</c> does after each period end (ADR-060 addendum);
    /// those already there are left alone, as by the button. Returns how many were added, or the failures.
    /// </summary>
    public async Task<(int Added, IReadOnlyList<RuleFailure> Failures)> GenerateEndedAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var lines = await db.ReportSchedules.AsNoTracking().Where(s => s.IsActive).ToListAsync(cancellationToken);
        var due = lines.Where(line => ReportSchedule.IsScheduleFrequency(line.Frequency))
            .Select(line => (line, ReportPeriods.Previous(ReportPeriods.Containing(line.Frequency, today, CalendarOf(line))))).ToList();
        return await AddMissingAsync(due, "scheduled", cancellationToken);
    }

    private PeriodCalendar CalendarOf(ReportSchedule line) => line.Calendar == PeriodCalendarKind.Statutory ? Statutory : PeriodCalendar.Calendar;

    /// <summary>Adds the obligation of each line and period that is not there yet (a unique index keeps it once); one save.</summary>
    private async Task<(int Added, IReadOnlyList<RuleFailure> Failures)> AddMissingAsync(
        IReadOnlyList<(ReportSchedule Line, ReportPeriod Period)> due, string auditKey, CancellationToken cancellationToken)
    {
        var now = Now;
        var added = new List<ReportPeriod>();
        foreach (var (line, period) in due)
        {
            if (await db.ReportObligations.AnyAsync(o => o.AgencyId == line.AgencyId && o.Kind == line.Kind && o.PeriodFirst == period.First && o.PeriodLast == period.Last, cancellationToken))
            {
                continue;
            }

            db.ReportObligations.Add(ReportObligation.Generate(line.AgencyId, line.Kind, period, ObligationRules.DueOn(period, options.Value.DueDaysAfterPeriodEnd), now));
            added.Add(period);
        }

        if (added.Count > 0)
        {
            audit.Record("ReportObligationsGenerated", nameof(ReportObligation), auditKey,
                $"{string.Join(", ", added.Select(p => p.Key).Distinct(StringComparer.Ordinal))}: {added.Count}");
        }

        var failures = await SaveAsync(cancellationToken);
        return failures.Count > 0 ? (0, failures) : (added.Count, []);
    }

    // ---- Reading ----

    /// <summary>The obligations the caller may see: all for the province-wide roles, their agency's for everyone else.</summary>
    public IQueryable<ReportObligation> Visible() =>
        scope.IsProvinceWide ? db.ReportObligations.AsNoTracking()
        : scope.AgencyId is { } own ? db.ReportObligations.AsNoTracking().Where(o => o.AgencyId == own)
        : db.ReportObligations.AsNoTracking().Where(_ => false);

    /// <summary>The obligation with its versions, or null when it does not exist or is another agency's.</summary>
    public async Task<ObligationFile?> FileAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await (from o in Visible()
                           join a in OrganizationDirectory.Of(db).Agencies on o.AgencyId equals a.Id
                           where o.Id == id
                           select new { o, a.Name }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var submissions = await db.ReportSubmissions.AsNoTracking().Include(s => s.Rows)
            .Where(s => s.ObligationId == id).OrderByDescending(s => s.Sequence).ToListAsync(cancellationToken);
        submissions.ForEach(s => s.Rows.Sort((x, y) => x.Position.CompareTo(y.Position)));
        var drafted = found.o.Kind != ReportKind.ControlReport ? [] : await db.ControlReports.AsNoTracking()
            .Where(r => r.AgencyId == found.o.AgencyId && r.PeriodFirst == found.o.PeriodFirst && r.PeriodLast == found.o.PeriodLast)
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new DraftedControlReport(r.Id, r.Number, r.State, r.ApprovedAt))
            .ToListAsync(cancellationToken);
        return new ObligationFile(Summarise(found.o, found.Name), found.o.Revision, submissions, drafted);
    }

    public ObligationSummary Summarise(ReportObligation o, string agencyName) =>
        new(o.Id, o.AgencyId, agencyName, o.Kind, o.Period, o.DueOn, o.StatusAt(Now), o.FirstSubmittedAt);

    /// <summary>The live Biểu 06a of the obligation's agency and period, by field, counted from the facts (DossierStatistics).</summary>
    public async Task<StatisticsReport> LiveAsync(ObligationSummary obligation, DossierStatistics statistics, CancellationToken cancellationToken)
    {
        var period = obligation.Period;
        var query = new StatisticsQuery(
            period.Key, null, null, period.Calendar.Kind == PeriodCalendarKind.Statutory ? StatisticsQuery.StatutoryCalendar : StatisticsQuery.CalendarYear,
            obligation.AgencyId.ToString(), null, StatisticsQuery.Form06a, StatisticsQuery.ByField);
        var criteria = new StatisticsCriteria(period, StatisticsLayout.Form06a, StatisticsGrouping.Field, obligation.AgencyId, obligation.AgencyName, null, query);
        return await statistics.ReportAsync(criteria, cancellationToken);
    }

    /// <summary>The signed file of a version of an obligation the caller may see, or null.</summary>
    public async Task<(Stream Content, string ContentType, string FileName)?> SignedFileAsync(Guid obligationId, Guid submissionId, CancellationToken cancellationToken)
    {
        if (!await Visible().AnyAsync(o => o.Id == obligationId, cancellationToken))
        {
            return null;
        }

        var file = await db.ReportSubmissions.AsNoTracking().Where(s => s.Id == submissionId && s.ObligationId == obligationId && s.FileKey != null)
            .Select(s => new { s.FileKey, s.FileContentType, s.FileName }).SingleOrDefaultAsync(cancellationToken);
        return file is null ? null : (store.OpenRead(file.FileKey!), file.FileContentType!, file.FileName!);
    }

    // ---- Preparing and submitting (the agency) ----

    /// <summary>
    /// Saves the agency's draft (and, when <paramref name="submit"/>, submits it): the figures as typed, the note, the signed
    /// file when one is sent (PDF or .docx by content, at most the configured size). A form read before the last change is
    /// refused; nothing is written when anything is wrong. <paramref name="file"/> must be seekable.
    /// </summary>
    public async Task<IReadOnlyList<RuleFailure>> PrepareAsync(
        Guid obligationId, PreparedReport input, Stream? file, string? fileName, Actor actor, bool submit, CancellationToken cancellationToken)
    {
        var obligation = await db.ReportObligations.SingleAsync(o => o.Id == obligationId, cancellationToken);
        if (!Guid.TryParse(input.Revision?.Trim(), out var revision) || revision != obligation.Revision)
        {
            return [Problem("", "Error_Stale")];
        }

        var failures = new List<RuleFailure>();
        var hasSubmitted = await db.ReportSubmissions.AnyAsync(s => s.ObligationId == obligationId && s.State != SubmissionState.Draft, cancellationToken);
        var purpose = SubmissionPurpose.First;
        if (hasSubmitted)
        {
            purpose = ParseName<SubmissionPurpose>(input.Purpose, "Purpose", "Error_Purpose", failures) is { } chosen && chosen != SubmissionPurpose.First
                ? chosen
                : Failed(failures, "Purpose", "Error_Purpose");
        }

        if (input.Note?.Trim().Length > ReportSubmission.NoteLength)
        {
            failures.Add(Problem("Note", "Error_NoteTooLong", ReportSubmission.NoteLength));
        }

        IReadOnlyList<ReportSubmissionRow> rows = [];
        if (obligation.Kind == ReportKind.DossierStatistics)
        {
            var (read, rowFailures) = ReportedFigures.Read(input.Rows);
            rows = read;
            failures.AddRange(rowFailures);
        }

        AcceptedFileType? type = null;
        var hasFile = file is not null && file.Length - file.Position > 0;
        if (hasFile)
        {
            type = await SignedReportFile.DetectAsync(file!, cancellationToken);
            if (type is null)
            {
                failures.Add(Problem("File", "Error_FileType"));
            }
        }

        var draft = await db.ReportSubmissions.Include(s => s.Rows).SingleOrDefaultAsync(s => s.ObligationId == obligationId && s.State == SubmissionState.Draft, cancellationToken);
        // NĐ 63/2010 Điều 35 khoản 3: the control report is a document; until it is written here (ControlReports) the signed file is the report.
        if (submit && obligation.Kind == ReportKind.ControlReport && !hasFile && draft?.FileKey is null)
        {
            failures.Add(Problem("File", "Error_FileRequired"));
        }

        if (failures.Count > 0)
        {
            return failures;
        }

        StoredFile? stored = null;
        if (hasFile)
        {
            stored = await store.SaveAsync(file!, options.Value.FileMaxBytes, cancellationToken);
            if (stored is null)
            {
                return [Problem("File", "Error_FileTooLarge", options.Value.FileMaxBytes / (1024 * 1024))];
            }
        }

        string? replacedFile = null;
        try
        {
            var now = Now;
            if (draft is null)
            {
                var sequence = (await db.ReportSubmissions.Where(s => s.ObligationId == obligationId).MaxAsync(s => (int?)s.Sequence, cancellationToken) ?? 0) + 1;
                draft = ReportSubmission.Draft(obligationId, sequence, purpose, actor.Name, now);
                db.ReportSubmissions.Add(draft);
            }

            draft.Prepare(purpose, input.Note, rows, actor.Name, now);
            if (stored is not null)
            {
                replacedFile = draft.Attach(stored.Key, UploadFileName.Sanitise(fileName, type!), type!.ContentType, stored.Sha256);
            }

            db.Entry(obligation).Property(o => o.Revision).OriginalValue = revision;
            if (submit)
            {
                var inForce = await db.ReportSubmissions.Where(s => s.ObligationId == obligationId && s.State == SubmissionState.Submitted).ToListAsync(cancellationToken);
                inForce.ForEach(s => s.Supersede(now));
                draft.Submit(actor.UserId, actor.Name, now, obligation.DueAt);
                obligation.Submitted(now);
                audit.Record("ReportSubmitted", nameof(ReportObligation), obligation.Id,
                    $"{obligation.Kind} {obligation.PeriodFirst:yyyy-MM-dd}..{obligation.PeriodLast:yyyy-MM-dd} #{draft.Sequence} {draft.Purpose}{(draft.IsLate ? " late" : "")} rows={rows.Count} file={draft.FileSha256 ?? "-"}");
            }
            else
            {
                obligation.Touch();
                audit.Record("ReportPrepared", nameof(ReportObligation), obligation.Id, $"#{draft.Sequence} rows={rows.Count}");
            }

            // Once the file is stored, the rows are saved or the file is removed: a cancelled request must not split them.
            var saved = await SaveAsync(CancellationToken.None);
            if (saved.Count > 0)
            {
                if (stored is not null)
                {
                    store.Delete(stored.Key);
                }

                return saved;
            }
        }
        catch
        {
            if (stored is not null)
            {
                store.Delete(stored.Key);
            }

            throw;
        }

        if (replacedFile is not null)
        {
            store.Delete(replacedFile);
        }

        return [];
    }

    // ---- Helpers ----

    /// <summary>Saves; a concurrent change (the revision moved, or the same draft or schedule line was created meanwhile) is the stale-form failure.</summary>
    private async Task<IReadOnlyList<RuleFailure>> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return [Problem("", "Error_Stale")];
        }
    }

    private static T? ParseName<T>(string? text, string field, string rule, List<RuleFailure> failures)
        where T : struct, Enum
    {
        if (TypedValues.Named<T>(text) is { } parsed)
        {
            return parsed;
        }

        failures.Add(Problem(field, rule));
        return null;
    }

    private static SubmissionPurpose Failed(List<RuleFailure> failures, string field, string rule)
    {
        if (!failures.Any(f => f.Field == field))
        {
            failures.Add(Problem(field, rule));
        }

        return SubmissionPurpose.First;
    }

    public static RuleFailure Problem(string field, string name, params object[] arguments) =>
        new(field, ResourceText.Get<ObligationsText>(name, arguments), name);
}
