using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// Dates written in Chinese numerals, as 落款 often are (二〇二四年一月二十五日), turned into figures
/// (2024年1月25日) so one date pattern reads both. Only year, month and day runs are converted.
/// </summary>
public static partial class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>The text with Chinese-numeral dates in figures.</summary>
    public static string ToDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IndexOfAny(['〇', '零', '十']) < 0 && !text.Contains('年', StringComparison.Ordinal)
            ? text
            : NumeralDate().Replace(text, m =>
                string.Create(CultureInfo.InvariantCulture, $"{Year(m.Groups["y"].Value)}年{Small(m.Groups["m"].Value)}月{Small(m.Groups["d"].Value)}日"));
    }

    private static string Year(string numerals)
    {
        var sb = new StringBuilder(4);
        foreach (var c in numerals)
        {
            sb.Append(c == '零' ? '0' : (char)('0' + Digits.IndexOf(c, StringComparison.Ordinal)));
        }

        return sb.ToString();
    }

    /// <summary>一 … 三十一.</summary>
    private static int Small(string numerals)
    {
        var ten = numerals.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return Digits.IndexOf(numerals[0], StringComparison.Ordinal);
        }

        var tens = ten == 0 ? 1 : Digits.IndexOf(numerals[0], StringComparison.Ordinal);
        var units = ten == numerals.Length - 1 ? 0 : Digits.IndexOf(numerals[^1], StringComparison.Ordinal);
        return (tens * 10) + units;
    }

    [GeneratedRegex("(?<y>[〇零一二三四五六七八九]{4})年(?<m>十[一二]?|[一二三四五六七八九])月(?<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日", RegexOptions.CultureInvariant)]
    private static partial Regex NumeralDate();
}
