using System.Globalization;
using MotCua.Common.Hosting;

namespace MotCua.Common.Localization;

/// <summary>
/// Text written into a record — a dossier's history, the administration log — is in Vietnamese, the language of the
/// record, whatever language the page that caused it is shown in.
/// </summary>
internal static class RecordLanguage
{
    public static string Write(Func<string> text)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = PlatformModule.Vietnamese;
        try
        {
            return text();
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
