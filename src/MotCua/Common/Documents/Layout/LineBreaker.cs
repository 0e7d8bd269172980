using System.Text;
using System.Text.RegularExpressions;
using MotCua.Common.Documents.Pdf;

namespace MotCua.Common.Documents.Layout;

/// <summary>A measured piece of a line: text in one font, or a dotted blank; <see cref="Gap"/> is the space before it.</summary>
internal sealed record Fragment(string Text, TrueTypeFont Font, double Size, double Width, bool Dots, double Gap);

/// <summary>One laid-out line; <see cref="Last"/> marks the end of a paragraph (not justified).</summary>
internal sealed record Line(IReadOnlyList<Fragment> Fragments, double Width, bool Last, double Size);

/// <summary>Greedy line breaking by measured glyph widths; spaces separate words, "\n" forces a break, over-long words are cut.</summary>
internal static partial class LineBreaker
{
    private const double LineSpacing = 1.25;

    private const double MinimumBlank = 24;

    /// <summary>The height of a line of text of the given size.</summary>
    public static double LineHeight(double size) => size * LineSpacing;

    public static IReadOnlyList<Line> Break(IReadOnlyList<Run> runs, double defaultSize, double width)
    {
        var lines = new List<Line>();
        var current = new List<Fragment>();
        var used = 0.0;
        var pendingSpace = 0.0;

        void Flush(bool last)
        {
            var size = current.Count == 0 ? defaultSize : current.Max(f => f.Size);
            lines.Add(new Line(current, used, last, size));
            current = [];
            used = 0;
            pendingSpace = 0;
        }

        void Place(Fragment fragment)
        {
            var gap = current.Count > 0 ? pendingSpace : 0;
            if (current.Count > 0 && used + gap + fragment.Width > width + 0.01)
            {
                Flush(false);
                gap = 0;
            }

            current.Add(fragment with { Gap = gap });
            used += gap + fragment.Width;
            pendingSpace = 0;
        }

        foreach (var run in runs)
        {
            var size = run.Size ?? defaultSize;
            var font = DocumentFonts.Get(run.Bold, run.Italic);
            if (run.Dots)
            {
                var gap = current.Count > 0 ? pendingSpace : 0;
                var wanted = run.DotsWidth ?? (width - used - gap >= MinimumBlank ? width - used - gap : width);
                Place(new Fragment("", font, size, Math.Min(wanted, width), Dots: true, Gap: 0));
                continue;
            }

            foreach (Match token in Tokens().Matches(run.Text.Normalize(NormalizationForm.FormC)))
            {
                var text = token.Value;
                if (text == "\n")
                {
                    Flush(true);
                }
                else if (text[0] == ' ')
                {
                    pendingSpace = Math.Max(pendingSpace, font.Measure(" ", size));
                }
                else
                {
                    foreach (var chunk in Cut(text, font, size, width))
                    {
                        Place(new Fragment(chunk, font, size, font.Measure(chunk, size), Dots: false, Gap: 0));
                    }
                }
            }
        }

        Flush(true);
        return lines;
    }

    private static IEnumerable<string> Cut(string word, TrueTypeFont font, double size, double width)
    {
        if (font.Measure(word, size) <= width)
        {
            yield return word;
            yield break;
        }

        var chunk = new StringBuilder();
        foreach (var rune in word.EnumerateRunes())
        {
            var next = chunk + rune.ToString();
            if (chunk.Length > 0 && font.Measure(next, size) > width)
            {
                yield return chunk.ToString();
                chunk.Clear();
            }

            chunk.Append(rune.ToString());
        }

        if (chunk.Length > 0)
        {
            yield return chunk.ToString();
        }
    }

    [GeneratedRegex(@"\n| +|[^ \n]+")]
    private static partial Regex Tokens();
}
