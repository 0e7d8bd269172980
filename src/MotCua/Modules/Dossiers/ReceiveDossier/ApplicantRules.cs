using System.Net.Mail;
using System.Text.RegularExpressions;

namespace MotCua.Modules.Dossiers.ReceiveDossier;

/// <summary>Checks of the identifiers and contacts typed for an applicant; each returns a Vietnamese message or null.</summary>
internal static partial class ApplicantRules
{
    // NĐ 137/2015/NĐ-CP Điều 13 [R]: số định danh cá nhân = 12 digits, the first 3 the province code of the birth registration (001–096).
    public static string? CheckIdentityNumber(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "Nhập số định danh cá nhân (CCCD) gồm 12 chữ số.";
        }

        var digits = value.Trim();
        if (!TwelveDigits().IsMatch(digits))
        {
            return "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.";
        }

        var province = int.Parse(digits[..3], System.Globalization.CultureInfo.InvariantCulture);
        return province is >= 1 and <= 96 ? null : "Ba chữ số đầu của số định danh cá nhân là mã tỉnh nơi đăng ký khai sinh (001–096).";
    }

    // Luật Quản lý thuế 2019 Điều 30 and TT 86/2024/TT-BTC [R]: mã số thuế = 10 digits, a dependent unit adds "-" and 3 digits (check digit not verified: [U]).
    public static string? CheckTaxCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "Nhập mã số thuế / mã số doanh nghiệp của tổ chức.";
        }

        return TaxCodePattern().IsMatch(value.Trim()) ? null : "Mã số thuế gồm 10 chữ số, đơn vị phụ thuộc thêm dấu gạch ngang và 3 chữ số (ví dụ 0101234567-001).";
    }

    // Vietnamese numbering plan [R]: mobile and fixed numbers have 10 digits starting with 0 (+84 in place of the 0 from abroad).
    public static string? CheckPhone(string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? "Nhập số điện thoại liên hệ." : null;
        }

        return PhonePattern().IsMatch(value.Trim().Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal))
            ? null
            : "Số điện thoại gồm 10 chữ số bắt đầu bằng 0 (hoặc +84).";
    }

    public static string? CheckEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= 254 && MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && trimmed.Contains('.', StringComparison.Ordinal)
            ? null
            : "Địa chỉ thư điện tử không hợp lệ.";
    }

    /// <summary>A phone number as stored: digits only, with +84 written as 0.</summary>
    public static string? NormalisePhone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var compact = value.Trim().Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        return compact.StartsWith("+84", StringComparison.Ordinal) ? "0" + compact[3..] : compact;
    }

    [GeneratedRegex(@"^[0-9]{12}$")]
    private static partial Regex TwelveDigits();

    [GeneratedRegex(@"^[0-9]{10}(-[0-9]{3})?$")]
    private static partial Regex TaxCodePattern();

    [GeneratedRegex(@"^(0|\+84)[0-9]{9}$")]
    private static partial Regex PhonePattern();
}
