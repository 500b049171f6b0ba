using System.Text;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// The comparable form of printed text: <see cref="LabelText.Normalize"/> plus the reader's own folds — an
/// ordinal written "1、" matches "1." (Huai'an prints 1、申请人…), and table punctuation ('|', '/') is dropped
/// because Markdown and grid readers join a row's header cells with it; traditional characters of the labels fold
/// to simplified (<see cref="TraditionalFold"/>).
/// </summary>
internal static class LabelKey
{
    /// <summary>The key of a label or a run of label text.</summary>
    public static string Of(string text)
    {
        var normalized = LabelText.Normalize(text);
        var sb = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c is '|' or '/' && !IsSlashInLabel(normalized, i))
            {
                continue;
            }

            sb.Append(c == '、' && i > 0 && char.IsAsciiDigit(normalized[i - 1]) ? '.' : TraditionalFold.Fold(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The key of <paramref name="text"/> with, for each key character, the index in <paramref name="text"/> it came
    /// from — so that a place found in the key (a section heading) can cut the printed text. Built one character at
    /// a time, it can differ from <see cref="Of"/> only where NFKC composes across characters, which the
    /// headings' characters never do.
    /// </summary>
    public static (string Key, int[] Origins) Mapped(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var origins = new List<int>(text.Length);
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            foreach (var c in LabelText.Normalize(rune.ToString()))
            {
                var previous = sb.Length > 0 ? sb[^1] : '\0';
                if (c == '|' || (c == '/' && !(previous == '增' && NextIsDecrease(text, i + rune.Utf16SequenceLength))))
                {
                    continue;
                }

                sb.Append(c == '、' && char.IsAsciiDigit(previous) ? '.' : TraditionalFold.Fold(c));
                origins.Add(i);
            }

            i += rune.Utf16SequenceLength;
        }

        return (sb.ToString(), [.. origins]);
    }

    private static bool NextIsDecrease(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from < text.Length && text[from] is '减' or '減';
    }

    /// <summary>"本年增/减" keeps its slash: it is part of a printed label, not a separator.</summary>
    private static bool IsSlashInLabel(string s, int i) =>
        s[i] == '/' && i > 0 && i + 1 < s.Length && s[i - 1] == '增' && s[i + 1] is '减' or '減';
}
