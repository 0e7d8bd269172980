using MotCua.Common.Localization;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.Modules.Organization;

/// <summary>
/// A who-changed name as pages show it: the demo data's author (<see cref="DemoProvince.DataEntry"/>), stored in Vietnamese in
/// the records, in the reader's language; a person's name as stored. Only the display changes, never the stored value.
/// </summary>
internal static class EntryNames
{
    public static string? Shown(string? name) =>
        name == DemoProvince.DataEntry ? ResourceText.Get<OrganizationText>("DataEntry_Shown") : name;
}
