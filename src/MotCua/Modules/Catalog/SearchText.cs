using System.Globalization;
using System.Text;

namespace MotCua.Modules.Catalog;

/// <summary>
/// The form in which catalogue text is stored for searching and in which queries are compared with it:
/// lower case, Vietnamese diacritics removed, <c>đ</c>/<c>Đ</c> folded to <c>d</c>, runs of white space collapsed.
/// </summary>
internal static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        // đ is a letter of its own, not d plus a mark, so decomposition alone would keep it.
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'd').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
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
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
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
