using System.Text.RegularExpressions;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// The publication date a government page declares in its head: <c>&lt;meta name="PubDate"&gt;</c> (the 政府网站
/// 集约化平台 convention), <c>firstpublishedtime</c>, <c>publishdate</c>, <c>dc.date</c> or
/// <c>article:published_time</c>. Returned as written; the audit parses it.
/// </summary>
internal static partial class HtmlPageDate
{
    private const int HeadLength = 20_000;

    /// <summary>The declared date, or null.</summary>
    public static string? Find(string html)
    {
        var head = html.Length > HeadLength ? html[..HeadLength] : html;
        var m = Meta().Match(head);
        return m.Success ? m.Groups["date"].Value : null;
    }

    [GeneratedRegex(@"<meta\s+(?:name|property)\s*=\s*[""'](?:PubDate|pubdate|firstpublishedtime|publishdate|dc\.date|article:published_time|Maketime)[""']\s+content\s*=\s*[""'](?<date>[^""']+)[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 500)]
    private static partial Regex Meta();
}
