using SkiaSharp;

namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>
/// Breaks text into lines that fit a width, by measuring glyph advances. Lines may break between any two CJK
/// characters; Latin words and numbers stay whole; closing punctuation never starts a line and opening punctuation
/// never ends one (the basic 禁则 of Chinese typesetting).
/// </summary>
internal static class TextWrapper
{
    private const string NoLineStart = "，。、；：？！）》」』】〕”’％%,.;:?!)]";
    private const string NoLineEnd = "（《「『【〔“‘([";

    /// <summary>The lines of <paramref name="text"/>; the first line may be narrower (a first-line indent).</summary>
    public static List<string> Wrap(string text, SKFont font, float width, float firstLineIndent = 0)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        var lineWidth = 0f;
        foreach (var token in Tokens(text))
        {
            var tokenWidth = font.MeasureText(token);
            var available = (lines.Count == 0 ? width - firstLineIndent : width);
            if (line.Length > 0 && lineWidth + tokenWidth > available)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                lineWidth = 0;
                if (token == " ")
                {
                    continue;
                }
            }

            if (tokenWidth > width && token.Length > 1)
            {
                // A token wider than the whole line (a long URL): split it where it must be split.
                lineWidth = AppendCharacters(lines, line, token, font, width);
                continue;
            }

            line.Append(token);
            lineWidth += tokenWidth;
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    /// <summary>
    /// Like <see cref="Wrap"/>, but with lines of even length: the narrowest width that needs no more lines than
    /// the full width does, so a header wraps as 结果 / 维持 rather than 结果维 / 持.
    /// </summary>
    public static List<string> WrapBalanced(string text, SKFont font, float width)
    {
        var best = Wrap(text, font, width);
        if (best.Count < 2)
        {
            return best;
        }

        var (low, high) = (0f, width);
        for (var i = 0; i < 8; i++)
        {
            var middle = (low + high) / 2;
            var trial = Wrap(text, font, middle);
            if (trial.Count <= best.Count)
            {
                (best, high) = (trial, middle);
            }
            else
            {
                low = middle;
            }
        }

        return best;
    }

    private static float AppendCharacters(List<string> lines, System.Text.StringBuilder line, string token, SKFont font, float width)
    {
        var lineWidth = font.MeasureText(line.ToString());
        foreach (var ch in token)
        {
            var w = font.MeasureText(ch.ToString());
            if (line.Length > 0 && lineWidth + w > width && !char.IsLowSurrogate(ch))
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }

            line.Append(ch);
            lineWidth += w;
        }

        return lineWidth;
    }

    /// <summary>Unbreakable pieces: a Latin word or number, or one CJK character, with its bound punctuation.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var pending = new System.Text.StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] is '.' or '-' or '/' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }
            }
            else
            {
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            }

            while (i < text.Length && NoLineStart.Contains(text[i], StringComparison.Ordinal))
            {
                i++;
            }

            pending.Append(text, start, i - start);
            if (NoLineEnd.Contains(text[i - 1], StringComparison.Ordinal) && i < text.Length)
            {
                continue;
            }

            yield return pending.ToString();
            pending.Clear();
        }

        if (pending.Length > 0)
        {
            yield return pending.ToString();
        }
    }
}
