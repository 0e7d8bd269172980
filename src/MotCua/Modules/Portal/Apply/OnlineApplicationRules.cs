using Microsoft.Extensions.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Citizens;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Portal.Data;
using MotCua.Modules.Organization.Account;

namespace MotCua.Modules.Portal.Apply;

/// <summary>The checks of an application's own fields (applicant, return) before it is submitted.</summary>
internal static class OnlineApplicationRules
{
    public const int MaxFilesPerComponent = 5;

    /// <summary>The failures of the applicant and return fields, keyed by the draft page's field names (empty when complete).</summary>
    public static IReadOnlyList<RuleFailure> CheckApplicant(OnlineApplication application, IStringLocalizer<PortalText> text)
    {
        List<RuleFailure>? failures = null;
        if (string.IsNullOrWhiteSpace(application.ApplicantName))
        {
            (failures ??= []).Add(new("ApplicantName", text["Apply_NameRequired"]));
        }

        if (application.OrganisationId is null && !Identifiers.IsPersonalNumber(application.IdentityNumber))
        {
            (failures ??= []).Add(new("IdentityNumber", text["Apply_IdentityRequired"]));
        }

        if (application.OrganisationId is not null && !Identifiers.IsEnterpriseCode(application.TaxCode))
        {
            (failures ??= []).Add(new("TaxCode", text["Apply_TaxCodeRequired"]));
        }

        if (string.IsNullOrWhiteSpace(application.Address))
        {
            (failures ??= []).Add(new("Address", text["Apply_AddressRequired"]));
        }

        if (application.Phone is null && application.Email is null)
        {
            (failures ??= []).Add(new("Phone", text["Apply_ContactRequired"]));
        }

        // NĐ 61/2018/NĐ-CP Điều 16, Điều 20: results are returned at the desk, by public postal service or online.
        if (!TypedValues.TryNamed<ReturnMethod>(application.ReturnMethod, out var method))
        {
            (failures ??= []).Add(new("ReturnMethod", text["Apply_ReturnRequired"]));
        }
        else if (method == Dossiers.ReturnMethod.Postal && string.IsNullOrWhiteSpace(application.PostalAddress))
        {
            (failures ??= []).Add(new("PostalAddress", text["Apply_PostalRequired"]));
        }

        return (IReadOnlyList<RuleFailure>?)failures ?? [];
    }

    /// <summary>A phone or e-mail as typed, in canonical form; null when it does not read as one of <paramref name="kind"/>.</summary>
    public static string? ReadContact(string input, ContactKind kind) =>
        ContactPoint.TryParse(input, out var contact) && contact.Kind == kind ? contact.Value : null;
}
