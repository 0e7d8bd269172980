using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace MotCua.Common.Validation;

/// <summary>
/// The format rules of the identifiers people type: số định danh cá nhân (CCCD), mã số thuế, phone numbers and e-mail addresses. Every
/// module checks them here; only ASCII 0–9 count as digits, so other scripts' and full-width digits are refused.
/// </summary>
internal static partial class Identifiers
{
    /// <summary>Twelve digits, before the province code and birth year are looked at.</summary>
    public static bool HasPersonalNumberLength([NotNullWhen(true)] string? value) => value is not null && TwelveDigits().IsMatch(value);

    /// <summary>
    /// A personal identification number: 12 digits — province code 001–096, century-and-sex digit, last two digits of the
    /// birth year, six digits. When <paramref name="dateOfBirth"/> is known, the century digit and year must agree with it.
    /// </summary>
    public static bool IsPersonalNumber(string? value, DateOnly? dateOfBirth = null)
    {
        // NĐ 137/2015/NĐ-CP Điều 13 (kept under the Luật Căn cước 2023): TTT G YY NNNNNN, TTT = province of birth registration 001–096, G = 0/1 1900s, 2/3 2000s, 4/5 2100s.
        if (!HasPersonalNumberLength(value) || int.Parse(value[..3], CultureInfo.InvariantCulture) is < 1 or > 96)
        {
            return false;
        }

        if (dateOfBirth is not { } born)
        {
            return true;
        }

        var century = 1900 + (value[3] - '0') / 2 * 100;
        return century + int.Parse(value[4..6], CultureInfo.InvariantCulture) == born.Year;
    }

    // TT 86/2024/TT-BTC Điều 5: mã số thuế = 10 digits, a dependent unit adds "-" and 3 digits; from 1/7/2025 a person's tax code is their identification number (check digit not verified).
    /// <summary>An organisation's tax code (mã số doanh nghiệp): 10 digits, or 10-3 for a dependent unit.</summary>
    public static bool IsEnterpriseCode(string? value) => value is not null && TaxCode().IsMatch(value);

    /// <summary>A tax code: an organisation's, or for a person the 12-digit identification number.</summary>
    public static bool IsTaxCode(string? value) => IsEnterpriseCode(value) || IsPersonalNumber(value);

    // TT 22/2014/TT-BTTTT (quy hoạch kho số viễn thông), 10-digit numbers since 2018: 0 then 9 digits, +84 in place of the 0 from abroad; mobile numbers are 03x, 05x, 07x, 08x, 09x.
    /// <summary>A phone number written without separators: 0 or +84, then 9 digits.</summary>
    public static bool IsPhoneNumber(string compact) => PhoneNumber().IsMatch(compact);

    /// <summary>A mobile number in its national form: ten digits, 03x, 05x, 07x, 08x or 09x.</summary>
    public static bool IsMobileNumber(string national) => MobileNumber().IsMatch(national);

    /// <summary>A phone number as typed, without the spaces and dots people group its digits with.</summary>
    public static string CompactPhone(string value) =>
        value.Trim().Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);

    /// <summary>An e-mail address as a mail server takes it: one address, nothing around it, a domain with a dot, at most 254 characters.</summary>
    public static bool IsEmailAddress(string trimmed) =>
        trimmed.Length <= 254 && MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && trimmed.Contains('.', StringComparison.Ordinal);

    /// <summary>A phone number written without separators, with +84 written as the national 0.</summary>
    public static string NationalPhone(string compact) =>
        compact.StartsWith("+84", StringComparison.Ordinal) ? "0" + compact[3..] : compact;

    [GeneratedRegex(@"^[0-9]{12}\z")]
    private static partial Regex TwelveDigits();

    [GeneratedRegex(@"^[0-9]{10}(-[0-9]{3})?\z")]
    private static partial Regex TaxCode();

    [GeneratedRegex(@"^(0|\+84)[0-9]{9}\z")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^0[35789][0-9]{8}\z")]
    private static partial Regex MobileNumber();
}
