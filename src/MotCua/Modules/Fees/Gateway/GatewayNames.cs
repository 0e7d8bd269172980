using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;

namespace MotCua.Modules.Fees.Gateway;

/// <summary>A payment gateway's name for people: its translated name when it has one (<c>Gateway_{provider}</c>), else its own proper name.</summary>
internal static class GatewayNames
{
    public static string Of(IStringLocalizer text, string provider) =>
        text["Gateway_" + provider] is { ResourceNotFound: false } name ? name : provider;

    /// <summary>The name as the dossier's history records it (<see cref="RecordLanguage"/>).</summary>
    public static string ForRecord(IStringLocalizer text, string provider) => RecordLanguage.Write(() => Of(text, provider));
}
