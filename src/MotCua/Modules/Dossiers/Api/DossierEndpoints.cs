using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Common.Web;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Processing;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Dossiers.ViewDossier;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers.Api;

/// <summary>
/// The dossier API for integrated systems (service accounts with an API key, scoped to one agency): submit a dossier
/// through the same desk checks and outcomes as the counter, list the agency's dossiers, read one dossier's state, act on
/// it through its internal process and print its forms.
/// </summary>
internal static class DossierEndpoints
{
    public const int MaxPageSize = 100;

    private static readonly EnumParameter<DossierStatus> Status = new("status");
    private static readonly BooleanParameter Overdue = new("overdue") { Description = "true: the appointment has passed and the dossier is still open; false: the others." };
    private static readonly DateParameter From = new("from", new DateOnly(2000, 1, 1), new DateOnly(2199, 12, 31)) { Description = "Submitted on or after this local date." };
    private static readonly DateParameter To = From with { Name = "to", Description = "Submitted on or before this local date." };
    private static readonly IntegerParameter Page = new("page", 1, int.MaxValue) { Default = 1 };
    private static readonly IntegerParameter PageSize = new("pageSize", 1, MaxPageSize) { Default = 20 };

    private static readonly IReadOnlySet<SubmissionChannel> ApiChannels = new HashSet<SubmissionChannel> { SubmissionChannel.Online, SubmissionChannel.Postal, SubmissionChannel.Direct };

    private static readonly Dictionary<string, string> FieldNames = new()
    {
        [nameof(IntakeInput.ProcedureCode)] = "procedureCode",
        [nameof(IntakeInput.ApplicantKind)] = "applicant.kind",
        [nameof(IntakeInput.Name)] = "applicant.name",
        [nameof(IntakeInput.IdentityNumber)] = "applicant.identityNumber",
        [nameof(IntakeInput.TaxCode)] = "applicant.taxCode",
        [nameof(IntakeInput.Address)] = "applicant.address",
        [nameof(IntakeInput.Phone)] = "applicant.phone",
        [nameof(IntakeInput.Email)] = "applicant.email",
        [nameof(IntakeInput.ProxyName)] = "applicant.proxyName",
        [nameof(IntakeInput.ProxyIdentityNumber)] = "applicant.proxyIdentityNumber",
        [nameof(IntakeInput.ProxyPhone)] = "applicant.proxyPhone",
        [nameof(IntakeInput.Channel)] = "channel",
        [nameof(IntakeInput.ReturnMethod)] = "returnMethod",
        [nameof(IntakeInput.SetCount)] = "setCount",
        [nameof(IntakeInput.Components)] = "components",
        [nameof(IntakeInput.Note)] = "note",
    };

    public static WebApplication MapDossierApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/dossiers").WithTags("Dossiers").RequireAuthorization(Policies.IntegrationApi);
        api.MapPost("/", SubmitAsync)
            .WithName("SubmitDossier")
            .WithSummary("Submit a dossier for the caller's agency")
            .WithDescription("Runs the one-stop desk's checks (NĐ 61/2018 Điều 17). `decision` Accept (default) issues a code and an appointment; "
                + "RequestCompletion records a completion request (Mẫu 02); Refuse needs `note` (Mẫu 03). Send an `Idempotency-Key` header "
                + "(≤ 100 characters): a retry with the same key and body returns the first answer and never creates a second dossier.")
            .Produces<DossierReceipt>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync)
            .WithParameters(Status, Overdue, From, To, Page, PageSize)
            .WithName("ListDossiers")
            .WithSummary("List the caller's agency's dossiers")
            .WithDescription("Filters: `status` (Received, Processing, …), `overdue` (true: the appointment has passed and the dossier is still open), "
                + "`from`/`to` (local dates yyyy-MM-dd of submission). Newest first; `page` ≥ 1, `pageSize` 1–100 (default 20).");
        api.MapGet("/{code}", GetAsync)
            .WithName("GetDossier")
            .WithSummary("A dossier's state by its code")
            .WithDescription("Status with the national code, appointments, components, history, and progress: the step log with each step's "
                + "due time and on-time class, supplements, extensions, the result, and the actions the caller may take now.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{code}/actions", ActAsync)
            .WithName("ActOnDossier")
            .WithSummary("Take an action on a dossier")
            .WithDescription("Takes one of the actions the dossier's state lists as allowed for the caller (its internal process decides which). "
                + "An action not allowed now, a broken rule (supplement window, extension rules…) or a stale `revision` answers 409 with the reason.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{code}/forms/{form}", FormAsync)
            .WithName("GetDossierForm")
            .WithSummary("A standard form of a dossier as PDF")
            .WithDescription("`form`: receipt (Mẫu 01), supplement (Mẫu 02), refusal (Mẫu 03), apology (Mẫu 04), stop (Mẫu 05), control (Phiếu kiểm soát). "
                + "The file is named after the dossier code and the form's number in the regime of its date, e.g. `H99.01.01-261206-0001-mau-01.pdf`. "
                + "404 when the dossier has no such form (yet).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> SubmitAsync(
        DossierSubmission submission, HttpContext http, AppDbContext db, DeskIntake intake, IAgencyScope scope, TimeProvider clock,
        IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var agencyId = scope.AgencyId!.Value;
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > IdempotencyRecord.MaxKeyLength || key.Any(char.IsControl))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Idempotency-Key"] = [ResourceText.Get<DossiersText>("Api_IdempotencyKeyInvalid")] });
        }

        if (submission.Components?.FindIndex(c => c is null) is >= 0 and var missing)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [$"components[{missing}]"] = [ResourceText.Get<DossiersText>("Api_ComponentNull")] });
        }

        var clientId = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var requestHash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(submission, json.Value.SerializerOptions)));
        if (key.Length > 0 && await StoredAnswerAsync(db, clientId, key, requestHash, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var decisionText = string.IsNullOrWhiteSpace(submission.Decision) ? nameof(DeskDecision.Accept) : submission.Decision.Trim();
        if (!Enum.TryParse<DeskDecision>(decisionText, ignoreCase: true, out var decision) || !Enum.IsDefined(decision) || decisionText.All(char.IsAsciiDigit))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["decision"] = [ResourceText.Get<DossiersText>("Api_DecisionInvalid")] });
        }

        var input = ToInput(submission);
        var (procedure, errors) = await intake.CheckAsync(input, decision, ApiChannels, cancellationToken);
        if (errors.Count > 0 || procedure is null)
        {
            return TypedResults.ValidationProblem(
                errors.ToProblemErrors(field => FieldNames.GetValueOrDefault(field, field)), title: ResourceText.Get<DossiersText>("Api_DossierInvalid"));
        }

        var actor = new Actor(null, http.User.Identity?.Name ?? "", http.Connection.RemoteIpAddress?.ToString());
        try
        {
            var dossier = await intake.DecideAsync(input, procedure, decision, agencyId, actor, null, cancellationToken, saved =>
            {
                if (key.Length > 0)
                {
                    db.IdempotencyRecords.Add(new IdempotencyRecord
                    {
                        Id = Guid.CreateVersion7(),
                        ClientId = clientId,
                        Key = key,
                        RequestHash = requestHash,
                        StatusCode = StatusCodes.Status201Created,
                        ResponseJson = JsonSerializer.Serialize(Receipt(saved), json.Value.SerializerOptions),
                        CreatedAt = clock.GetUtcNow().UtcDateTime,
                    });
                }
            });
            return TypedResults.Created($"/api/v1/dossiers/{dossier.Code ?? dossier.Id.ToString()}", Receipt(dossier));
        }
        catch (DbUpdateException) when (key.Length > 0)
        {
            // The transaction rolled back whole, the key's record with it. When a concurrent request with the same key
            // committed first, its answer is the answer; any other failure is not about the key and is not disguised as one.
            db.ChangeTracker.Clear();
            if (await StoredAnswerAsync(db, clientId, key, requestHash, cancellationToken) is { } first)
            {
                return first;
            }

            throw;
        }
    }

    private static async Task<Results<Ok<DossierListPage>, ValidationProblem>> ListAsync(
        string? status, string? overdue, string? from, string? to, string? page, string? pageSize,
        AppDbContext db, IAgencyScope scope, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Status.TryRead(status, out var statusFilter))
        {
            errors[Status.Name] = [ResourceText.Get<DossiersText>("Api_StatusInvalid", string.Join(", ", Enum.GetNames<DossierStatus>()))];
        }

        if (!Overdue.TryRead(overdue, out var overdueFilter))
        {
            errors[Overdue.Name] = [ResourceText.Get<DossiersText>("Api_OverdueInvalid")];
        }

        if (!From.TryRead(from, out var fromDate))
        {
            errors[From.Name] = [DateError(From)];
        }

        if (!To.TryRead(to, out var toDate))
        {
            errors[To.Name] = [DateError(To)];
        }

        if (!Page.TryRead(page, out var pageNumber))
        {
            errors[Page.Name] = [IntegerError(Page)];
        }

        if (!PageSize.TryRead(pageSize, out var size))
        {
            errors[PageSize.Name] = [IntegerError(PageSize)];
        }

        if (errors.Count > 0 || pageNumber is not { } number || size is not { } count)
        {
            return TypedResults.ValidationProblem(errors, title: ResourceText.Get<DossiersText>("Api_ParametersInvalid"));
        }

        var dossiers = db.Dossiers.AsNoTracking().Where(d => d.AgencyId == scope.AgencyId);
        if (statusFilter is { } s)
        {
            dossiers = dossiers.Where(d => d.Status == s);
        }

        if (overdueFilter is { } late)
        {
            dossiers = dossiers.Where(LegalTimeStatus.OverdueAt(clock.GetUtcNow().UtcDateTime, late));
        }

        if (fromDate is { } f)
        {
            var start = VietnamTime.StartOfLocalDayUtc(f);
            dossiers = dossiers.Where(d => d.SubmittedAt >= start);
        }

        if (toDate is { } t)
        {
            var end = VietnamTime.StartOfLocalDayUtc(t.AddDays(1));
            dossiers = dossiers.Where(d => d.SubmittedAt < end);
        }

        var total = await dossiers.CountAsync(cancellationToken);
        var rows = await dossiers.OrderByDescending(d => d.SubmittedAt).ThenBy(d => d.Id)
            .Skip((int)Math.Min(int.MaxValue, (long)(number - 1) * count)).Take(count)
            .Select(d => new { d.Code, d.Status, d.ProcedureCode, d.ProcedureName, d.SubmittedAt, d.ReceivedAt, d.DueAt })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new DossierListItem(r.Code, r.Status, (int)r.Status, r.ProcedureCode, r.ProcedureName, r.SubmittedAt.AsInstant(), r.ReceivedAt.AsInstant(), r.DueAt.AsInstant())).ToList();
        return TypedResults.Ok(new DossierListPage(items, total, number, count));
    }

    private static async Task<Results<Ok<DossierState>, ProblemHttpResult>> GetAsync(
        string code, HttpContext http, AppDbContext db, IAgencyScope scope, DossierProcessing processing, TimeProvider clock, AuditKeyRing keys,
        CancellationToken cancellationToken)
    {
        var id = await FindAsync(code, db, scope, cancellationToken);
        if (id is null || await processing.LoadAsync(id.Value, cancellationToken) is not { } work)
        {
            return NotFound(code);
        }

        return TypedResults.Ok(await StateAsync(work, http, db, scope, clock, keys, cancellationToken));
    }

    private static async Task<Results<Ok<DossierState>, ValidationProblem, ProblemHttpResult>> ActAsync(
        string code, DossierActionRequest request, HttpContext http, AppDbContext db, IAgencyScope scope, DossierProcessing processing, TimeProvider clock,
        AuditKeyRing keys, CancellationToken cancellationToken)
    {
        var id = await FindAsync(code, db, scope, cancellationToken);
        if (id is null || await processing.LoadAsync(id.Value, cancellationToken) is not { } work)
        {
            return NotFound(code);
        }

        var errors = new Dictionary<string, string[]>();
        var command = ParseName<DossierCommand>(request.Action, "action", errors);
        var via = ParseName<ReturnMethod>(request.ReturnVia, "returnVia", errors);
        var fees = ParseName<FeeStatus>(request.Fees, "fees", errors);
        if (command is null)
        {
            errors.TryAdd("action", [ResourceText.Get<DossiersText>("Api_ActionRequired")]);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: ResourceText.Get<DossiersText>("Api_ActionInvalid"));
        }

        var who = Performer(http, scope);
        var candidates = ProcessEngine.Available(work, who).Where(a => a.Command == command && a.TaskId is not null).Select(a => a.TaskId).Distinct().ToList();
        if (request.TaskId is null && candidates.Count > 1)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["taskId"] = [ResourceText.Get<DossiersText>("Api_TaskIdRequired")] }, title: ResourceText.Get<DossiersText>("Api_ActionInvalid"));
        }

        // Without a task that allows the action now, the engine refuses it with 409 and the allowed actions.
        var taskId = request.TaskId ?? (candidates.Count == 1 ? candidates[0] : TaskOf(work, command!.Value));
        var input = new DossierCommandInput(
            command!.Value, taskId, request.Revision, request.Comment, request.ResultNumber, request.ResultDate, null, via, request.TrackingNumber, fees,
            request.RequestedOn, request.AgencyId);
        var invalid = DossierCommandRules.Validate(input, VietnamTime.Today(clock));
        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid.ToProblemErrors(JsonName), title: ResourceText.Get<DossiersText>("Api_ActionInvalid"));
        }

        try
        {
            ProcessEngine.Execute(work, who, input, clock.GetUtcNow().UtcDateTime);
            await processing.SaveAsync(work, cancellationToken);
        }
        catch (BusinessRuleException rule)
        {
            return TypedResults.Problem(
                title: rule.Message, statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["rule"] = rule.Rule, ["allowedActions"] = await AllowedNowAsync(id.Value, processing, who, cancellationToken) });
        }

        return TypedResults.Ok(await StateAsync(work, http, db, scope, clock, keys, cancellationToken));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FormAsync(
        string code, string form, AppDbContext db, IAgencyScope scope, DossierForms forms, CancellationToken cancellationToken)
    {
        var id = await FindAsync(code, db, scope, cancellationToken);
        var file = id is { } dossierId ? await forms.RenderAsync(dossierId, form, cancellationToken) : null;
        return file is { } f
            ? TypedResults.File(f.Pdf, "application/pdf", f.FileName)
            : TypedResults.Problem(title: ResourceText.Get<DossiersText>("Api_FormNotAvailable"), statusCode: StatusCodes.Status404NotFound);
    }

    /// <summary>The dossier's id by code, when the caller's agency received it or works on it (liên thông).</summary>
    private static async Task<Guid?> FindAsync(string code, AppDbContext db, IAgencyScope scope, CancellationToken cancellationToken)
    {
        if (!DossierCode.TryParse(code, out var parsed))
        {
            return null;
        }

        var text = parsed.Value.ToString();
        return await db.Dossiers.AsNoTracking()
            .Where(d => d.Code == text && (d.AgencyId == scope.AgencyId || db.DossierTasks.Any(t => t.DossierId == d.Id && t.AgencyId == scope.AgencyId)))
            .Select(d => (Guid?)d.Id)
            .SingleOrDefaultAsync(cancellationToken);
    }

    private static ProblemHttpResult NotFound(string code) =>
        TypedResults.Problem(
            title: ResourceText.Get<DossiersText>(DossierCode.TryParse(code, out _) ? "Api_DossierNotFound" : "Api_DossierCodeInvalid"),
            statusCode: StatusCodes.Status404NotFound);

    private static async Task<DossierState> StateAsync(
        DossierWork work, HttpContext http, AppDbContext db, IAgencyScope scope, TimeProvider clock, AuditKeyRing keys, CancellationToken cancellationToken)
    {
        var dossier = work.Dossier;
        var events = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == dossier.Id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var steps = work.Tasks.Concat(work.Created).OrderBy(t => t.Sequence).Select(t =>
        {
            var timing = t.Timing(work.CalendarOf(t.AgencyId), now, work.Policy.OnTimeGranularity);
            return new DossierStepState(t.Id, t.Sequence, t.Kind.ToString(), t.Name, t.HolderName, t.ReceivedAt.AsInstant(), t.DueAt.AsInstant(), t.CompletedAt.AsInstant(), t.Outcome, timing.Class.ToString(), t.IsOpen);
        }).ToList();
        var time = dossier.TimeStatus(work.CalendarOf(dossier.AgencyId), now, work.Policy.OnTimeGranularity);
        var progress = new DossierProgress(
            steps,
            [.. dossier.Supplements.Select(x => new DossierSupplementState(x.RequestedAt.AsInstant(), x.Request, x.CompletedAt.AsInstant()))],
            [.. dossier.Extensions.Select(x => new DossierExtensionState(x.RequestedAt.AsInstant(), x.Reason, x.PreviousDueAt.AsInstant(), x.ProposedDueAt.AsInstant(), x.Decision.ToString()))],
            dossier.Outcome?.ToString(),
            dossier.ResultNumber,
            dossier.ResultDate,
            dossier.FinishedAt.AsInstant(),
            dossier.ReturnedAt.AsInstant(),
            time?.Legal.Class.ToString(),
            time?.Statistic.Class.ToString(),
            time?.Legal.WaitingForApplicant,
            [.. ProcessEngine.Available(work, Performer(http, scope)).Select(a => new AllowedAction(a.Command.ToString(), a.TaskId))]);
        return new DossierState(
            dossier.Code!,
            dossier.Status,
            (int)dossier.Status,
            dossier.ProcedureCode,
            dossier.ProcedureName,
            dossier.Channel,
            dossier.ReturnMethod,
            dossier.SubmittedAt.AsInstant(),
            dossier.ReceivedAt.AsInstant(),
            dossier.DueAt.AsInstant(),
            dossier.OriginalDueAt.AsInstant(),
            dossier.Components.Select(c => new DossierComponentState(c.Position, c.Name, c.Provided, c.Digitised, c.Exemption)).ToList(),
            events.Select(e => new DossierHistoryItem(e.Sequence, e.At.AsInstant(), e.Action, e.FromStatus, e.ToStatus)).ToList(),
            HistoryChain.Check(dossier, events, keys) is null,
            dossier.Revision,
            progress);
    }

    private static async Task<List<AllowedAction>> AllowedNowAsync(Guid id, DossierProcessing processing, Performer who, CancellationToken cancellationToken)
    {
        var fresh = await processing.LoadAsync(id, cancellationToken);
        return fresh is null ? [] : [.. ProcessEngine.Available(fresh, who).Select(a => new AllowedAction(a.Command.ToString(), a.TaskId))];
    }

    /// <summary>Any open task, so that a task action the caller may not take now reaches the engine and is refused there.</summary>
    private static Guid? TaskOf(DossierWork work, DossierCommand command) =>
        DossierCommandInput.IsOnTask(command) ? work.OpenTasks.Select(t => (Guid?)t.Id).FirstOrDefault() ?? Guid.Empty : null;

    private static Performer Performer(HttpContext http, IAgencyScope scope) =>
        new(new Actor(null, http.User.Identity?.Name ?? "", http.Connection.RemoteIpAddress?.ToString()), http.User, scope);

    private static string JsonName(string property) => char.ToLowerInvariant(property[0]) + property[1..];

    private static T? ParseName<T>(string? raw, string name, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (Enum.TryParse<T>(raw.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !raw.Trim().All(char.IsAsciiDigit))
        {
            return value;
        }

        errors[name] = [ResourceText.Get<DossiersText>("Api_EnumInvalid", name, string.Join(", ", Enum.GetNames<T>()))];
        return null;
    }

    private static async Task<IResult?> StoredAnswerAsync(AppDbContext db, string clientId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var stored = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.ClientId == clientId && r.Key == key, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        return stored.RequestHash == requestHash
            ? TypedResults.Text(stored.ResponseJson, "application/json", Encoding.UTF8, stored.StatusCode)
            : TypedResults.Problem(
                title: ResourceText.Get<DossiersText>("Api_IdempotencyKeyReused"),
                detail: ResourceText.Get<DossiersText>("Api_IdempotencyKeyReusedDetail"),
                statusCode: StatusCodes.Status409Conflict);
    }

    private static DossierReceipt Receipt(Dossier d) => new(
        d.Id,
        d.Code,
        d.Status,
        (int)d.Status,
        d.SubmittedAt.AsInstant(),
        d.ReceivedAt.AsInstant(),
        d.DueAt.AsInstant(),
        d.DueExplanation,
        d.Status == DossierStatus.SupplementRequested ? d.DeskNote : null,
        d.Status == DossierStatus.NotAccepted ? d.DeskNote : null);

    private static IntakeInput ToInput(DossierSubmission s) => new()
    {
        ProcedureCode = s.ProcedureCode,
        ApplicantKind = s.Applicant?.Kind ?? nameof(ApplicantKind.Individual),
        Name = s.Applicant?.Name,
        IdentityNumber = s.Applicant?.IdentityNumber,
        TaxCode = s.Applicant?.TaxCode,
        Address = s.Applicant?.Address,
        Phone = s.Applicant?.Phone,
        Email = s.Applicant?.Email,
        ProxyName = s.Applicant?.ProxyName,
        ProxyIdentityNumber = s.Applicant?.ProxyIdentityNumber,
        ProxyPhone = s.Applicant?.ProxyPhone,
        Channel = s.Channel ?? nameof(SubmissionChannel.Online),
        ReturnMethod = s.ReturnMethod ?? nameof(ReturnMethod.Online),
        SetCount = s.SetCount ?? 1,
        Components = s.Components ?? [],
        Note = s.Note,
    };

    private static string DateError(DateParameter parameter) =>
        ResourceText.Get<DossiersText>(
            "Api_DateInvalid", parameter.Name, parameter.Minimum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), parameter.Maximum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string IntegerError(IntegerParameter parameter) =>
        ResourceText.Get<DossiersText>(
            "Api_IntegerInvalid", parameter.Name, parameter.Minimum.ToString(CultureInfo.InvariantCulture), parameter.Maximum.ToString(CultureInfo.InvariantCulture));
}
