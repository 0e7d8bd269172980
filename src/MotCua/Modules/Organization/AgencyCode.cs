using System.Text.RegularExpressions;
using MotCua.Common.Localization;

namespace MotCua.Modules.Organization;

/// <summary>
/// The agency identifier (mã định danh điện tử) of QĐ 20/2020/QĐ-TTg.
/// </summary>
internal static partial class AgencyCode
{
    // QĐ 20/2020/QĐ-TTg Điều 4: at most 35 characters of [0-9A-Z.], dot-separated groups read from level 1.
    public const int MaxLength = 35;

    /// <summary>Returns null when <paramref name="code"/> is a well-formed identifier, otherwise the reason in the current UI language.</summary>
    public static string? Validate(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return ResourceText.Get<OrganizationText>("AgencyCode_Required");
        }

        if (code.Length > MaxLength)
        {
            return ResourceText.Get<OrganizationText>("AgencyCode_TooLong", MaxLength);
        }

        if (!AllowedCharacters().IsMatch(code))
        {
            return ResourceText.Get<OrganizationText>("AgencyCode_Characters");
        }

        if (!Groups().IsMatch(code))
        {
            return ResourceText.Get<OrganizationText>("AgencyCode_Groups");
        }

        // QĐ 20/2020/QĐ-TTg Điều 4 khoản 2: the level-1 group is MX1X2 (M a letter A–Y, X a digit).
        return LevelOne().IsMatch(code) ? null : ResourceText.Get<OrganizationText>("AgencyCode_LevelOne");
    }

    [GeneratedRegex("^[0-9A-Z.]+$")]
    private static partial Regex AllowedCharacters();

    [GeneratedRegex(@"^[0-9A-Z]+(\.[0-9A-Z]+)*$")]
    private static partial Regex Groups();

    [GeneratedRegex(@"^[A-Y][0-9]{2}(\.|$)")]
    private static partial Regex LevelOne();
}
