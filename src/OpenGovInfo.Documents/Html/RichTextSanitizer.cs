using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace OpenGovInfo.Documents.Html;

/// <summary>
/// Cleans the rich-text body of an information item before it is stored and shown on the public portal.
/// Conservative allow-list: structure and emphasis, tables, links to the web or e-mail, and images only from this
/// site's own attachments. No styles, classes, scripts, frames or forms: the portal's stylesheet decides the look,
/// and nothing an editor pastes (often from Word) can run in a citizen's browser.
/// Thread-safe: the configured sanitizer is shared.
/// The HTML parser's work grows with the square of the nesting depth (66 000 nested &lt;b&gt; took 13 s), so the depth
/// is measured first by a linear scan (<see cref="HtmlNestingDepth"/>): use cases refuse deeper input with
/// <see cref="CheckNesting"/>, and <see cref="Sanitize"/> flattens it to plain text rather than parse it.
/// </summary>
public static partial class RichTextSanitizer
{
    /// <summary>The deepest element nesting accepted; real documents, Word pastes included, stay far below.</summary>
    public const int MaxNestingDepth = 100;

    private const int MaxSpan = 100;

    private static readonly HtmlSanitizer Sanitizer = Create();

    /// <summary>
    /// The sanitized HTML fragment (empty for null or empty input). Input nested deeper than
    /// <see cref="MaxNestingDepth"/> is never parsed: its text is kept, HTML-encoded, in one paragraph.
    /// </summary>
    public static string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        return HtmlNestingDepth.Of(html) > MaxNestingDepth ? Flatten(html) : Sanitizer.Sanitize(html);
    }

    /// <summary>A Chinese message when <paramref name="html"/> is nested too deeply to be accepted, otherwise null.</summary>
    public static string? CheckNesting(string? html, string label) =>
        html is not null && HtmlNestingDepth.Of(html) is var depth && depth > MaxNestingDepth
            ? string.Create(CultureInfo.InvariantCulture, $"{label}的格式嵌套层级过深（{depth} 层，上限 {MaxNestingDepth} 层），请清除格式后重新粘贴。")
            : null;

    private static string Flatten(string html)
    {
        var text = TagPattern().Replace(html, " ");
        return "<p>" + System.Net.WebUtility.HtmlEncode(WhiteSpace().Replace(System.Net.WebUtility.HtmlDecode(text), " ").Trim()) + "</p>";
    }

    [GeneratedRegex("<[^>]*>?", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "strong", "em", "u", "b", "i", "h2", "h3", "h4", "ul", "ol", "li",
                "table", "thead", "tbody", "tr", "th", "td", "a", "img",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "alt", "colspan", "rowspan" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        })
        {
            KeepChildNodes = true,
        };
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = FilterUrl(e.Tag, e.OriginalUrl, e.SanitizedUrl);
        sanitizer.PostProcessNode += (_, e) => PostProcess(e.Node);
        sanitizer.RemovingTag += (_, e) => DropRawText(e.Tag);
        sanitizer.PostProcessDom += (_, e) => RenameEmphasis(e.Document);
        return sanitizer;
    }

    /// <summary>Links: absolute http(s) or mailto only. Images: only this site's own /attachments/ files.</summary>
    private static string? FilterUrl(IElement tag, string original, string? sanitized)
    {
        if (sanitized is null)
        {
            return null;
        }

        if (tag.LocalName == "img")
        {
            return AttachmentPath().IsMatch(original) ? original : null;
        }

        return Uri.TryCreate(sanitized, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto)
            ? sanitized
            : null;
    }

    /// <summary>
    /// Unknown wrappers (span, font, div from Word) keep their text; the content of script-like elements is code or
    /// CSS, not text, and must not surface as paragraphs.
    /// </summary>
    private static void DropRawText(IElement tag)
    {
        if (tag.LocalName is "script" or "style" or "iframe" or "object" or "embed" or "noscript" or "template" or "textarea"
            or "title" or "xmp" or "noembed" or "noframes" or "svg" or "math" or "select")
        {
            tag.TextContent = "";
        }
    }

    /// <summary>
    /// Word and older editors mark emphasis with &lt;b&gt; and &lt;i&gt;: kept, but stored as the &lt;strong&gt; and
    /// &lt;em&gt; that the rest of the product (and the allow-list's one spelling of each) uses.
    /// </summary>
    private static void RenameEmphasis(IHtmlDocument document)
    {
        foreach (var old in document.QuerySelectorAll("b, i").ToList())
        {
            var renamed = document.CreateElement(old.LocalName == "b" ? "strong" : "em");
            while (old.FirstChild is { } child)
            {
                renamed.AppendChild(child);
            }

            old.Replace(renamed);
        }
    }

    private static void PostProcess(INode node)
    {
        if (node is not IElement element)
        {
            return;
        }

        if (element.LocalName == "a" && element.HasAttribute("href"))
        {
            // Links open external sites: no window.opener, no referrer leaking the portal's URLs.
            element.SetAttribute("rel", "noopener noreferrer");
        }

        foreach (var name in new[] { "colspan", "rowspan" })
        {
            var value = element.GetAttribute(name);
            // A span of 1 is the default the editor writes on every cell: noise, dropped.
            if (value is not null && !(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 1 and <= MaxSpan))
            {
                element.RemoveAttribute(name);
            }
        }
    }

    /// <summary>/attachments/ then safe path segments; no "..", no "//", no query, no scheme.</summary>
    [GeneratedRegex(@"^/attachments/(?!.*\.\.)[A-Za-z0-9_\-][A-Za-z0-9_\-./]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AttachmentPath();
}
