namespace OpenGovInfo.Documents.Html;

/// <summary>
/// An upper estimate of how deeply an HTML fragment nests its elements, in one pass without building a tree, so that
/// hostile input can be refused before the parser sees it. Void elements and self-closing tags do not nest; elements
/// the parser closes implicitly (p, li, td, tr, option …) are not counted, so sloppy but flat HTML (&lt;p&gt;a&lt;p&gt;b)
/// is never mistaken for deep nesting. Everything else counts +1 when opened and −1 when closed.
/// </summary>
public static class HtmlNestingDepth
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        // Closed implicitly by their next sibling, so a run of them is flat.
        "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "option", "optgroup", "rp", "rt", "colgroup", "caption",
    };

    /// <summary>The estimated maximum depth of <paramref name="html"/>.</summary>
    public static int Of(string html)
    {
        var depth = 0;
        var max = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                // "<!--", "<!doctype", "< 5": not an element.
                i++;
                continue;
            }

            var end = html.IndexOf('>', nameEnd);
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var selfClosing = end > 0 && html[end - 1] == '/';
            if (!NotNesting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name) && !selfClosing)
            {
                depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                max = Math.Max(max, depth);
            }

            if (end < 0)
            {
                break;
            }

            i = end + 1;
        }

        return max;
    }
}
