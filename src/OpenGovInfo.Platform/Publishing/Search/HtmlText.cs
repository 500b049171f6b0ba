using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// Plain text of sanitised HTML, for snippets and the search index: the text nodes as an HTML parser (AngleSharp,
/// the sanitiser's own) reads them, entities decoded, one space between nodes and runs of whitespace collapsed.
/// </summary>
internal static class HtmlText
{
    public static string Of(string html)
    {
        // A parser per call: cheap, and no shared state between requests.
        using var document = new HtmlParser().ParseDocument(html);
        var words = document.Body?.Descendants<IText>()
            .SelectMany(t => t.Data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) ?? [];
        return string.Join(' ', words);
    }
}
