using System.Globalization;
using Microsoft.Extensions.Localization;

namespace MotCua.Modules.Dossiers.Payments;

/// <summary>A payment gateway's name for people: its translated name when it has one (<c>Gateway_{provider}</c>), else its own proper name.</summary>
internal static class GatewayNames
{
    public static string Of(IStringLocalizer text, string provider) =>
        text["Gateway_" + provider] is { ResourceNotFound: false } name ? name : provider;

    /// <summary>The name as the dossier's history records it: in Vietnamese, whatever language the page that caused it uses.</summary>
    public static string ForRecord(IStringLocalizer text, string provider)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi");
        try
        {
            return Of(text, provider);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
