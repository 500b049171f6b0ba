using System.Net;
using System.Text.RegularExpressions;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>Plain text of sanitised HTML, for snippets and the search index (the HTML is already safe and simple).</summary>
internal static partial class HtmlText
{
    public static string Of(string html)
    {
        var text = Tags().Replace(html, " ");
        return Spaces().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
