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
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Common.Web;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Integration.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Integration;

/// <summary>
/// The dossier API for integrated systems (service accounts with an API key, scoped to one agency): submit a dossier
/// through the same desk checks and outcomes as the counter, list the agency's dossiers, read one dossier's state, act on
/// it through its internal process and print its forms. The work is the dossiers module's (<see cref="AgencyDossiers"/>);
/// here are the addresses, the OpenAPI description, the parameters and the idempotency of submissions.
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

    public static WebApplication MapDossierEndpoints(this WebApplication app)
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
        DossierSubmission submission, HttpContext http, AppDbContext db, AgencyDossiers dossiers, IAgencyScope scope, TimeProvider clock,
        IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var agencyId = scope.AgencyId!.Value;
        if (Idempotency.KeyOf(http) is not { } key)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Idempotency.Header] = [ResourceText.Get<IntegrationText>("Api_IdempotencyKeyInvalid")] });
        }

        if (submission.Components?.FindIndex(c => c is null) is >= 0 and var missing)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [$"components[{missing}]"] = [ResourceText.Get<IntegrationText>("Api_ComponentNull")] });
        }

        var clientId = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var requestHash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(submission, json.Value.SerializerOptions)));
        if (key.Length > 0 && await StoredAnswerAsync(db, clientId, key, requestHash, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var decisionText = string.IsNullOrWhiteSpace(submission.Decision) ? nameof(DeskDecision.Accept) : submission.Decision.Trim();
        if (!TypedValues.TryNamed<DeskDecision>(decisionText, out var decision))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["decision"] = [ResourceText.Get<IntegrationText>("Api_DecisionInvalid")] });
        }

        try
        {
            var result = await dossiers.SubmitAsync(ToInput(submission), decision, agencyId, ActorOf(http), key.Length == 0 ? null : receipt =>
                db.IdempotencyRecords.Add(Idempotency.Record(
                    clientId, key, requestHash, StatusCodes.Status201Created, JsonSerializer.Serialize(receipt, json.Value.SerializerOptions), clock.GetUtcNow().UtcDateTime)),
                cancellationToken);
            if (result.Receipt is not { } accepted)
            {
                return TypedResults.ValidationProblem(
                    result.Errors.ToProblemErrors(field => FieldNames.GetValueOrDefault(field, field)), title: ResourceText.Get<IntegrationText>("Api_DossierInvalid"));
            }

            return TypedResults.Created($"/api/v1/dossiers/{accepted.Code ?? accepted.Id.ToString()}", accepted);
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
        AgencyDossiers dossiers, IAgencyScope scope, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Status.TryRead(status, out var statusFilter))
        {
            errors[Status.Name] = [ResourceText.Get<IntegrationText>("Api_StatusInvalid", string.Join(", ", Enum.GetNames<DossierStatus>()))];
        }

        if (!Overdue.TryRead(overdue, out var overdueFilter))
        {
            errors[Overdue.Name] = [ResourceText.Get<IntegrationText>("Api_OverdueInvalid")];
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
            return TypedResults.ValidationProblem(errors, title: ResourceText.Get<IntegrationText>("Api_ParametersInvalid"));
        }

        var filter = new AgencyDossierFilter(statusFilter, overdueFilter, fromDate, toDate);
        return TypedResults.Ok(await dossiers.ListAsync(scope.AgencyId!.Value, filter, number, count, cancellationToken));
    }

    private static async Task<Results<Ok<DossierState>, ProblemHttpResult>> GetAsync(
        string code, HttpContext http, AgencyDossiers dossiers, IAgencyScope scope, CancellationToken cancellationToken)
    {
        var id = await dossiers.FindAsync(code, scope, cancellationToken);
        return id is { } dossierId && await dossiers.StateAsync(dossierId, http.User, scope, ActorOf(http), cancellationToken) is { } state
            ? TypedResults.Ok(state)
            : NotFound(code);
    }

    private static async Task<Results<Ok<DossierState>, ValidationProblem, ProblemHttpResult>> ActAsync(
        string code, DossierActionRequest request, HttpContext http, AgencyDossiers dossiers, IAgencyScope scope, CancellationToken cancellationToken)
    {
        if (await dossiers.FindAsync(code, scope, cancellationToken) is not { } id)
        {
            return NotFound(code);
        }

        var (action, errors) = DossierActionParsing.Parse(request);
        var result = action is null ? DossierActionResult.Invalid(errors) : await dossiers.ActAsync(id, action, http.User, scope, ActorOf(http), cancellationToken);
        if (result.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                result.Errors.ToProblemErrors(DossierActionParsing.JsonName), title: ResourceText.Get<IntegrationText>("Api_ActionInvalid"));
        }

        if (result.BrokenRule is { } rule)
        {
            return TypedResults.Problem(
                title: rule.Message, statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["rule"] = rule.Rule, ["allowedActions"] = result.AllowedActions });
        }

        return result.State is { } state ? TypedResults.Ok(state) : NotFound(code);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FormAsync(
        string code, string form, AgencyDossiers dossiers, IAgencyScope scope, CancellationToken cancellationToken)
    {
        var id = await dossiers.FindAsync(code, scope, cancellationToken);
        var file = id is { } dossierId ? await dossiers.FormAsync(dossierId, form, cancellationToken) : null;
        return file is { } f
            ? TypedResults.File(f.Pdf, "application/pdf", f.FileName)
            : TypedResults.Problem(title: ResourceText.Get<IntegrationText>("Api_FormNotAvailable"), statusCode: StatusCodes.Status404NotFound);
    }

    private static ProblemHttpResult NotFound(string code) =>
        TypedResults.Problem(
            title: ResourceText.Get<IntegrationText>(DossierCode.TryParse(code, out _) ? "Api_DossierNotFound" : "Api_DossierCodeInvalid"),
            statusCode: StatusCodes.Status404NotFound);

    private static Actor ActorOf(HttpContext http) => new(null, http.User.Identity?.Name ?? "", http.Connection.RemoteIpAddress?.ToString());

    private static async Task<IResult?> StoredAnswerAsync(AppDbContext db, string clientId, string key, string requestHash, CancellationToken cancellationToken)
    {
        if (await Idempotency.FindAsync(db, clientId, key, cancellationToken) is not { } stored)
        {
            return null;
        }

        return stored.RequestHash == requestHash
            ? TypedResults.Text(stored.ResponseJson, "application/json", Encoding.UTF8, stored.StatusCode)
            : TypedResults.Problem(title: Idempotency.ReusedTitle, detail: Idempotency.ReusedDetail, statusCode: StatusCodes.Status409Conflict);
    }

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
        ResourceText.Get<IntegrationText>(
            "Api_DateInvalid", parameter.Name, parameter.Minimum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), parameter.Maximum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string IntegerError(IntegerParameter parameter) =>
        ResourceText.Get<IntegrationText>(
            "Api_IntegerInvalid", parameter.Name, parameter.Minimum.ToString(CultureInfo.InvariantCulture), parameter.Maximum.ToString(CultureInfo.InvariantCulture));
}
