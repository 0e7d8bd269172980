using System.Net.Mail;
using MotCua.Common.Validation;

namespace MotCua.Modules.Dossiers.ReceiveDossier;

/// <summary>Checks of the identifiers and contacts typed for an applicant; each returns a Vietnamese message or null.</summary>
internal static class ApplicantRules
{
    public static string? CheckIdentityNumber(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "Nhập số định danh cá nhân (CCCD) gồm 12 chữ số.";
        }

        var digits = value.Trim();
        if (!Identifiers.HasPersonalNumberLength(digits))
        {
            return "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.";
        }

        return Identifiers.IsPersonalNumber(digits) ? null : "Ba chữ số đầu của số định danh cá nhân là mã tỉnh nơi đăng ký khai sinh (001–096).";
    }

    public static string? CheckTaxCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "Nhập mã số thuế / mã số doanh nghiệp của tổ chức.";
        }

        return Identifiers.IsEnterpriseCode(value.Trim()) ? null : "Mã số thuế gồm 10 chữ số, đơn vị phụ thuộc thêm dấu gạch ngang và 3 chữ số (ví dụ 0101234567-001).";
    }

    public static string? CheckPhone(string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? "Nhập số điện thoại liên hệ." : null;
        }

        return Identifiers.IsPhoneNumber(Compact(value))
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

        return Identifiers.NationalPhone(Compact(value));
    }

    // Spaces and dots are how people group the digits of a phone number at the counter.
    private static string Compact(string value) =>
        value.Trim().Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);

}
