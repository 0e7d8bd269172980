using System.Buffers;
using System.Globalization;
using System.Text;

namespace MotCua.Modules.Catalog;

/// <summary>
/// The form in which catalogue text is stored for searching and in which queries are compared with it:
/// lower case, Vietnamese diacritics removed, <c>đ</c>/<c>Đ</c> folded to <c>d</c>, runs of white space collapsed.
/// </summary>
internal static class SearchText
{
    /// <summary>Texts up to this length are worked on the stack; longer ones in a rented buffer.</summary>
    private const int StackLimit = 512;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        // Decomposed, a letter and its marks are separate characters and the marks can be dropped.
        var length = text.AsSpan().GetNormalizedLength(NormalizationForm.FormD);
        char[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc char[StackLimit * 2] : (rented = ArrayPool<char>.Shared.Rent(length * 2));
        try
        {
            var decomposed = buffer[..length];
            text.AsSpan().TryNormalize(decomposed, out _, NormalizationForm.FormD);
            var output = buffer.Slice(length, length);
            var written = 0;
            var pendingSpace = false;
            foreach (var c in decomposed)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                {
                    continue;
                }

                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = written > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    output[written++] = ' ';
                    pendingSpace = false;
                }

                // đ is a letter of its own, not d plus a mark, so decomposition alone would keep it.
                output[written++] = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            }

            return new string(output[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The escape character of <see cref="ContainsPattern"/>.</summary>
    public const string LikeEscape = "\\";

    /// <summary>A LIKE pattern (escaped with <see cref="LikeEscape"/>) matching stored search text that contains <paramref name="text"/> normalised.</summary>
    public static string ContainsPattern(string text) =>
        "%" + Normalize(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>Joins several texts into one normalised, space-separated text.</summary>
    public static string Combine(params IEnumerable<string?> texts) =>
        string.Join(' ', texts.Select(Normalize).Where(t => t.Length > 0));
}
