using System.Text;

namespace OpenGovInfo.Documents.Search;

/// <summary>
/// Marks a query's words in a title or snippet with <c>&lt;mark&gt;</c> and HTML-encodes everything else, so the
/// result can be written into a page as-is: stored content is never trusted as markup.
/// </summary>
public static class Highlighter
{
    /// <summary>Highlights the words and the Han runs of <paramref name="query"/> in <paramref name="text"/>.</summary>
    public static string Highlight(string? text, SearchQuery query) => Highlight(text, query.HighlightTerms);

    /// <summary>Highlights <paramref name="terms"/> (case-insensitive for Latin) in <paramref name="text"/>.</summary>
    public static string Highlight(string? text, IEnumerable<string> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var marked = MarkedPositions(text, terms);
        var html = new StringBuilder(text.Length + 32);
        var inMark = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (marked[i] != inMark)
            {
                html.Append(inMark ? "</mark>" : "<mark>");
                inMark = marked[i];
            }

            AppendEncoded(html, text[i]);
        }

        return (inMark ? html.Append("</mark>") : html).ToString();
    }

    /// <summary>
    /// A window of at most <paramref name="maxLength"/> characters of plain <paramref name="text"/> around the first
    /// match, highlighted and encoded, with "…" where it was cut. The database holds the segmented text (words split
    /// by spaces), so snippets come from the original text here rather than from FTS5's snippet().
    /// </summary>
    public static string Snippet(string? text, SearchQuery query, int maxLength = 120)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 10);
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var first = query.HighlightTerms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0)
            .DefaultIfEmpty(0).Min();
        var end = Math.Min(text.Length, Math.Max(first - (maxLength / 3), 0) + maxLength);
        var start = Math.Max(0, end - maxLength);
        start += start > 0 && char.IsLowSurrogate(text[start]) ? 1 : 0;
        end -= end < text.Length && char.IsLowSurrogate(text[end]) ? 1 : 0;
        var window = Highlight(text[start..end], query);
        return (start > 0 ? "…" : "") + window + (end < text.Length ? "…" : "");
    }

    private static bool[] MarkedPositions(string text, IEnumerable<string> terms)
    {
        var marked = new bool[text.Length];
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
            {
                Array.Fill(marked, true, at, term.Length);
            }
        }

        return marked;
    }

    /// <summary>The five characters that matter in HTML text and attribute values; everything else (Chinese too) stays readable.</summary>
    private static void AppendEncoded(StringBuilder html, char c) => _ = c switch
    {
        '&' => html.Append("&amp;"),
        '<' => html.Append("&lt;"),
        '>' => html.Append("&gt;"),
        '"' => html.Append("&quot;"),
        '\'' => html.Append("&#39;"),
        _ => html.Append(c),
    };
}
