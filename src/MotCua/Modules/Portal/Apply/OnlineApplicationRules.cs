using Microsoft.AspNetCore.Mvc.ModelBinding;
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

    public static void CheckApplicant(OnlineApplication application, ModelStateDictionary state, IStringLocalizer<PortalText> text)
    {
        if (string.IsNullOrWhiteSpace(application.ApplicantName))
        {
            Missing(state, "ApplicantName", text["Apply_NameRequired"]);
        }

        if (application.OrganisationId is null && !Identifiers.IsPersonalNumber(application.IdentityNumber))
        {
            Missing(state, "IdentityNumber", text["Apply_IdentityRequired"]);
        }

        if (application.OrganisationId is not null && !Identifiers.IsEnterpriseCode(application.TaxCode))
        {
            Missing(state, "TaxCode", text["Apply_TaxCodeRequired"]);
        }

        if (string.IsNullOrWhiteSpace(application.Address))
        {
            Missing(state, "Address", text["Apply_AddressRequired"]);
        }

        if (application.Phone is null && application.Email is null)
        {
            Missing(state, "Phone", text["Apply_ContactRequired"]);
        }

        // NĐ 61/2018/NĐ-CP Điều 16, Điều 20: results are returned at the desk, by public postal service or online.
        if (!Enum.TryParse<ReturnMethod>(application.ReturnMethod, out var method) || !Enum.IsDefined(method))
        {
            Missing(state, "ReturnMethod", text["Apply_ReturnRequired"]);
        }
        else if (method == Dossiers.ReturnMethod.Postal && string.IsNullOrWhiteSpace(application.PostalAddress))
        {
            Missing(state, "PostalAddress", text["Apply_PostalRequired"]);
        }
    }

    /// <summary>A field already refused as it was typed keeps that one message.</summary>
    private static void Missing(ModelStateDictionary state, string field, string message)
    {
        if (!state.TryGetValue(field, out var entry) || entry.Errors.Count == 0)
        {
            state.AddModelError(field, message);
        }
    }

    /// <summary>A phone or e-mail as typed, in canonical form; null when it does not read as one of <paramref name="kind"/>.</summary>
    public static string? ReadContact(string input, ContactKind kind) =>
        ContactPoint.TryParse(input, out var contact) && contact.Kind == kind ? contact.Value : null;
}
