using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MotCua.Modules.Dossiers;

/// <summary>How the agency part of a dossier code is written (legal-rules §3); chosen in configuration (<c>Dossiers:CodeFormat</c>).</summary>
internal enum DossierCodeFormat
{
    /// <summary>TT 03/2025/TT-VPCP Điều 13: the agency's identifier as issued, level 1 first (<c>H99.10-261123-0001</c>).</summary>
    Tt03_2025,

    /// <summary>TT 01/2018/TT-VPCP Điều 19: the groups in reverse, level 1 last (<c>10.H99-261123-0001</c>).</summary>
    Tt01_2018,
}

/// <summary>
/// Mã số hồ sơ: <c>{agency}-{yyMMdd}-{sequence}</c> — the receiving agency, the local receipt date and the day's
/// sequence number of that agency (at least four digits, more when a day needs them).
/// </summary>
internal readonly partial record struct DossierCode(string AgencyPart, DateOnly Date, string Tail)
{
    /// <summary>Longest code accepted anywhere a code is typed: a 35-character agency identifier (QĐ 20/2020 Điều 4) plus the rest.</summary>
    public const int MaxLength = 60;

    public const int MinSequenceDigits = 4;

    /// <summary>The code of the sequence-th dossier an agency received on a local date.</summary>
    /// <param name="centralSystemPrefix">TT 04/2025 Điều 23 (TT 03/2025 Điều 13 khoản 3): two digits of the system owner before the sequence, for procedures on a central nationwide system.</param>
    public static DossierCode Create(string agencyCode, DateOnly date, int sequence, DossierCodeFormat format, string? centralSystemPrefix = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        var agency = format == DossierCodeFormat.Tt01_2018 ? string.Join('.', agencyCode.Split('.').Reverse()) : agencyCode;
        var tail = (centralSystemPrefix ?? "") + sequence.ToString("D" + MinSequenceDigits, CultureInfo.InvariantCulture);
        return new DossierCode(agency, date, tail);
    }

    /// <summary>Reads a typed code: surrounding spaces are ignored and letters may be lower case; anything else must match exactly.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DossierCode? code)
    {
        code = null;
        var candidate = text?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(candidate) || candidate.Length > MaxLength)
        {
            return false;
        }

        var match = Pattern().Match(candidate);
        if (!match.Success
            || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        code = new DossierCode(match.Groups["agency"].Value, date, match.Groups["tail"].Value);
        return true;
    }

    public override string ToString() => $"{AgencyPart}-{Date.ToString("yyMMdd", CultureInfo.InvariantCulture)}-{Tail}";

    [GeneratedRegex(@"^(?<agency>[A-Z0-9]+(\.[A-Z0-9]+)*)-(?<date>[0-9]{6})-(?<tail>[0-9]{4,})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
