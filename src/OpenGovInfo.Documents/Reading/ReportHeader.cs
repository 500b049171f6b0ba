using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Finds the reporting body and year where the report prints them: the title "&lt;机关&gt;&lt;年&gt;年(度)政府信息公开工作年度报告"
/// first, then the statistics period "统计期限为&lt;年&gt;年1月1日", then the overview's opening year. Nothing is guessed
/// from file names. Only short windows around anchor words are matched, so the cost does not grow with the text.
/// </summary>
internal static partial class ReportHeader
{
    private const int SearchLength = 6000;
    private const int Before = 48;
    private const int After = 24;
    private const int MaxAnchors = 8;

    /// <summary>The agency and year printed in the text, either possibly null.</summary>
    public static (string? Agency, int? Year) Find(string text)
    {
        var compact = Compact(text.Length > SearchLength ? text[..SearchLength] : text);
        foreach (var window in Windows(compact, "政府信息公开", Before, After))
        {
            // The title regex tries every start; most windows (the phrase recurs in the body) have no year at all.
            if (!HasYear(window))
            {
                continue;
            }

            var title = Title().Match(window);
            if (title.Success)
            {
                var agency = title.Groups["agency"].Value;
                return (agency.Length >= 2 ? agency : null, Year(title.Groups["year"].Value));
            }
        }

        foreach (var window in Windows(compact, "1月1日", 24, 16))
        {
            var match = Period().Match(window);
            if (match.Success)
            {
                return (null, Year(match.Groups["year"].Value));
            }
        }

        return (null, OverviewYear(compact));
    }

    /// <summary>"一、总体情况2021年，我局…": the overview (heading from the Domain) opens with the reporting year.</summary>
    private static int? OverviewYear(string compact)
    {
        var heading = TableLayouts.Sections[0].Heading;
        var at = compact.IndexOf(heading, StringComparison.Ordinal);
        var start = at + heading.Length;
        return at >= 0 && start + 5 <= compact.Length && compact[start + 4] == '年'
            && (compact.AsSpan(start, 2) is "19" or "20") ? Year(compact.Substring(start, 4)) : null;
    }

    private static IEnumerable<string> Windows(string text, string anchor, int before, int after)
    {
        var count = 0;
        for (var at = text.IndexOf(anchor, StringComparison.Ordinal); at >= 0 && count < MaxAnchors;
             at = text.IndexOf(anchor, at + anchor.Length, StringComparison.Ordinal), count++)
        {
            var start = Math.Max(0, at - before);
            yield return text[start..Math.Min(text.Length, at + anchor.Length + after)];
        }
    }

    /// <summary>A digit directly before 年.</summary>
    private static bool HasYear(string window)
    {
        for (var at = window.IndexOf('年', StringComparison.Ordinal); at >= 0; at = window.IndexOf('年', at + 1))
        {
            if (at > 0 && char.IsAsciiDigit(window[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static int? Year(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;

    [GeneratedRegex(@"(?<agency>[\p{IsCJKUnifiedIdeographs}（）()·]{0,40}?)(?<year>(?:19|20)\d\d)年度?政府信息公开(?:工作)?(?:年度)?报告", RegexOptions.CultureInvariant, 500)]
    private static partial Regex Title();

    [GeneratedRegex(@"(?:统计期限|统计期间|统计时限)[为是:：]?(?:自|从)?(?<year>(?:19|20)\d\d)年1月1日", RegexOptions.CultureInvariant, 500)]
    private static partial Regex Period();
}
