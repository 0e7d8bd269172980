using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Common.Web;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Integration.Open311;

/// <summary>
/// Open311 GeoReport v2 over PAKN (ADR-046 §8): discovery, the services (one per category) and their definitions, the
/// public list and detail of requests without personal data, and the submission of a request by a service account's key.
/// Every resource as <c>.json</c> and <c>.xml</c>; errors as the spec's list, with Vietnamese descriptions.
/// </summary>
internal static class Open311Endpoints
{
    public const string Base = "/open311/v2";
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>When this mapping last changed (discovery's <c>changeset</c>).</summary>
    private const string Changeset = "2026-12-07T00:00:00+07:00";

    /// <summary>The widest window of a list, on receipt (GeoReport v2: 90 days).</summary>
    private const int WindowDays = 90;

    /// <summary>ADR-012's header; Open311 clients may send the key as the <c>api_key</c> form field instead.</summary>
    private const string ApiKeyHeader = "X-Api-Key";

    private static readonly ChoiceParameter Format = new("format", [Open311Document.Json, Open311Document.Xml]) { Description = "json or xml; any other suffix answers 404." };
    private static readonly TextParameter Jurisdiction = new("jurisdiction_id") { MaxLength = 100, Description = "Needed by no request; when sent it must equal the configured Feedback:Open311:JurisdictionId (404 otherwise)." };
    private static readonly TextParameter ServiceCode = new("service_code") { MaxLength = 30, Example = "delay", Description = "delay, unfit, inconsistent, unlawful, treaty, other, solution, initiative or conduct." };
    private static readonly TextParameter RequestIds = new("service_request_id") { MaxLength = 10_000, Example = "PAKN.20261207.0001", Description = "Codes separated by commas; when sent, the other filters are ignored." };
    private static readonly TextParameter RequestId = new("service_request_id") { MaxLength = 100, Example = "PAKN.20261207.0001", Description = "The PAKN's code." };
    private static readonly DateTimeParameter StartDate = new(
        "start_date", VietnamTime.Offset, new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2199, 12, 31, 0, 0, 0, TimeSpan.Zero))
    {
        Description = "Received at or after; with end_date at most 90 days apart. Default: 90 days before end_date (or now).",
    };

    private static readonly DateTimeParameter EndDate = StartDate with { Name = "end_date", Description = "Received at or before. Default: 90 days after start_date, or now." };
    private static readonly TextParameter Status = new("status") { MaxLength = 20, Pattern = "^(open|closed)(,(open|closed))?$", Description = "open, closed, or both separated by a comma." };

    public static WebApplication MapOpen311(this WebApplication app)
    {
        var api = app.MapGroup(Base).WithTags("Open311").AllowAnonymous();
        api.MapGet("/discovery.{format}", Discovery)
            .WithParameters(Format, Jurisdiction).WithName("Open311Discovery").WithSummary("GeoReport v2 discovery")
            .WithDescription("The endpoint, its formats (text/xml, application/json), the contact and how to get an API key.")
            .Answers();
        api.MapGet("/services.{format}", Services)
            .WithParameters(Format, Jurisdiction).WithName("Open311Services").WithSummary("The PAKN categories as GeoReport v2 services")
            .WithDescription("One service per category of NĐ 20/2008 Điều 5 and the conduct of officials; each has a definition (`metadata` true).")
            .Answers();
        api.MapGet("/services/{service_code}.{format}", Definition)
            .WithParameters(ServiceCode, Format, Jurisdiction).WithName("Open311ServiceDefinition").WithSummary("A service's definition: its optional attributes")
            .WithDescription("Attributes ma_tthc, so_ky_hieu_van_ban, dieu_khoan, ma_ho_so (conduct only), loai_nguoi_gui (ca_nhan/to_chuc), dong_y_cong_khai (co/khong).")
            .Answers();
        api.MapGet("/requests.{format}", ListAsync)
            .WithParameters(Format, Jurisdiction, RequestIds, ServiceCode, StartDate, EndDate, Status).WithName("Open311Requests")
            .WithSummary("PAKN without personal data")
            .WithDescription("Newest first, at most Feedback:Open311:MaxRequests. The wording and the answer appear once the answer is published; "
                + "the sender's name, contact, address and dossier code never.")
            .Answers();
        api.MapGet("/requests/{service_request_id}.{format}", GetAsync)
            .WithParameters(RequestId, Format, Jurisdiction).WithName("Open311Request").WithSummary("One PAKN by its code, without personal data")
            .Answers();
        api.MapPost("/requests.{format}", SubmitAsync)
            .WithParameters(Format, Jurisdiction).WithName("Open311Submit").WithSummary("Send a PAKN")
            .WithDescription("Form-encoded. `api_key` (or the X-Api-Key header): a service account's key; its agency receives the PAKN (403 without a valid key). "
                + "first_name/last_name → the sender's name; email or phone (one required); description → content; address_string, lat, long → where the "
                + "problem arose (optional); attribute[…] as the service's definition lists; media_url is refused (400: nothing is fetched), and so is "
                + "a multipart/form-data body (400). An `Idempotency-Key` header makes a retry return the first answer. Without a phone, `service_notice` "
                + "also gives the check digits that, with the code, open the tracking page /tra-cuu-pakn.")
            .Accepts<Open311RequestForm>("application/x-www-form-urlencoded")
            .Answers(StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);

        // A multipart form (clients of servers that take media uploads) is told in the spec's error list what to send instead.
        api.MapPost("/requests.{format}", RefuseMultipart)
            .Accepts<IFormCollection>("multipart/form-data")
            .ExcludeFromDescription();
        return app;
    }

    private static RouteHandlerBuilder Answers(this RouteHandlerBuilder builder, params int[] more)
    {
        builder.Produces(StatusCodes.Status200OK, (Type?)null, "application/json", "text/xml");
        foreach (var status in (int[])[StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, .. more])
        {
            builder.Produces(status, (Type?)null, "application/json", "text/xml");
        }

        return builder;
    }

    private static IResult Discovery(string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdiction, HttpContext http, IOptions<FeedbackOptions> options)
    {
        var settings = options.Value.Open311;
        if (Refusal(format, jurisdiction, settings) is { } refused)
        {
            return refused;
        }

        var url = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{Base}";
        return Open311Document.Write(format, "discovery", Open311Document.Object(
            ("changeset", Changeset),
            ("contact", settings.Contact),
            ("key_service", Text("Open311_KeyService")),
            ("max_requests", settings.MaxRequests),
            ("endpoints", new Open311List("endpoint",
            [
                Open311Document.Object(
                    ("specification", Specification),
                    ("url", url),
                    ("changeset", Changeset),
                    ("type", "production"),
                    ("formats", new Open311List("format", ["text/xml", "application/json"]))),
            ]))));
    }

    private static IResult Services(string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdiction, IOptions<FeedbackOptions> options) =>
        Refusal(format, jurisdiction, options.Value.Open311)
        ?? Open311Document.Write(format, "services", new Open311List("service", [.. PetitionCategories.All.Select(c => (object?)Open311Services.Service(c))]));

    private static IResult Definition(
        [FromRoute(Name = "service_code")] string serviceCode, string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdiction, IOptions<FeedbackOptions> options)
    {
        if (Refusal(format, jurisdiction, options.Value.Open311) is { } refused)
        {
            return refused;
        }

        return PetitionCategories.FromServiceCode(serviceCode) is { } category
            ? Open311Document.Write(format, "service_definition", Open311Services.Definition(category))
            : Open311Document.Errors(format, StatusCodes.Status404NotFound, Text("Open311_ServiceUnknown", serviceCode));
    }

    private static async Task<IResult> ListAsync(
        string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdiction, [FromQuery(Name = "service_request_id")] string? requestIds,
        [FromQuery(Name = "service_code")] string? serviceCode, [FromQuery(Name = "start_date")] string? startDate, [FromQuery(Name = "end_date")] string? endDate,
        string? status, PublicPetitions petitions, IOptions<FeedbackOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var settings = options.Value.Open311;
        if (Refusal(format, jurisdiction, settings) is { } refused)
        {
            return refused;
        }

        var errors = new List<string>();
        if (!RequestIds.TryRead(requestIds, out var codes))
        {
            errors.Add(Text("Open311_ParameterTooLong", RequestIds.Name, RequestIds.MaxLength));
        }

        PetitionCategory? category = null;
        if (!ServiceCode.TryRead(serviceCode, out var service) || (service is not null && (category = PetitionCategories.FromServiceCode(service)) is null))
        {
            errors.Add(Text("Open311_ServiceUnknown", serviceCode));
        }

        if (!StartDate.TryRead(startDate, out var start))
        {
            errors.Add(Text("Open311_DateInvalid", StartDate.Name));
        }

        if (!EndDate.TryRead(endDate, out var end))
        {
            errors.Add(Text("Open311_DateInvalid", EndDate.Name));
        }

        if (!Status.TryRead(status, out var statuses))
        {
            errors.Add(Text("Open311_StatusInvalid"));
        }

        if (errors.Count == 0 && start is { } from && end is { } to && (to < from || to - from > TimeSpan.FromDays(WindowDays)))
        {
            errors.Add(Text(to < from ? "Open311_SpanReversed" : "Open311_SpanTooLong", WindowDays));
        }

        if (errors.Count > 0)
        {
            return Open311Document.Errors(format, StatusCodes.Status400BadRequest, errors);
        }

        var window = TimeSpan.FromDays(WindowDays);
        var (first, last) = (start, end) switch
        {
            ({ } s, { } e) => (s, e),
            ({ } s, null) => (s, s + window),
            (null, { } e) => (e - window, e),
            _ => (clock.GetUtcNow() - window, clock.GetUtcNow()),
        };
        var open = statuses?.Split(',').Distinct().ToList() is [var only] ? only == "open" : (bool?)null;
        var ids = codes?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(settings.MaxRequests).ToList();
        var filter = new PublicPetitionFilter(ids is { Count: > 0 } ? ids : null, category, open, first.UtcDateTime, last.UtcDateTime);
        var found = await petitions.ListAsync(filter, settings.MaxRequests, cancellationToken);
        return Open311Document.Write(format, "service_requests", new Open311List("request", [.. found.Select(p => (object?)Open311Requests.Request(p))]));
    }

    private static async Task<IResult> GetAsync(
        [FromRoute(Name = "service_request_id")] string requestId, string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdiction,
        PublicPetitions petitions, IOptions<FeedbackOptions> options, CancellationToken cancellationToken)
    {
        if (Refusal(format, jurisdiction, options.Value.Open311) is { } refused)
        {
            return refused;
        }

        return await petitions.FindAsync(requestId, cancellationToken) is { } petition
            ? Open311Document.Write(format, "service_requests", new Open311List("request", [Open311Requests.Request(petition)]))
            : Open311Document.Errors(format, StatusCodes.Status404NotFound, Text("Open311_RequestNotFound", requestId));
    }

    private static async Task<IResult> SubmitAsync(
        string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdiction, HttpContext http, IAuthorizationPolicyProvider policies, IPolicyEvaluator evaluator,
        AppDbContext db, PetitionIntake intake, IOptions<JsonOptions> json, TimeProvider clock, IOptions<FeedbackOptions> options, CancellationToken cancellationToken)
    {
        if (!Open311Document.IsFormat(format))
        {
            return Open311Document.Errors(format, StatusCodes.Status404NotFound, Text("Open311_FormatUnknown"));
        }

        if (!IsUrlEncodedForm(http.Request))
        {
            return Open311Document.Errors(format, StatusCodes.Status400BadRequest, Text("Open311_FormRequired"));
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (Refusal(format, string.IsNullOrEmpty(jurisdiction) ? form["jurisdiction_id"].ToString() : jurisdiction, options.Value.Open311) is { } refused)
        {
            return refused;
        }

        if (await AgencyOfKeyAsync(http, form, policies, evaluator) is not { } agencyId)
        {
            return Open311Document.Errors(format, StatusCodes.Status403Forbidden, Text("Open311_ApiKeyRequired"));
        }

        if (Idempotency.KeyOf(http) is not { } key)
        {
            return Open311Document.Errors(format, StatusCodes.Status400BadRequest, Text("Api_IdempotencyKeyInvalid"));
        }

        var (submission, errors) = Open311Requests.Read(form);
        if (submission is null)
        {
            return Open311Document.Errors(format, StatusCodes.Status400BadRequest, errors);
        }

        var clientId = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var requestHash = Idempotency.Hash("open311", Encoding.UTF8.GetBytes(string.Join('\n',
            form.Where(f => f.Key != "api_key").OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + string.Join('\u001f', f.Value.ToArray())))));
        if (key.Length > 0 && await StoredAnswerAsync(db, clientId, key, requestHash, format, json.Value.SerializerOptions, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var actor = new Actor(null, http.User.Identity?.Name ?? "", http.Connection.RemoteIpAddress?.ToString());
        try
        {
            var result = await intake.SubmitAsync(submission, [], PetitionChannel.Open311, actor, agencyId, null, key.Length == 0 ? null : receipt =>
                db.IdempotencyRecords.Add(Idempotency.Record(
                    clientId, key, requestHash, StatusCodes.Status200OK, JsonSerializer.Serialize(receipt, json.Value.SerializerOptions), clock.GetUtcNow().UtcDateTime)),
                cancellationToken);
            return result.Receipt is { } receipt
                ? Answer(format, receipt, StatusCodes.Status200OK)
                : Open311Document.Errors(format, StatusCodes.Status400BadRequest, result.Errors.Select(Open311Requests.Describe));
        }
        catch (DbUpdateException) when (key.Length > 0)
        {
            // A concurrent request with the same key committed first: its answer is the answer (as for dossiers).
            db.ChangeTracker.Clear();
            if (await StoredAnswerAsync(db, clientId, key, requestHash, format, json.Value.SerializerOptions, cancellationToken) is { } first)
            {
                return first;
            }

            throw;
        }
    }

    /// <summary>The agency of the service account whose key came as the header or the <c>api_key</c> field; null without a valid key.</summary>
    private static async Task<Guid?> AgencyOfKeyAsync(HttpContext http, IFormCollection form, IAuthorizationPolicyProvider policies, IPolicyEvaluator evaluator)
    {
        if (string.IsNullOrWhiteSpace(http.Request.Headers[ApiKeyHeader].ToString()) && form["api_key"].ToString() is { Length: > 0 } field)
        {
            http.Request.Headers[ApiKeyHeader] = field.Trim();
        }

        var policy = await policies.GetPolicyAsync(Policies.IntegrationApi);
        if (policy is null)
        {
            return null;
        }

        var authenticated = await evaluator.AuthenticateAsync(policy, http);
        var authorized = await evaluator.AuthorizeAsync(policy, authenticated, http, null);
        return authorized.Succeeded ? AgencyScope.From(http.User).AgencyId : null;
    }

    private static async Task<IResult?> StoredAnswerAsync(
        AppDbContext db, string clientId, string key, string requestHash, string format, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        if (await Idempotency.FindAsync(db, clientId, key, cancellationToken) is not { } stored)
        {
            return null;
        }

        return stored.RequestHash == requestHash && JsonSerializer.Deserialize<PetitionReceipt>(stored.ResponseJson, json) is { } receipt
            ? Answer(format, receipt, stored.StatusCode)
            : Open311Document.Errors(format, StatusCodes.Status409Conflict, Idempotency.ReusedTitle + " " + Idempotency.ReusedDetail);
    }

    private static IResult Answer(string format, PetitionReceipt receipt, int status) =>
        Open311Document.Write(format, "service_requests", new Open311List("request",
        [
            Open311Document.Object(
                ("service_request_id", receipt.Code),
                ("service_notice", Notice(receipt)),
                ("account_id", null)),
        ]), status);

    /// <summary>
    /// The deadline and where to track the PAKN; without a phone also the check digits, which the sender has from nowhere
    /// else (with a phone they are its last four digits).
    /// </summary>
    private static string Notice(PetitionReceipt receipt)
    {
        var notice = receipt.DueAt is { } due ? Text("Open311_NoticeDue", VietnamTime.Format(due), receipt.Code) : Text("Open311_Notice", receipt.Code);
        return receipt.CheckDigitsArePhone ? notice : notice + " " + Text("Open311_NoticeCheckDigits", receipt.CheckDigits);
    }

    private static IResult RefuseMultipart(string format, IOptions<FeedbackOptions> options) =>
        Refusal(format, null, options.Value.Open311) ?? Open311Document.Errors(format, StatusCodes.Status400BadRequest, Text("Open311_MultipartRefused"));

    /// <summary>404 for a suffix other than .json/.xml and for a <c>jurisdiction_id</c> that is not this installation's.</summary>
    private static IResult? Refusal(string? format, string? jurisdiction, Open311Options settings)
    {
        if (!Open311Document.IsFormat(format))
        {
            return Open311Document.Errors(format, StatusCodes.Status404NotFound, Text("Open311_FormatUnknown"));
        }

        return string.IsNullOrEmpty(jurisdiction) || (settings.JurisdictionId.Length > 0 && string.Equals(jurisdiction.Trim(), settings.JurisdictionId, StringComparison.Ordinal))
            ? null
            : Open311Document.Errors(format, StatusCodes.Status404NotFound, Text("Open311_JurisdictionUnknown"));
    }

    private static bool IsUrlEncodedForm(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static string Text(string key, params object?[] arguments) => ResourceText.Get<IntegrationText>(key, arguments);
}
