using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace MotCua.Common.Localization;

/// <summary>
/// A message from a module's resources (<c>X.resx</c>, <c>X.en.resx</c> beside the marker type <c>X</c>) in the current UI
/// language, for code that has no <c>IStringLocalizer</c> at hand: entity methods, static rules. Same lookup and
/// formatting as the localizer.
/// </summary>
internal static class ResourceText
{
    private static readonly ConcurrentDictionary<Type, ResourceManager> Managers = new();

    public static string Get<TText>(string name, params object?[] arguments)
    {
        var format = Managers.GetOrAdd(typeof(TText), t => new ResourceManager(t)).GetString(name, CultureInfo.CurrentUICulture) ?? name;
        return arguments.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, arguments);
    }

    /// <summary>The message as a record writes it: in Vietnamese whatever the reader's language (<see cref="RecordLanguage"/>).</summary>
    public static string ForRecord<TText>(string name, params object?[] arguments) => RecordLanguage.Write(() => Get<TText>(name, arguments));
}
