using Ganss.Xss;

namespace OpenGovInfo.Platform.Agencies;

/// <summary>
/// Cleans staff-written HTML before it is stored: the public pages print it as-is, so scripts, event handlers,
/// styles and foreign frames must never reach the database.
/// </summary>
public sealed class RichTextSanitizer
{
    private static readonly string[] AllowedTags =
    [
        "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "u", "a",
        "table", "thead", "tbody", "tr", "th", "td", "blockquote",
    ];

    private readonly HtmlSanitizer _sanitizer;

    /// <summary>Creates the sanitizer with the small tag set the guide and rules need.</summary>
    public RichTextSanitizer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedTags.Clear();
        _sanitizer.AllowedTags.UnionWith(AllowedTags);
        _sanitizer.AllowedAttributes.Clear();
        _sanitizer.AllowedAttributes.UnionWith(["href", "title", "colspan", "rowspan"]);
        _sanitizer.AllowedCssProperties.Clear();
        _sanitizer.AllowedSchemes.Clear();
        _sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
    }

    /// <summary>Returns the safe subset of <paramref name="html"/>.</summary>
    public string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? string.Empty : _sanitizer.Sanitize(html).Trim();
}
