using System.Text.RegularExpressions;

namespace MotCua.Modules.Citizens;

/// <summary>Format checks for the numbers a citizen or organisation gives: số định danh cá nhân and mã số thuế.</summary>
internal static partial class IdentityNumbers
{
    /// <summary>
    /// A personal identification number: 12 digits — province code 001–096, century-and-sex digit, last two digits of the
    /// birth year, six digits. When <paramref name="dateOfBirth"/> is known, the century digit and year must agree with it.
    /// </summary>
    public static bool IsPersonalNumber(string? value, DateOnly? dateOfBirth = null)
    {
        // NĐ 137/2015/NĐ-CP Điều 7 (structure kept under the Luật Căn cước 2023): TTT G YY NNNNNN, G = 0/1 1900s, 2/3 2000s, 4/5 2100s.
        if (value is null || !TwelveDigits().IsMatch(value) || int.Parse(value[..3]) is < 1 or > 96)
        {
            return false;
        }

        if (dateOfBirth is not { } born)
        {
            return true;
        }

        var century = 1900 + (value[3] - '0') / 2 * 100;
        return century + int.Parse(value[4..6]) == born.Year;
    }

    /// <summary>A tax code: 10 digits, 10-3 for a dependent unit (TT 105/2020/TT-BTC Điều 5), or — for a person — the 12-digit identification number.</summary>
    public static bool IsTaxCode(string? value) =>
        // TT 86/2024/TT-BTC Điều 5: from 1/7/2025 a person's identification number is their tax code.
        value is not null && (TaxCode().IsMatch(value) || IsPersonalNumber(value));

    /// <summary>An organisation's tax code (mã số doanh nghiệp): 10 digits, or 10-3 for a branch.</summary>
    public static bool IsEnterpriseCode(string? value) => value is not null && TaxCode().IsMatch(value);

    [GeneratedRegex(@"^[0-9]{12}$")]
    private static partial Regex TwelveDigits();

    [GeneratedRegex(@"^[0-9]{10}(-[0-9]{3})?$")]
    private static partial Regex TaxCode();
}
