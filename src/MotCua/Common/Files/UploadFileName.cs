using System.Buffers;
using System.Globalization;
using System.Text;

namespace MotCua.Common.Files;

/// <summary>
/// Turns the name a browser sent into one that is safe to show and to offer on download. The name is never used to store
/// the file (<see cref="IFileStore"/> picks its own), so this is about what people see: no folders, no control or
/// direction-override characters (which can make "exe.pdf" read as "fdp.exe"), no characters file systems refuse, at most
/// <see cref="MaxLength"/> characters, and an extension that matches the detected content.
/// </summary>
internal static class UploadFileName
{
    /// <summary>The longest name kept (a file name column holds it).</summary>
    public const int MaxLength = 255;

    /// <summary>Used when nothing of the sent name is left.</summary>
    public const string Fallback = "tep-dinh-kem";

    private static readonly SearchValues<char> Reserved = SearchValues.Create("<>:\"/\\|?*");

    public static string Sanitise(string? sentName, AcceptedFileType type)
    {
        var name = sentName ?? "";
        // Some browsers send the whole client path.
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..].Normalize(NormalizationForm.FormC);

        var cleaned = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                    or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    continue;
                case UnicodeCategory.SpaceSeparator:
                    if (cleaned.Length > 0 && cleaned[^1] != ' ')
                    {
                        cleaned.Append(' ');
                    }

                    continue;
                default:
                    cleaned.Append(rune.IsBmp && Reserved.Contains((char)rune.Value) ? "_" : rune.ToString());
                    break;
            }
        }

        var stem = cleaned.ToString().Trim(' ', '.');
        var extension = Path.GetExtension(stem).ToLowerInvariant();
        if (type.Extensions.Contains(extension))
        {
            stem = stem[..^extension.Length];
        }
        else
        {
            // "ảnh.pdf" that is a PNG becomes "ảnh.png"; "báo cáo.docx" that is a PDF becomes "báo cáo.docx.pdf".
            if (AcceptedFileType.All.Any(t => t.Extensions.Contains(extension)))
            {
                stem = stem[..^extension.Length];
            }

            extension = type.Extensions[0];
        }

        stem = Truncate(stem.TrimEnd(' ', '.'), MaxLength - extension.Length);
        return (stem.Length == 0 ? Fallback : stem) + extension;
    }

    /// <summary>Cuts at a whole text element, so that no letter loses its diacritic or half of a surrogate pair.</summary>
    private static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var length = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && length + elements.GetTextElement().Length <= maxLength)
        {
            length += elements.GetTextElement().Length;
        }

        return text[..length].TrimEnd(' ', '.');
    }
}
