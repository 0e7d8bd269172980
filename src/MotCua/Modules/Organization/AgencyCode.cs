using System.Text.RegularExpressions;
using MotCua.Common.Localization;
using MotCua.Common.Validation;

namespace MotCua.Modules.Organization;

/// <summary>
/// The agency identifier (mã định danh điện tử) of QĐ 20/2020/QĐ-TTg.
/// </summary>
internal static partial class AgencyCode
{
    // QĐ 20/2020/QĐ-TTg Điều 4: at most 35 characters of [0-9A-Z.], dot-separated groups read from level 1.
    public const int MaxLength = 35;

    /// <summary>
    /// Null when <paramref name="code"/> is a well-formed identifier, otherwise the failure of the field <c>Code</c> with
    /// the reason in the current UI language.
    /// </summary>
    public static RuleFailure? Validate(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return Failure("AgencyCode_Required");
        }

        if (code.Length > MaxLength)
        {
            return Failure("AgencyCode_TooLong", MaxLength);
        }

        if (!AllowedCharacters().IsMatch(code))
        {
            return Failure("AgencyCode_Characters");
        }

        if (!Groups().IsMatch(code))
        {
            return Failure("AgencyCode_Groups");
        }

        // QĐ 20/2020/QĐ-TTg Điều 4 khoản 2: the level-1 group is MX1X2 (M a letter A–Y, X a digit).
        return LevelOne().IsMatch(code) ? null : Failure("AgencyCode_LevelOne");
    }

    private static RuleFailure Failure(string key, params object[] arguments) =>
        new("Code", ResourceText.Get<OrganizationText>(key, arguments), "AgencyIdentifierFormat");

    [GeneratedRegex("^[0-9A-Z.]+$")]
    private static partial Regex AllowedCharacters();

    [GeneratedRegex(@"^[0-9A-Z]+(\.[0-9A-Z]+)*$")]
    private static partial Regex Groups();

    [GeneratedRegex(@"^[A-Y][0-9]{2}(\.|$)")]
    private static partial Regex LevelOne();
}
