using System.Globalization;
using System.Text.Json.Serialization;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Feedback;

namespace MotCua.Modules.Integration.Open311;

/// <summary>A GeoReport v2 request to and from a PAKN (ADR-046 §8).</summary>
internal static class Open311Requests
{
    private const string AttributePrefix = "attribute[";

    /// <summary>The Open311 field of each <see cref="PetitionSubmission"/> property, for the errors.</summary>
    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(PetitionSubmission.Category)] = "service_code",
        [nameof(PetitionSubmission.Content)] = "description",
        [nameof(PetitionSubmission.SenderKind)] = Attribute(Open311Services.SenderKind),
        [nameof(PetitionSubmission.SenderName)] = "first_name",
        [nameof(PetitionSubmission.Phone)] = "phone",
        [nameof(PetitionSubmission.Email)] = "email",
        [nameof(PetitionSubmission.Location)] = "address_string",
        [nameof(PetitionSubmission.Latitude)] = "lat",
        [nameof(PetitionSubmission.Longitude)] = "long",
        [nameof(PetitionSubmission.ProcedureCode)] = Attribute(Open311Services.ProcedureCode),
        [nameof(PetitionSubmission.LegalDocument)] = Attribute(Open311Services.LegalDocument),
        [nameof(PetitionSubmission.LegalArticle)] = Attribute(Open311Services.LegalArticle),
        [nameof(PetitionSubmission.DossierCode)] = Attribute(Open311Services.DossierCode),
    };

    /// <summary>The submission a form describes, or the descriptions of what is wrong with it (unknown attributes are ignored).</summary>
    public static (PetitionSubmission? Submission, IReadOnlyList<string> Errors) Read(IFormCollection form)
    {
        var errors = new List<string>();
        string? Field(string name) => form[name].ToString() is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        if (Field("media_url") is not null)
        {
            errors.Add(Text("Open311_MediaUrlRefused"));
        }

        var category = PetitionCategories.FromServiceCode(Field("service_code"));
        if (category is null)
        {
            errors.Add(Text("Open311_ServiceUnknown", Field("service_code") ?? ""));
        }

        var attributes = form.Keys
            .Where(k => k.StartsWith(AttributePrefix, StringComparison.Ordinal) && k.EndsWith(']'))
            .Select(k => (Code: k[AttributePrefix.Length..^1], Value: Field(k)))
            .Where(a => category is { } c && Open311Services.Accepts(c, a.Code))
            .ToDictionary(a => a.Code, a => a.Value, StringComparer.Ordinal);
        var kind = Choice(attributes, Open311Services.SenderKind, [Open311Services.Person, Open311Services.Organisation], errors);
        var consent = Choice(attributes, Open311Services.Consent, [Open311Services.Yes, Open311Services.No], errors);
        var latitude = Coordinate(Field("lat"), "lat", 90, errors);
        var longitude = Coordinate(Field("long"), "long", 180, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new PetitionSubmission
        {
            Category = category,
            Content = Field("description"),
            SenderKind = kind == Open311Services.Organisation ? SenderKind.Organisation : SenderKind.Person,
            SenderName = string.Join(' ', new[] { Field("first_name"), Field("last_name") }.OfType<string>()),
            Phone = Field("phone"),
            Email = Field("email"),
            Location = Field("address_string"),
            Latitude = latitude,
            Longitude = longitude,
            ProcedureCode = attributes.GetValueOrDefault(Open311Services.ProcedureCode),
            LegalDocument = attributes.GetValueOrDefault(Open311Services.LegalDocument),
            LegalArticle = attributes.GetValueOrDefault(Open311Services.LegalArticle),
            DossierCode = attributes.GetValueOrDefault(Open311Services.DossierCode),
            ConsentToPublish = consent == Open311Services.Yes,
        }, []);
    }

    /// <summary>An intake failure as an Open311 error description, naming the Open311 field.</summary>
    public static string Describe(RuleFailure failure) => Fields.GetValueOrDefault(failure.Field, failure.Field) + ": " + failure.Message;

    /// <summary>A PAKN as a GeoReport v2 request: nothing personal, the wording and answer only once published.</summary>
    public static Open311Object Request(PublicPetition p) => Open311Document.Object(
        ("service_request_id", p.Code),
        ("status", p.Status.IsOpen() ? "open" : "closed"),
        ("status_notes", StatusNotes(p)),
        ("service_name", FeedbackNames.Category(p.Category)),
        ("service_code", p.Category.ServiceCode()),
        ("description", p.PublishedWording ?? ""),
        ("agency_responsible", p.AgencyName),
        ("service_notice", p.Status.IsOpen() && p.DueAt is { } due ? Text("Open311_NoticeDue", VietnamTime.Format(due), p.Code) : null),
        ("requested_datetime", Open311Document.Time(p.ReceivedAt)),
        ("updated_datetime", Open311Document.Time(p.UpdatedAt)),
        ("expected_datetime", Open311Document.Time(p.DueAt)),
        ("address", null),
        ("address_id", null),
        ("zipcode", null),
        ("lat", null),
        ("long", null),
        ("media_url", null));

    /// <summary>The Vietnamese status, then the refusal reason, the body it went to, the PAKN it joined, or the published answer.</summary>
    private static string StatusNotes(PublicPetition p)
    {
        var notes = new List<string> { FeedbackNames.Status(p.Status) };
        if (p.RefusalReason is { } reason)
        {
            notes.Add(Text("Open311_NoteReason", FeedbackNames.Refusal(reason)));
        }

        if (p.ClosingNote is { } note)
        {
            notes.Add(Text(p.Status == PetitionStatus.Merged ? "Open311_NoteMerged" : "Open311_NoteBody", note));
        }

        if (p.Answer is { } answer)
        {
            notes.Add(Text("Open311_NoteAnswer", answer));
        }

        return string.Join(". ", notes);
    }

    private static string? Choice(Dictionary<string, string?> attributes, string code, string[] values, List<string> errors)
    {
        var value = attributes.GetValueOrDefault(code);
        if (value is not null && !values.Contains(value, StringComparer.Ordinal))
        {
            errors.Add(Text("Open311_AttributeInvalid", code, string.Join(", ", values)));
            return null;
        }

        return value;
    }

    private static double? Coordinate(string? text, string name, int limit, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length <= 40 && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) <= limit)
        {
            return value;
        }

        errors.Add(Text("Open311_CoordinateInvalid", name, -limit, limit));
        return null;
    }

    private static string Attribute(string code) => AttributePrefix + code + "]";

    private static string Text(string key, params object?[] arguments) => ResourceText.Get<IntegrationText>(key, arguments);
}

/// <summary>The form of a GeoReport v2 request (for the OpenAPI document; the endpoint reads the form itself).</summary>
internal sealed record Open311RequestForm(
    [property: JsonPropertyName("api_key")] string? ApiKey,
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("first_name")] string? FirstName,
    [property: JsonPropertyName("last_name")] string? LastName,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("phone")] string? Phone,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("address_string")] string? AddressString,
    [property: JsonPropertyName("lat")] double? Lat,
    [property: JsonPropertyName("long")] double? Long,
    [property: JsonPropertyName("attribute[ma_tthc]")] string? ProcedureCode,
    [property: JsonPropertyName("attribute[so_ky_hieu_van_ban]")] string? LegalDocument,
    [property: JsonPropertyName("attribute[dieu_khoan]")] string? LegalArticle,
    [property: JsonPropertyName("attribute[ma_ho_so]")] string? DossierCode,
    [property: JsonPropertyName("attribute[loai_nguoi_gui]")] string? SenderKind,
    [property: JsonPropertyName("attribute[dong_y_cong_khai]")] string? Consent);
