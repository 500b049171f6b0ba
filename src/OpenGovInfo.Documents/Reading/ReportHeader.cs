using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Finds the reporting body and year where the report prints them: the title "&lt;机关&gt;&lt;年&gt;年(度)政府信息公开工作年度报告"
/// first, then the statistics period "统计期限为&lt;年&gt;年1月1日", then the overview's opening year. Nothing is guessed from file names.
/// </summary>
internal static partial class ReportHeader
{
    private const int SearchLength = 6000;

    /// <summary>The agency and year printed in the text, either possibly null.</summary>
    public static (string? Agency, int? Year) Find(string text)
    {
        var head = text.Length > SearchLength ? text[..SearchLength] : text;
        var compact = WhiteSpace().Replace(head, "");
        var title = Title().Match(compact);
        if (title.Success)
        {
            var agency = title.Groups["agency"].Value.Trim('《', '》', '"', '“', '”', '：', ':');
            return (agency.Length >= 2 ? agency : null, Year(title.Groups["year"].Value));
        }

        var period = Period().Match(compact);
        if (period.Success)
        {
            return (null, Year(period.Groups["year"].Value));
        }

        // "一、总体情况2021年，我局…": the overview's opening year is the reporting year in the national template.
        var overview = Overview().Match(compact);
        return (null, overview.Success ? Year(overview.Groups["year"].Value) : null);
    }

    private static int? Year(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;

    [GeneratedRegex(@"(?<agency>[\p{IsCJKUnifiedIdeographs}（）()·]{2,40}?)(?<year>(?:19|20)\d\d)年度?政府信息公开(?:工作)?(?:年度)?报告", RegexOptions.CultureInvariant, 500)]
    private static partial Regex Title();

    [GeneratedRegex(@"(?:统计期限|统计期间|统计时限)[为是:：]?(?:自|从)?(?<year>(?:19|20)\d\d)年1月1日", RegexOptions.CultureInvariant, 500)]
    private static partial Regex Period();

    [GeneratedRegex(@"一、总体情况(?<year>(?:19|20)\d\d)年", RegexOptions.CultureInvariant, 500)]
    private static partial Regex Overview();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 500)]
    private static partial Regex WhiteSpace();
}
