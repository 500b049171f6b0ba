using System.Globalization;
using System.Text;

namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>
/// Normalises printed labels before matching: full/half-width forms (NFKC: （）→(), ．→., ⼀→一), curly and
/// straight quotes, and all whitespace (PDF text splits labels across lines, e.g. "自然\n人").
/// </summary>
public static class LabelText
{
    /// <summary>The comparable form of a label.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Nfkc.Normalize(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u200b' || ch == '\ufeff')
            {
                continue;
            }

            sb.Append(ch switch
            {
                '“' or '”' or '„' or '「' or '」' or '″' => '"',
                '‘' or '’' or '′' => '\'',
                '、' => '、',
                _ => ch,
            });
        }

        return sb.ToString();
    }

    /// <summary>True when two labels are the same after normalising.</summary>
    public static bool SameLabel(string a, string b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    /// <summary>Formats a count for people (zh-CN digits, no grouping — the national tables print none).</summary>
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
