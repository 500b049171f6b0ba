using System.Globalization;
using System.Text;

namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>
/// Normalises pasted notice text: NFKC folds full-width punctuation and digits to their half-width forms (reposts mix
/// both), and Chinese dashes and tildes become one range mark.
/// </summary>
internal static class NoticeText
{
    internal static string[] Lines(string text) =>
        Normalise(text).Split('\n').Select(l => l.Trim()).ToArray();

    internal static string Normalise(string text)
    {
        var folded = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(c switch
            {
                '—' or '–' or '－' or '~' or '〜' or '～' => '-',
                '\u00A0' or '\u3000' or '\t' => ' ',
                '【' or '〔' => '〔',
                '】' or '〕' => '〕',
                _ => c,
            });
        }

        return builder.ToString();
    }

    internal static string Quote(string text, int max = 40) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "……");

    internal static string Date(DateOnly date) =>
        date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
