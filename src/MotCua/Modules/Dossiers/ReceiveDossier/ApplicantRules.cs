using System.Net.Mail;
using MotCua.Common.Localization;
using MotCua.Common.Validation;

namespace MotCua.Modules.Dossiers.ReceiveDossier;

/// <summary>Checks of the identifiers and contacts typed for an applicant; each returns a message in the user's language or null.</summary>
internal static class ApplicantRules
{
    public static string? CheckIdentityNumber(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ResourceText.Get<DossiersText>("Applicant_IdentityNumberRequired");
        }

        var digits = value.Trim();
        if (!Identifiers.HasPersonalNumberLength(digits))
        {
            return ResourceText.Get<DossiersText>("Applicant_IdentityNumberLength");
        }

        return Identifiers.IsPersonalNumber(digits) ? null : ResourceText.Get<DossiersText>("Applicant_IdentityNumberProvince");
    }

    public static string? CheckTaxCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ResourceText.Get<DossiersText>("Applicant_TaxCodeRequired");
        }

        return Identifiers.IsEnterpriseCode(value.Trim()) ? null : ResourceText.Get<DossiersText>("Applicant_TaxCodeInvalid");
    }

    public static string? CheckPhone(string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? ResourceText.Get<DossiersText>("Applicant_PhoneRequired") : null;
        }

        return Identifiers.IsPhoneNumber(Compact(value))
            ? null
            : ResourceText.Get<DossiersText>("Applicant_PhoneInvalid");
    }

    public static string? CheckEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= 254 && MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && trimmed.Contains('.', StringComparison.Ordinal)
            ? null
            : ResourceText.Get<DossiersText>("Applicant_EmailInvalid");
    }

    /// <summary>A phone number as stored: digits only, with +84 written as 0.</summary>
    public static string? NormalisePhone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Identifiers.NationalPhone(Compact(value));
    }

    // Spaces and dots are how people group the digits of a phone number at the counter.
    private static string Compact(string value) =>
        value.Trim().Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);

}
