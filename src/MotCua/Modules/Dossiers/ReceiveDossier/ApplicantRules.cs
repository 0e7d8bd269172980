using MotCua.Common.Localization;
using MotCua.Common.Validation;

namespace MotCua.Modules.Dossiers.ReceiveDossier;

/// <summary>Checks of the identifiers and contacts typed for an applicant; each returns the failure of <c>field</c> in the user's language, or null.</summary>
internal static class ApplicantRules
{
    public static RuleFailure? CheckIdentityNumber(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Failure(field, "Applicant_IdentityNumberRequired");
        }

        var digits = value.Trim();
        if (!Identifiers.HasPersonalNumberLength(digits))
        {
            return Failure(field, "Applicant_IdentityNumberLength");
        }

        return Identifiers.IsPersonalNumber(digits) ? null : Failure(field, "Applicant_IdentityNumberProvince");
    }

    public static RuleFailure? CheckTaxCode(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Failure(field, "Applicant_TaxCodeRequired");
        }

        return Identifiers.IsEnterpriseCode(value.Trim()) ? null : Failure(field, "Applicant_TaxCodeInvalid");
    }

    public static RuleFailure? CheckPhone(string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? Failure(field, "Applicant_PhoneRequired") : null;
        }

        return Identifiers.IsPhoneNumber(Identifiers.CompactPhone(value))
            ? null
            : Failure(field, "Applicant_PhoneInvalid");
    }

    public static RuleFailure? CheckEmail(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Identifiers.IsEmailAddress(value.Trim())
            ? null
            : Failure(field, "Applicant_EmailInvalid");
    }

    /// <summary>A phone number as stored: digits only, with +84 written as 0.</summary>
    public static string? NormalisePhone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Identifiers.NationalPhone(Identifiers.CompactPhone(value));
    }

    private static RuleFailure Failure(string field, string messageKey) => new(field, ResourceText.Get<DossiersText>(messageKey));
}
