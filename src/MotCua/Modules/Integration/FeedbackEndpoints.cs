using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Common.Web;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Integration;

/// <summary>
/// The PAKN API for an agency's integrated system (ADR-046 §8; service accounts with an API key, ADR-012): submit a PAKN
/// for the key's agency, list and read its PAKN with the sender's contact, and act on them with the rights of the agency's
/// control office. The work is the Feedback module's (<see cref="PetitionIntake"/>, <see cref="AgencyPetitions"/>,
/// <see cref="AgencyPetitions.ActAsync"/>); here are the addresses, the OpenAPI description, the parameters and idempotency.
/// A PAKN with files comes as <c>multipart/form-data</c>: the JSON body as the part <see cref="PetitionPart"/> and each file
/// as a part <see cref="FilesPart"/>, read by a second endpoint on the same address (chosen by content type).
/// </summary>
internal static class FeedbackEndpoints
{
    public const int MaxPageSize = 100;

    public const string PetitionPart = "petition";

    public const string FilesPart = "files";

    private const string Kind = "feedback";

    private static readonly UploadForm Attachments = new(
        FilesPart, "One file per part: PDF, JPEG or PNG by content, at most Feedback:Attachments:MaxBytes (10 MB) each and Feedback:Attachments:MaxCount (5) in all.")
    {
        JsonPart = PetitionPart,
    };

    private static readonly EnumParameter<PetitionStatus> Status = new("status");
    private static readonly IntegerParameter Page = new("page", 1, int.MaxValue) { Default = 1 };
    private static readonly IntegerParameter PageSize = new("pageSize", 1, MaxPageSize) { Default = 20 };

    public static WebApplication MapFeedbackEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/feedback").WithTags("Feedback").RequireAuthorization(Policies.IntegrationApi);
        api.MapPost("/", SubmitJsonAsync)
            .WithName("SubmitPetition")
            .WithSummary("Send a PAKN to the caller's agency")
            .WithDescription("Checks as the portal does (NĐ 20/2008 Điều 7: name and a contact) and answers the code (PAKN.YYYYMMDD.NNNN), the deadline "
                + "and the check digits that open the tracking page. Send an `Idempotency-Key` header (≤ 100 characters): a retry with the same key "
                + "and body returns the first answer and never creates a second PAKN; the same key with another body answers 409. "
                + "With attachments, send `multipart/form-data`: the part `petition` holds the same JSON (a form field, no file name) and each part `files` "
                + "one file, checked as the portal checks them; the idempotency of a form covers the JSON and every file's name and bytes. "
                + "`checkDigits` are the 4 digits that, with the code, open the tracking page /tra-cuu-pakn: the last 4 of the sender's phone when "
                + "`checkDigitsArePhone` is true, otherwise random digits that only this answer gives, so the sender must be told them.")
            .WithMetadata(Attachments)
            .Produces<PetitionReceipt>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/", SubmitFormAsync)
            .Accepts<IFormCollection>("multipart/form-data")
            .ExcludeFromDescription();
        api.MapGet("/", ListAsync)
            .WithParameters(Status, Page, PageSize)
            .WithName("ListPetitions")
            .WithSummary("List the PAKN the caller's agency holds or received")
            .WithDescription("Newest first; `status` (New, Received, Processing, …), `page` ≥ 1, `pageSize` 1–100 (default 20).");
        api.MapGet("/{code}", GetAsync)
            .WithName("GetPetition")
            .WithSummary("A PAKN by its code, with the sender's contact")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{code}/actions", ActionsAsync)
            .WithName("GetPetitionActions")
            .WithSummary("The actions the caller may take on a PAKN now")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{code}/actions", ActAsync)
            .WithName("ActOnPetition")
            .WithSummary("Take an action on a PAKN")
            .WithDescription("One of the allowed actions, with what it needs (ADR-046 §3). An action not allowed now answers 409 with `allowedActions`; "
                + "a PAKN of another agency 404.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static Task<IResult> SubmitJsonAsync(
        PetitionPayload payload, HttpContext http, AppDbContext db, PetitionIntake intake, IAgencyScope scope, TimeProvider clock,
        IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        SubmitAsync(
            payload, [], Idempotency.Hash(Kind, JsonSerializer.SerializeToUtf8Bytes(payload, json.Value.SerializerOptions)), http, db, intake, scope, clock,
            json.Value.SerializerOptions, cancellationToken);

    /// <summary>The multipart submission: read within the portal's limits, then submitted exactly as the JSON body is.</summary>
    private static async Task<IResult> SubmitFormAsync(
        HttpContext http, AppDbContext db, PetitionIntake intake, IAgencyScope scope, TimeProvider clock, IOptions<JsonOptions> json,
        IOptions<FeedbackOptions> options, IStringLocalizer<SharedText> shared, CancellationToken cancellationToken)
    {
        var limits = options.Value.Attachments;
        if (!PetitionUploadLimitsAttribute.TryApply(http))
        {
            return TooLarge(limits);
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limits);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // No boundary, a broken part, or a part over the form reader's limits.
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [""] = [Text("Api_MultipartInvalid", limits.MaxCount, limits.MaxMegabytes)] }, title: Text("Api_PetitionInvalid"));
        }

        if (NulCharacterGuard.RefuseForm(form, shared) is { } refused)
        {
            return refused;
        }

        // Nothing sent is silently dropped: a file in a part of another name (or none), or text where files are expected.
        var errors = new Dictionary<string, string[]>();
        List<string> misplaced = [.. form.Files.Where(f => f.Name != FilesPart).Select(f => Text("Api_FilePartMisnamed", f.FileName, FilesPart))];
        if (form[FilesPart].Any(v => !string.IsNullOrEmpty(v)))
        {
            misplaced.Add(Text("Api_FilesPartNotFile", FilesPart));
        }

        if (misplaced.Count > 0)
        {
            errors[FilesPart] = [.. misplaced];
        }

        var payload = ReadPetitionPart(form, json.Value.SerializerOptions, shared, errors);
        if (payload is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: Text("Api_PetitionInvalid"));
        }

        var files = form.Files.GetFiles(FilesPart);
        var requestHash = await Idempotency.HashAsync(Kind, JsonSerializer.SerializeToUtf8Bytes(payload, json.Value.SerializerOptions), files, cancellationToken);
        return await SubmitAsync(payload, files, requestHash, http, db, intake, scope, clock, json.Value.SerializerOptions, cancellationToken);
    }

    /// <summary>The JSON of the form's one <see cref="PetitionPart"/> field, read as the JSON body is; null with the reason in <paramref name="errors"/>.</summary>
    private static PetitionPayload? ReadPetitionPart(IFormCollection form, JsonSerializerOptions json, IStringLocalizer<SharedText> shared, Dictionary<string, string[]> errors)
    {
        if (form[PetitionPart] is not [{ } text])
        {
            errors[PetitionPart] = [Text("Api_PetitionPartRequired", PetitionPart)];
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        if (NulCharacterGuard.FindInJson(bytes) is { } path)
        {
            errors[PetitionPart + "." + path] = [shared["Input_NulCharacter"]];
            return null;
        }

        PetitionPayload? payload = null;
        try
        {
            payload = JsonSerializer.Deserialize<PetitionPayload>(bytes, json);
        }
        catch (JsonException)
        {
            // Reported below, as null is.
        }

        if (payload is null)
        {
            errors[PetitionPart] = [Text("Api_PetitionPartInvalid", PetitionPart)];
        }

        return payload;
    }

    private static ProblemHttpResult TooLarge(FeedbackAttachmentOptions limits) =>
        TypedResults.Problem(title: Text("Api_PetitionFormTooLarge", limits.MaxCount, limits.MaxMegabytes), statusCode: StatusCodes.Status413PayloadTooLarge);

    private static async Task<IResult> SubmitAsync(
        PetitionPayload payload, IReadOnlyList<IFormFile> files, string requestHash, HttpContext http, AppDbContext db, PetitionIntake intake, IAgencyScope scope,
        TimeProvider clock, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        if (Idempotency.KeyOf(http) is not { } key)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Idempotency.Header] = [Text("Api_IdempotencyKeyInvalid")] });
        }

        var clientId = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        if (key.Length > 0 && await StoredAnswerAsync(db, clientId, key, requestHash, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var (submission, errors) = FeedbackParsing.Parse(payload);
        var streams = files.Select(f => f.OpenReadStream()).ToList();
        try
        {
            var result = submission is null ? new PetitionIntakeResult(null, errors) : await intake.SubmitAsync(
                submission, [.. files.Select((f, i) => new PetitionUpload(streams[i], f.FileName))], PetitionChannel.Api, ActorOf(http), scope.AgencyId!.Value, null,
                key.Length == 0 ? null : receipt => db.IdempotencyRecords.Add(Idempotency.Record(
                    clientId, key, requestHash, StatusCodes.Status201Created, JsonSerializer.Serialize(receipt, json), clock.GetUtcNow().UtcDateTime)),
                cancellationToken);
            return result.Receipt is { } receipt
                ? TypedResults.Created($"/api/v1/feedback/{receipt.Code}", receipt)
                : TypedResults.ValidationProblem(result.Errors.ToProblemErrors(FeedbackParsing.JsonName), title: Text("Api_PetitionInvalid"));
        }
        catch (DbUpdateException) when (key.Length > 0)
        {
            // A concurrent request with the same key committed first: its answer is the answer (as for dossiers).
            db.ChangeTracker.Clear();
            if (await StoredAnswerAsync(db, clientId, key, requestHash, cancellationToken) is { } first)
            {
                return first;
            }

            throw;
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    private static async Task<Results<Ok<AgencyPetitionPage>, ValidationProblem>> ListAsync(
        string? status, string? page, string? pageSize, AgencyPetitions petitions, IAgencyScope scope, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Status.TryRead(status, out var statusFilter))
        {
            errors[Status.Name] = [Text("Api_PetitionStatusInvalid", string.Join(", ", Enum.GetNames<PetitionStatus>()))];
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
            return TypedResults.ValidationProblem(errors, title: Text("Api_ParametersInvalid"));
        }

        return TypedResults.Ok(await petitions.ListAsync(scope.AgencyId!.Value, statusFilter, number, count, cancellationToken));
    }

    private static async Task<Results<Ok<AgencyPetition>, ProblemHttpResult>> GetAsync(
        string code, HttpContext http, AgencyPetitions petitions, IAgencyScope scope, CancellationToken cancellationToken)
    {
        var agencyId = scope.AgencyId!.Value;
        return await petitions.FindAsync(code, agencyId, cancellationToken) is { } id && await petitions.StateAsync(id, ActorOf(http), agencyId, cancellationToken) is { } state
            ? TypedResults.Ok(state)
            : NotFound(code);
    }

    private static async Task<Results<Ok<PetitionActions>, ProblemHttpResult>> ActionsAsync(
        string code, HttpContext http, AgencyPetitions petitions, IAgencyScope scope, CancellationToken cancellationToken)
    {
        var agencyId = scope.AgencyId!.Value;
        return await petitions.FindAsync(code, agencyId, cancellationToken) is { } id && await petitions.StateAsync(id, ActorOf(http), agencyId, cancellationToken) is { } state
            ? TypedResults.Ok(new PetitionActions(state.Code, state.Status, state.AllowedActions))
            : NotFound(code);
    }

    private static async Task<Results<Ok<AgencyPetition>, ValidationProblem, ProblemHttpResult>> ActAsync(
        string code, PetitionActionRequest request, HttpContext http, AgencyPetitions petitions, IAgencyScope scope, CancellationToken cancellationToken)
    {
        var agencyId = scope.AgencyId!.Value;
        if (await petitions.FindAsync(code, agencyId, cancellationToken) is not { } id)
        {
            return NotFound(code);
        }

        var (command, errors) = FeedbackParsing.Parse(request);
        var result = command is null ? new PetitionActResult(null, null, [], errors, null)
            : await petitions.ActAsync(id, command, ActorOf(http), agencyId, cancellationToken);
        if (result.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(result.Errors.ToProblemErrors(FeedbackParsing.JsonName), title: Text("Api_ActionInvalid"));
        }

        if (result.BrokenRule is { } rule)
        {
            return TypedResults.Problem(
                title: rule.Message, statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["rule"] = rule.Rule, ["allowedActions"] = result.Allowed.Select(a => a.ToString()).ToList() });
        }

        var state = result.Succeeded ? await petitions.StateAsync(id, ActorOf(http), agencyId, cancellationToken) : null;
        return state is null ? NotFound(code) : TypedResults.Ok(state);
    }

    private static ProblemHttpResult NotFound(string code) =>
        TypedResults.Problem(title: Text(PetitionCode.TryParse(code, out _) ? "Api_PetitionNotFound" : "Api_PetitionCodeInvalid"), statusCode: StatusCodes.Status404NotFound);

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

    private static string IntegerError(IntegerParameter parameter) =>
        Text("Api_IntegerInvalid", parameter.Name, parameter.Minimum.ToString(CultureInfo.InvariantCulture), parameter.Maximum.ToString(CultureInfo.InvariantCulture));

    private static string Text(string key, params object?[] arguments) => ResourceText.Get<IntegrationText>(key, arguments);
}
