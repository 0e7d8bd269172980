using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Feedback.Data;

namespace MotCua.Modules.Feedback;

/// <summary>
/// A PAKN as a sender or the desk fills it (the portal's form, the desk's transcription, the APIs map onto it). Failures
/// name these properties.
/// </summary>
internal sealed class PetitionSubmission
{
    public PetitionCategory? Category { get; set; }

    public string? Content { get; set; }

    public SenderKind? SenderKind { get; set; }

    public string? SenderName { get; set; }

    /// <summary>Mã số thuế of an organisation, optional.</summary>
    public string? SenderTaxCode { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    /// <summary>Mã TTHC, resolved against the catalogue's versions in force.</summary>
    public string? ProcedureCode { get; set; }

    public string? LegalDocument { get; set; }

    public string? LegalArticle { get; set; }

    /// <summary>The dossier code a PAKN about conduct names.</summary>
    public string? DossierCode { get; set; }

    public bool ConsentToPublish { get; set; }

    public string? Location { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}

/// <summary>The checks of a submission, before anything is looked up or stored (ADR-046 §1).</summary>
internal static class PetitionSubmissionRules
{
    public const int MaxShortTextLength = 100;

    public static IReadOnlyList<RuleFailure> Check(PetitionSubmission input, FeedbackIntakeOptions options)
    {
        var failures = new List<RuleFailure>();
        if (input.Category is not { } category || !Enum.IsDefined(category))
        {
            failures.Add(Failure(nameof(input.Category), "Input_CategoryRequired"));
        }

        if (string.IsNullOrWhiteSpace(input.Content))
        {
            failures.Add(Failure(nameof(input.Content), "Input_ContentRequired"));
        }
        else if (input.Content.Trim().Length > options.MaxContentLength)
        {
            failures.Add(Failure(nameof(input.Content), "Input_ContentTooLong", options.MaxContentLength));
        }

        if (input.SenderKind is not { } kind || !Enum.IsDefined(kind))
        {
            failures.Add(Failure(nameof(input.SenderKind), "Input_SenderKindRequired"));
        }

        // NĐ 20/2008 Điều 7: the sender's name is required to receive a PAKN.
        if (string.IsNullOrWhiteSpace(input.SenderName))
        {
            failures.Add(Failure(nameof(input.SenderName), "Input_NameRequired"));
        }
        else if (input.SenderName.Trim().Length > Petition.MaxNameLength)
        {
            failures.Add(Failure(nameof(input.SenderName), "Input_TooLong", Petition.MaxNameLength));
        }

        if (!string.IsNullOrWhiteSpace(input.SenderTaxCode) && !Identifiers.IsEnterpriseCode(input.SenderTaxCode.Trim()))
        {
            failures.Add(Failure(nameof(input.SenderTaxCode), "Input_TaxCodeInvalid"));
        }

        CheckContact(input, options, failures);
        CheckLength(nameof(input.ProcedureCode), input.ProcedureCode, 20, failures);
        CheckLength(nameof(input.LegalDocument), input.LegalDocument, MaxShortTextLength, failures);
        CheckLength(nameof(input.LegalArticle), input.LegalArticle, MaxShortTextLength, failures);
        CheckLength(nameof(input.DossierCode), input.DossierCode, 40, failures);
        CheckLength(nameof(input.Location), input.Location, Petition.MaxAddressLength, failures);
        if (input.Latitude is { } lat && (!double.IsFinite(lat) || lat is < -90 or > 90))
        {
            failures.Add(Failure(nameof(input.Latitude), "Input_LatitudeInvalid"));
        }

        if (input.Longitude is { } lon && (!double.IsFinite(lon) || lon is < -180 or > 180))
        {
            failures.Add(Failure(nameof(input.Longitude), "Input_LongitudeInvalid"));
        }

        return failures.AsResult();
    }

    /// <summary>The phone as stored: digits only, +84 written as 0.</summary>
    public static string? NormalisedPhone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? null : Identifiers.NationalPhone(Identifiers.CompactPhone(phone));

    /// <summary>Trimmed, and null for white space.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void CheckContact(PetitionSubmission input, FeedbackIntakeOptions options, List<RuleFailure> failures)
    {
        var phone = Clean(input.Phone);
        var email = Clean(input.Email);
        var address = Clean(input.Address);
        if (phone is not null && !Identifiers.IsPhoneNumber(Identifiers.CompactPhone(phone)))
        {
            failures.Add(Failure(nameof(input.Phone), "Input_PhoneInvalid"));
        }

        if (email is not null && !Identifiers.IsEmailAddress(email))
        {
            failures.Add(Failure(nameof(input.Email), "Input_EmailInvalid"));
        }

        if (address is not null && address.Length > Petition.MaxAddressLength)
        {
            failures.Add(Failure(nameof(input.Address), "Input_TooLong", Petition.MaxAddressLength));
        }

        // The law asks for a way to answer: at least one contact (the national portal's form), or, configured, the
        // name-address-phone triple of NĐ 20/2008 Điều 7 (ADR-046 §1).
        if (options.RequireFullContact)
        {
            if (phone is null)
            {
                failures.Add(Failure(nameof(input.Phone), "Input_PhoneRequired"));
            }

            if (address is null)
            {
                failures.Add(Failure(nameof(input.Address), "Input_AddressRequired"));
            }
        }
        else if (phone is null && email is null && address is null)
        {
            failures.Add(Failure("", "Input_ContactRequired"));
        }
    }

    private static void CheckLength(string field, string? value, int max, List<RuleFailure> failures)
    {
        if (value is not null && value.Trim().Length > max)
        {
            failures.Add(Failure(field, "Input_TooLong", max));
        }
    }

    private static RuleFailure Failure(string field, string key, params object?[] arguments) => new(field, ResourceText.Get<FeedbackText>(key, arguments));
}
