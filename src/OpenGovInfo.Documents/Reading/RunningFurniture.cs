namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Blanks what a page prints around its body: a bare page number as its last or first line, and running headers
/// and footers — a line of text (not a row of figures) that is the first or last line of two or more pages, compared
/// without spaces and with every digit alike (a browser's "网址 … 1/3", "2/3" footer differs only in its page
/// number) — except the first line of the first page, which is usually the report's title. The body lines
/// keep their order, so a table continued on the next page reads on.
/// </summary>
internal static class RunningFurniture
{
    private const int MaxPageNumberDigits = 3;

    /// <summary>Blanks the furniture in place (lines of a document with at least two pages).</summary>
    public static void Blank(List<PageLines.Line> lines)
    {
        var edges = PageEdges(lines);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (first, last) in edges.Values)
        {
            foreach (var key in new[] { first, last }.Where(i => i >= 0).Select(i => Compact(lines[i].Text)).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var (page, (first, last)) in edges)
        {
            foreach (var i in new[] { first, last }.Where(i => i >= 0))
            {
                var text = lines[i].Text;
                var title = page == edges.Keys.Min() && i == first;
                if (IsPageNumber(text) || (!title && counts[Compact(text)] >= 2 && !IsFigures(text)))
                {
                    lines[i] = lines[i] with { Text = "" };
                }
            }
        }
    }

    /// <summary>Per page, the index of its first and of its last non-blank line (-1 when the page is blank).</summary>
    private static Dictionary<int, (int First, int Last)> PageEdges(List<PageLines.Line> lines)
    {
        var edges = new Dictionary<int, (int First, int Last)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i].Text))
            {
                continue;
            }

            var page = lines[i].Place.Page;
            edges[page] = edges.TryGetValue(page, out var e) ? (e.First, i) : (i, i);
        }

        return edges;
    }

    private static bool IsPageNumber(string text)
    {
        var t = text.AsSpan().Trim();
        return t.Length is > 0 and <= MaxPageNumberDigits && !t.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Three or more space-separated whole numbers: a table row, which may legitimately repeat.</summary>
    private static bool IsFigures(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => !w.AsSpan().ContainsAnyExceptInRange('0', '9')) >= 3;

    /// <summary>The line without spaces, every digit as '#'.</summary>
    private static string Compact(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c)).Select(c => char.IsAsciiDigit(c) ? '#' : c));
}
