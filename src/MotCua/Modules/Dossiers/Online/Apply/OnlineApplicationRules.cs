using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using MotCua.Modules.Citizens;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Online.Data;
using MotCua.Modules.Organization.Account;

namespace MotCua.Modules.Dossiers.Online.Apply;

/// <summary>The checks of an application's own fields (applicant, return) before it is submitted.</summary>
internal static class OnlineApplicationRules
{
    public const int MaxFilesPerComponent = 5;

    public static void CheckApplicant(OnlineApplication application, ModelStateDictionary state, IStringLocalizer<OnlineText> text)
    {
        if (string.IsNullOrWhiteSpace(application.ApplicantName))
        {
            state.AddModelError("ApplicantName", text["Apply_NameRequired"]);
        }

        if (application.OrganisationId is null && !IdentityNumbers.IsPersonalNumber(application.IdentityNumber))
        {
            state.AddModelError("IdentityNumber", text["Apply_IdentityRequired"]);
        }

        if (application.OrganisationId is not null && !IdentityNumbers.IsEnterpriseCode(application.TaxCode))
        {
            state.AddModelError("TaxCode", text["Apply_TaxCodeRequired"]);
        }

        if (string.IsNullOrWhiteSpace(application.Address))
        {
            state.AddModelError("Address", text["Apply_AddressRequired"]);
        }

        if (application.Phone is null && application.Email is null)
        {
            state.AddModelError("Phone", text["Apply_ContactRequired"]);
        }

        // NĐ 61/2018/NĐ-CP Điều 16, Điều 20: results are returned at the desk, by public postal service or online.
        if (!Enum.TryParse<ReturnMethod>(application.ReturnMethod, out var method) || !Enum.IsDefined(method))
        {
            state.AddModelError("ReturnMethod", text["Apply_ReturnRequired"]);
        }
        else if (method == Dossiers.ReturnMethod.Postal && string.IsNullOrWhiteSpace(application.PostalAddress))
        {
            state.AddModelError("PostalAddress", text["Apply_PostalRequired"]);
        }
    }

    /// <summary>A phone or e-mail as typed: kept in canonical form when it reads as one, else reported.</summary>
    public static string? Contact(string? input, ContactKind kind, string field, ModelStateDictionary state, IStringLocalizer<OnlineText> text)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        if (ContactPoint.TryParse(input, out var contact) && contact.Kind == kind)
        {
            return contact.Value;
        }

        state.AddModelError(field, text[kind == ContactKind.Phone ? "Apply_PhoneInvalid" : "Apply_EmailInvalid"]);
        return input.Trim().Length > 254 ? input.Trim()[..254] : input.Trim();
    }
}
