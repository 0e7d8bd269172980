using System.Text.RegularExpressions;

namespace MotCua.Modules.Organization;

/// <summary>
/// The agency identifier (mã định danh điện tử) of QĐ 20/2020/QĐ-TTg.
/// </summary>
internal static partial class AgencyCode
{
    // QĐ 20/2020/QĐ-TTg Điều 4: at most 35 characters of [0-9A-Z.], dot-separated groups read from level 1.
    public const int MaxLength = 35;

    /// <summary>Returns null when <paramref name="code"/> is a well-formed identifier, otherwise the reason (Vietnamese).</summary>
    public static string? Validate(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "Mã định danh không được để trống.";
        }

        if (code.Length > MaxLength)
        {
            return $"Mã định danh dài tối đa {MaxLength} ký tự (QĐ 20/2020/QĐ-TTg).";
        }

        if (!AllowedCharacters().IsMatch(code))
        {
            return "Mã định danh chỉ gồm chữ in hoa A–Z, chữ số 0–9 và dấu chấm (QĐ 20/2020/QĐ-TTg).";
        }

        if (!Groups().IsMatch(code))
        {
            return "Mã định danh gồm các nhóm ngăn cách bởi dấu chấm, không có nhóm rỗng, không bắt đầu hoặc kết thúc bằng dấu chấm.";
        }

        // QĐ 20/2020/QĐ-TTg Điều 4 khoản 2: the level-1 group is MX1X2 (M a letter A–Y, X a digit).
        return LevelOne().IsMatch(code) ? null : "Nhóm đầu của mã định danh phải có dạng MX1X2: một chữ cái A–Y và hai chữ số (ví dụ H99).";
    }

    [GeneratedRegex("^[0-9A-Z.]+$")]
    private static partial Regex AllowedCharacters();

    [GeneratedRegex(@"^[0-9A-Z]+(\.[0-9A-Z]+)*$")]
    private static partial Regex Groups();

    [GeneratedRegex(@"^[A-Y][0-9]{2}(\.|$)")]
    private static partial Regex LevelOne();
}
