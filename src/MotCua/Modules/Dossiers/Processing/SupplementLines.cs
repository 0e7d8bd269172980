using MotCua.Modules.Dossiers.Forms;

namespace MotCua.Modules.Dossiers.Processing;

/// <summary>
/// The items of a supplement requested during processing as the officer writes them: one item per line,
/// "nội dung — lý do" (an em dash, an en dash or a hyphen between spaces). Mẫu 02 prints each item with its reason.
/// </summary>
internal static class SupplementLines
{
    // The reason follows the last dash, as document and office names often hold one ("Phòng Lao động – Việc làm").
    private static readonly string[] Separators = [" — ", " – ", " - ", "—"];

    /// <summary>The items, one per non-empty line; a line without a separator has an empty reason.</summary>
    public static IReadOnlyList<SupplementItem> Parse(string text) =>
        [.. Lines(text).Select(Item)];

    /// <summary>The 1-based number of the first line without a content or a reason, or null when every line has both.</summary>
    public static int? FirstIncomplete(string text)
    {
        var items = Parse(text);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Content.Length == 0 || items[i].Reason.Length == 0)
            {
                return i + 1;
            }
        }

        return null;
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static SupplementItem Item(string line)
    {
        var at = -1;
        var length = 0;
        foreach (var separator in Separators)
        {
            var found = line.LastIndexOf(separator, StringComparison.Ordinal);
            if (found > at)
            {
                (at, length) = (found, separator.Length);
            }
        }

        return at < 0 ? new SupplementItem(line, "") : new SupplementItem(line[..at].Trim(), line[(at + length)..].Trim());
    }
}
