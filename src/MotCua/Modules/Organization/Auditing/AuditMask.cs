using System.Text.RegularExpressions;

namespace MotCua.Modules.Organization.Auditing;

/// <summary>Hides citizen identity numbers and phone numbers in text that goes into the audit log.</summary>
internal static partial class AuditMask
{
    // Luật Bảo vệ dữ liệu cá nhân 2025 / NĐ 13/2023 Điều 2: CCCD and phone numbers are personal data; logs keep only the last 3 digits.
    public static string Apply(string text) =>
        LongDigitRun().Replace(text, m =>
        {
            var digits = m.Value;
            var kept = digits.Length > 3 ? digits[^3..] : "";
            return new string('*', digits.Length - kept.Length) + kept;
        });

    // 9+ consecutive digits of any script (masking errs on the side of hiding), optionally with a leading "+": CCCD (12), CMND (9), phone numbers (10–11, +84…).
    [GeneratedRegex(@"\+?\p{Nd}{9,}")]
    private static partial Regex LongDigitRun();
}
