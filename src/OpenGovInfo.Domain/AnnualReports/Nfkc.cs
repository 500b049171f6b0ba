using System.Text;

namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>
/// NFKC normalisation with a fast path for the characters Chinese reports are made of. ASCII, the CJK unified
/// ideographs and the usual CJK punctuation are already NFKC; full-width ASCII (U+FF01–FF5E), the ideographic
/// space and the no-break space map one to one. Text made only of those is folded here in one pass; any other
/// character sends the whole string to <see cref="string.Normalize(NormalizationForm)"/>, so the result is always
/// exactly NFKC (a property test compares the two).
/// </summary>
public static class Nfkc
{
    /// <summary>The NFKC form of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstToChange(text);
        if (first < 0)
        {
            return text;
        }

        if (first == int.MaxValue)
        {
            return text.Normalize(NormalizationForm.FormKC);
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>Index of the first character the fast path changes; -1 when none; int.MaxValue when it cannot handle one.</summary>
    private static int FirstToChange(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsStable(c))
            {
                continue;
            }

            if (Fold(c) == c)
            {
                return int.MaxValue;
            }

            if (first < 0)
            {
                first = i;
            }
        }

        return first;
    }

    /// <summary>Characters that NFKC leaves alone and that compose with nothing around them.</summary>
    private static bool IsStable(char c) =>
        c < '\u0080' || (c >= '\u4E00' && c <= '\u9FFF') || c is >= '\u3001' and <= '\u3003' or >= '\u3008' and <= '\u3011'
            or >= '\u3014' and <= '\u301B' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u00B7' or '\u00D7' or '\u2013';

    /// <summary>The one-to-one width folds (else the character itself).</summary>
    private static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' => ' ',
        _ => c,
    };
}
