using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MotCua.Modules.Feedback;

/// <summary>
/// A PAKN's code, <c>PAKN.YYYYMMDD.NNNN</c> as Cổng DVCQG writes it [R]: the local receipt date and the installation's
/// sequence of the day, at least four digits and more past 9999 (ADR-046 §2).
/// </summary>
internal readonly record struct PetitionCode(DateOnly Date, int Sequence)
{
    public const string Prefix = "PAKN.";

    /// <summary>The longest code written (a nine-digit sequence).</summary>
    public const int MaxLength = 23;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Date:yyyyMMdd}.{Sequence:D4}");

    /// <summary>Reads a code; ASCII digits only, a real date and a sequence from 1. Surrounding spaces and case of the prefix are forgiven.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PetitionCode code)
    {
        code = default;
        var value = text.AsSpan().Trim();
        if (value.Length < Prefix.Length + 8 + 1 + 4 || value.Length > MaxLength || !value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = value[Prefix.Length..];
        if (rest[8] != '.' || !AllAsciiDigits(rest[..8]) || !AllAsciiDigits(rest[9..]) || rest[9..].Length > 9)
        {
            return false;
        }

        if (!DateOnly.TryParseExact(rest[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        var sequence = int.Parse(rest[9..], NumberStyles.None, CultureInfo.InvariantCulture);
        if (sequence < 1 || (sequence <= 9999 && rest[9..].Length != 4) || (sequence > 9999 && rest[9] == '0'))
        {
            return false;
        }

        code = new PetitionCode(date, sequence);
        return true;
    }

    private static bool AllAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
