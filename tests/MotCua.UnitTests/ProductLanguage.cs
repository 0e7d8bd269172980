using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using MotCua.Common.Hosting;

namespace MotCua.UnitTests;

internal static class ProductLanguage
{
    /// <summary>
    /// Messages come from resources in the current UI language; the tests read them in the product's default language
    /// (Vietnamese, as the request localization does), whatever the language of the machine that runs them.
    /// </summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly's one-time setting.")]
    public static void UseVietnamese()
    {
        CultureInfo.DefaultThreadCurrentUICulture = PlatformModule.Vietnamese;
        CultureInfo.CurrentUICulture = PlatformModule.Vietnamese;
    }
}
